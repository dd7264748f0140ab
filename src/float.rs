//! Smithy `float` and `double` members: numbers, and the strings `"NaN"`, `"Infinity"` and
//! `"-Infinity"` for the values JSON has no number for.
//!
//! Members stay plain `f32` / `f64` (or collections of them); the derive writes a member
//! marked `#[aws(float)]` through [`Float`] and reads it through [`FloatDe`].

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use serde_core::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Visitor,
};
use serde_core::{Deserialize, Serialize, Serializer};

use crate::tag;

/// Serializes `*self.0` with non-finite floats as the strings `"NaN"`, `"Infinity"` and
/// `"-Infinity"` in human-readable formats (JSON); binary formats (CBOR) get native floats.
///
/// ```
/// use aws_union::__private::Float;
///
/// assert_eq!(serde_json::to_string(&Float(&f64::NEG_INFINITY))?, r#""-Infinity""#);
/// assert_eq!(serde_json::to_string(&Float(&vec![1.5f32, f32::NAN]))?, r#"[1.5,"NaN"]"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Float<'a, T: ?Sized>(pub &'a T);

impl<T: FloatSpecials + ?Sized> Serialize for Float<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_specials(serializer)
    }
}

/// Deserializes a `T` whose floats may be numbers or the strings `"NaN"`, `"Infinity"` and
/// `"-Infinity"`, in any format.
///
/// ```
/// use aws_union::__private::FloatDe;
///
/// let FloatDe(v) = serde_json::from_str::<FloatDe<Vec<f64>>>(r#"[1, 2.5, "Infinity"]"#)?;
/// assert_eq!(v, [1.0, 2.5, f64::INFINITY]);
/// let FloatDe(none) = serde_json::from_str::<FloatDe<Option<f32>>>("null")?;
/// assert_eq!(none, None);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct FloatDe<T>(pub T);

impl<'de, T: FloatSpecialsDe<'de>> Deserialize<'de> for FloatDe<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::read_specials(deserializer).map(FloatDe)
    }
}

/// A member type holding floats that [`Float`] and [`FloatDe`] carry: `f32`, `f64`, and
/// `Option`, `Vec`, `BTreeMap`, `HashMap` (feature `std`) and `Box` of such types.
///
/// ```
/// use aws_union::__private::FloatSpecials;
///
/// let v = f32::deserialize_specials(&mut serde_json::Deserializer::from_str(r#""NaN""#))?;
/// assert!(v.is_nan());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg_attr(
    aws_union_diagnostic,
    diagnostic::on_unimplemented(
        message = "`#[aws(float)]` does not apply to `{Self}`",
        label = "`#[aws(float)]` is for `f32` and `f64`, alone or in `Option`, `Box`, `Vec` and maps",
        note = "a type of your own writes its floats in its own `Serialize`; remove `#[aws(float)]`"
    )
)]
pub trait FloatSpecials {
    /// Serializes `self`, non-finite floats as strings in human-readable formats.
    fn serialize_specials<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;

    /// Deserializes a value whose floats may be numbers or the three special strings.
    fn deserialize_specials<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>
    where
        Self: FloatSpecialsDe<'de>,
    {
        Self::read_specials(deserializer)
    }
}

/// The reading half of [`FloatSpecials`], for input of lifetime `'de`: a map's keys may
/// borrow from the input (`BTreeMap<CowStr<'a>, f64>` for `'de: 'a`).
///
/// ```
/// use aws_union::CowStr;
/// use aws_union::__private::FloatDe;
/// use std::collections::BTreeMap;
///
/// let body = String::from(r#"{"a": "NaN"}"#);
/// let FloatDe(map) = serde_json::from_str::<FloatDe<BTreeMap<CowStr<'_>, f64>>>(&body)?;
/// assert!(map["a"].is_nan());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg_attr(
    aws_union_diagnostic,
    diagnostic::on_unimplemented(
        message = "`#[aws(float)]` does not apply to `{Self}`",
        label = "`#[aws(float)]` is for `f32` and `f64`, alone or in `Option`, `Box`, `Vec` and maps",
        note = "a type of your own reads its floats in its own `Deserialize`; remove `#[aws(float)]`"
    )
)]
pub trait FloatSpecialsDe<'de>: Sized {
    /// Deserializes a value whose floats may be numbers or the three special strings.
    fn read_specials<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

/// `f32` (Smithy `float`) or `f64` (Smithy `double`).
trait WireFloat: Copy {
    const NAME: &'static str;
    const NAN: Self;
    const INFINITY: Self;
    const NEG_INFINITY: Self;

    /// `None` when a finite number is too large for this type.
    fn from_f64(v: f64) -> Option<Self>;
    fn to_f64(self) -> f64;
    fn serialize_native<S: Serializer>(self, serializer: S) -> Result<S::Ok, S::Error>;
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

    fn serialize_native<S: Serializer>(self, serializer: S) -> Result<S::Ok, S::Error> {
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

    fn serialize_native<S: Serializer>(self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(self)
    }
}

fn serialize_float<T: WireFloat, S: Serializer>(
    value: T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let v = value.to_f64();
    if v.is_finite() || !serializer.is_human_readable() {
        value.serialize_native(serializer)
    } else if v.is_nan() {
        serializer.serialize_str("NaN")
    } else if v > 0.0 {
        serializer.serialize_str("Infinity")
    } else {
        serializer.serialize_str("-Infinity")
    }
}

/// Reads a number or one of the three special strings (behind any CBOR tag).
struct FloatVisitor<T>(PhantomData<T>);

impl<'de, T: WireFloat> Visitor<'de> for FloatVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: a number or one of the strings \"NaN\", \"Infinity\", \"-Infinity\"",
            T::NAME
        )
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        T::from_f64(v).ok_or_else(|| E::custom(format_args!("{v} is out of range for {}", T::NAME)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        self.visit_f64(v as f64)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        self.visit_f64(v as f64)
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<T, E> {
        self.visit_f64(v as f64)
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<T, E> {
        self.visit_f64(v as f64)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        match v {
            "NaN" => Ok(T::NAN),
            "Infinity" => Ok(T::INFINITY),
            "-Infinity" => Ok(T::NEG_INFINITY),
            _ => Err(E::invalid_value(de::Unexpected::Str(v), &self)),
        }
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<T, A::Error> {
        tag::look_through(data, FloatVisitor(PhantomData), T::NAME)
    }
}

impl<'de, T: WireFloat> DeserializeSeed<'de> for FloatVisitor<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        deserializer.deserialize_any(self)
    }
}

macro_rules! float_specials {
    ($($ty:ty),*) => {$(
        impl FloatSpecials for $ty {
            fn serialize_specials<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serialize_float(*self, serializer)
            }
        }

        impl<'de> FloatSpecialsDe<'de> for $ty {
            fn read_specials<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_any(FloatVisitor(PhantomData))
            }
        }
    )*};
}

float_specials!(f32, f64);

impl<T: FloatSpecials> FloatSpecials for Option<T> {
    fn serialize_specials<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(value) => serializer.serialize_some(&Float(value)),
            None => serializer.serialize_none(),
        }
    }
}

impl<'de, T: FloatSpecialsDe<'de>> FloatSpecialsDe<'de> for Option<T> {
    fn read_specials<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Option::<FloatDe<T>>::deserialize(deserializer)?.map(|FloatDe(v)| v))
    }
}

impl<T: FloatSpecials> FloatSpecials for Box<T> {
    fn serialize_specials<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize_specials(serializer)
    }
}

impl<'de, T: FloatSpecialsDe<'de>> FloatSpecialsDe<'de> for Box<T> {
    fn read_specials<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::read_specials(deserializer).map(Box::new)
    }
}

impl<T: FloatSpecials> FloatSpecials for Vec<T> {
    fn serialize_specials<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter().map(Float))
    }
}

impl<'de, T: FloatSpecialsDe<'de>> FloatSpecialsDe<'de> for Vec<T> {
    fn read_specials<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(SeqVisitor(PhantomData))
    }
}

/// No more room reserved up front than this, whatever length a sequence claims.
const MAX_PREALLOCATED: usize = 4096;

struct SeqVisitor<T>(PhantomData<T>);

impl<'de, T: FloatSpecialsDe<'de>> Visitor<'de> for SeqVisitor<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of floats")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut values = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(MAX_PREALLOCATED));
        while let Some(FloatDe(value)) = seq.next_element()? {
            values.push(value);
        }
        Ok(values)
    }
}

impl<K, T> FloatSpecials for BTreeMap<K, T>
where
    K: Serialize + Ord,
    T: FloatSpecials,
{
    fn serialize_specials<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter().map(|(k, v)| (k, Float(v))))
    }
}

impl<'de, K, T> FloatSpecialsDe<'de> for BTreeMap<K, T>
where
    K: Deserialize<'de> + Ord,
    T: FloatSpecialsDe<'de>,
{
    fn read_specials<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(MapVisitor(PhantomData))
    }
}

#[cfg(feature = "std")]
impl<K, T, H> FloatSpecials for std::collections::HashMap<K, T, H>
where
    K: Serialize + Eq + core::hash::Hash,
    T: FloatSpecials,
    H: core::hash::BuildHasher,
{
    fn serialize_specials<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter().map(|(k, v)| (k, Float(v))))
    }
}

#[cfg(feature = "std")]
impl<'de, K, T, H> FloatSpecialsDe<'de> for std::collections::HashMap<K, T, H>
where
    K: Deserialize<'de> + Eq + core::hash::Hash,
    T: FloatSpecialsDe<'de>,
    H: core::hash::BuildHasher + Default,
{
    fn read_specials<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(MapVisitor(PhantomData))
    }
}

/// Reads a map of floats into any map type `M` with keys `K` and values `T`.
struct MapVisitor<M, K, T>(PhantomData<(M, K, T)>);

impl<'de, M, K, T> Visitor<'de> for MapVisitor<M, K, T>
where
    M: Default + Extend<(K, T)>,
    K: Deserialize<'de>,
    T: FloatSpecialsDe<'de>,
{
    type Value = M;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map of floats")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<M, A::Error> {
        let mut values = M::default();
        while let Some((key, FloatDe(value))) = map.next_entry::<K, FloatDe<T>>()? {
            values.extend(core::iter::once((key, value)));
        }
        Ok(values)
    }
}
