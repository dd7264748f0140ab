//! restJson1 `float` and `double` values: JSON numbers, and the strings `"NaN"`,
//! `"Infinity"` and `"-Infinity"` for the values JSON has no number for.
//!
//! Used through `#[serde(with = "...")]`, so the model's fields stay plain `f32` / `f64`:
//! a non-finite value is written back as the same string it came as.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};
use serde::Serializer;

/// `f32` (Smithy `float`) or `f64` (Smithy `double`).
pub(crate) trait WireFloat: Copy + fmt::Display {
    const NAME: &'static str;
    const NAN: Self;
    const INFINITY: Self;
    const NEG_INFINITY: Self;

    /// `None` when a finite number is too large for this type.
    fn from_f64(v: f64) -> Option<Self>;
    fn to_f64(self) -> f64;
    fn serialize_finite<S: Serializer>(self, serializer: S) -> Result<S::Ok, S::Error>;
}

impl WireFloat for f32 {
    const NAME: &'static str = "a 32-bit float";
    const NAN: Self = f32::NAN;
    const INFINITY: Self = f32::INFINITY;
    const NEG_INFINITY: Self = f32::NEG_INFINITY;

    fn from_f64(v: f64) -> Option<Self> {
        let narrowed = v as f32;
        (narrowed.is_finite() || !v.is_finite()).then_some(narrowed)
    }

    fn to_f64(self) -> f64 {
        f64::from(self)
    }

    fn serialize_finite<S: Serializer>(self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f32(self)
    }
}

impl WireFloat for f64 {
    const NAME: &'static str = "a 64-bit float";
    const NAN: Self = f64::NAN;
    const INFINITY: Self = f64::INFINITY;
    const NEG_INFINITY: Self = f64::NEG_INFINITY;

    fn from_f64(v: f64) -> Option<Self> {
        Some(v)
    }

    fn to_f64(self) -> f64 {
        self
    }

    fn serialize_finite<S: Serializer>(self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(self)
    }
}

fn serialize_float<T: WireFloat, S: Serializer>(
    value: T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let v = value.to_f64();
    if v.is_nan() {
        serializer.serialize_str("NaN")
    } else if v == f64::INFINITY {
        serializer.serialize_str("Infinity")
    } else if v == f64::NEG_INFINITY {
        serializer.serialize_str("-Infinity")
    } else {
        value.serialize_finite(serializer)
    }
}

/// Reads a number, one of the three special strings, or `null` (as `None`).
struct FloatVisitor<T>(PhantomData<T>);

impl<T: WireFloat> Visitor<'_> for FloatVisitor<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: a number or one of the strings \"NaN\", \"Infinity\", \"-Infinity\"",
            T::NAME
        )
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        match T::from_f64(v) {
            Some(value) => Ok(Some(value)),
            None => Err(E::custom(format_args!(
                "{v} is out of range for {}",
                T::NAME
            ))),
        }
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        self.visit_f64(v as f64)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        self.visit_f64(v as f64)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        match v {
            "NaN" => Ok(Some(T::NAN)),
            "Infinity" => Ok(Some(T::INFINITY)),
            "-Infinity" => Ok(Some(T::NEG_INFINITY)),
            _ => Err(E::invalid_value(de::Unexpected::Str(v), &self)),
        }
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

fn deserialize_float<'de, T: WireFloat, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    deserializer.deserialize_any(FloatVisitor(PhantomData))
}

/// A required `double` (`f64`): `null` or a missing member reads as `0.0` (client error
/// correction; pair with `#[serde(default)]`).
pub(crate) mod required_double {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_float(*value, serializer)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
        Ok(deserialize_float(deserializer)?.unwrap_or(0.0))
    }
}

/// An optional `float` (`Option<f32>`); pair with `#[serde(default)]` and
/// `skip_serializing_if = "Option::is_none"`.
pub(crate) mod optional_float {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(
        value: &Option<f32>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(value) => serialize_float(*value, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<f32>, D::Error> {
        deserialize_float(deserializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrowing_keeps_specials_and_rejects_overflow() {
        assert_eq!(f32::from_f64(0.75), Some(0.75));
        assert!(f32::from_f64(f64::NAN).is_some_and(f32::is_nan));
        assert_eq!(f32::from_f64(f64::INFINITY), Some(f32::INFINITY));
        assert_eq!(f32::from_f64(1e39), None);
        assert_eq!(f32::from_f64(-1e39), None);
    }
}
