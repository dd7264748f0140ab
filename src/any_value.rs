//! [`AnyValue`]: a self-describing value of any format, kept as it was read.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use serde_core::de::{
    self, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};
use serde_core::{Deserialize, Serialize, Serializer};

use crate::blob;
use crate::tag::{self, Marker};

/// Any value a self-describing format holds, JSON's or CBOR's; what an unknown union
/// member's value is kept as, so it can be inspected and written back.
///
/// Reading keeps one form for each value: a non-negative integer is always
/// [`UInt`](AnyValue::UInt) and a negative one [`Int`](AnyValue::Int); a CBOR tag is looked
/// through (its item is kept, the tag number is not); an enum variant of a format that has
/// them (not JSON or CBOR) is a one-entry map from its name to its value.
///
/// Writing gives each variant back in the format's own form; [`Bytes`](AnyValue::Bytes)
/// are base64 text in human-readable formats (JSON), as a [`Blob`](crate::Blob) is, and a
/// non-finite [`Float`](AnyValue::Float) is whatever the format makes of it (JSON: `null`).
///
/// ```
/// use aws_union::AnyValue;
///
/// let value: AnyValue = serde_json::from_str(r#"{"a": [1, -2, 2.5, "x", true, null]}"#)?;
/// let expected = AnyValue::Map(vec![(
///     AnyValue::from("a"),
///     AnyValue::List(vec![
///         AnyValue::UInt(1),
///         AnyValue::Int(-2),
///         AnyValue::Float(2.5),
///         AnyValue::from("x"),
///         AnyValue::Bool(true),
///         AnyValue::Null,
///     ]),
/// )]);
/// assert_eq!(value, expected);
/// assert_eq!(serde_json::to_string(&value)?, r#"{"a":[1,-2,2.5,"x",true,null]}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub enum AnyValue {
    /// JSON `null`, CBOR `null` or `undefined`.
    #[default]
    Null,
    /// A boolean.
    Bool(bool),
    /// A negative integer.
    Int(i64),
    /// A non-negative integer.
    UInt(u64),
    /// A floating-point number.
    Float(f64),
    /// Text.
    String(String),
    /// A byte string (CBOR).
    Bytes(Vec<u8>),
    /// A list.
    List(Vec<AnyValue>),
    /// A map, its entries in the order read; keys may be any value (CBOR).
    Map(Vec<(AnyValue, AnyValue)>),
}

impl AnyValue {
    /// Whether this is [`AnyValue::Null`].
    ///
    /// ```
    /// # use aws_union::AnyValue;
    /// assert!(AnyValue::Null.is_null());
    /// assert!(!AnyValue::Bool(false).is_null());
    /// ```
    pub fn is_null(&self) -> bool {
        matches!(self, AnyValue::Null)
    }

    /// The text of an [`AnyValue::String`].
    ///
    /// ```
    /// # use aws_union::AnyValue;
    /// assert_eq!(AnyValue::from("x").as_str(), Some("x"));
    /// assert_eq!(AnyValue::Null.as_str(), None);
    /// ```
    pub fn as_str(&self) -> Option<&str> {
        match self {
            AnyValue::String(text) => Some(text),
            _ => None,
        }
    }

    /// The value of the entry with text key `key` of an [`AnyValue::Map`] (the first, if
    /// there are several).
    ///
    /// ```
    /// # use aws_union::AnyValue;
    /// let map = AnyValue::Map(vec![(AnyValue::from("k"), AnyValue::Bool(true))]);
    /// assert_eq!(map.get("k"), Some(&AnyValue::Bool(true)));
    /// assert_eq!(map.get("j"), None);
    /// ```
    pub fn get(&self, key: &str) -> Option<&AnyValue> {
        match self {
            AnyValue::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.as_str() == Some(key))
                .map(|(_, v)| v),
            _ => None,
        }
    }
}

impl From<bool> for AnyValue {
    fn from(v: bool) -> Self {
        AnyValue::Bool(v)
    }
}

impl From<i64> for AnyValue {
    /// [`AnyValue::UInt`] when `v` is not negative, as reading gives it.
    fn from(v: i64) -> Self {
        match u64::try_from(v) {
            Ok(v) => AnyValue::UInt(v),
            Err(_) => AnyValue::Int(v),
        }
    }
}

impl From<u64> for AnyValue {
    fn from(v: u64) -> Self {
        AnyValue::UInt(v)
    }
}

impl From<f64> for AnyValue {
    fn from(v: f64) -> Self {
        AnyValue::Float(v)
    }
}

impl From<&str> for AnyValue {
    fn from(v: &str) -> Self {
        AnyValue::String(v.into())
    }
}

impl From<String> for AnyValue {
    fn from(v: String) -> Self {
        AnyValue::String(v)
    }
}

impl Serialize for AnyValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            AnyValue::Null => serializer.serialize_unit(),
            AnyValue::Bool(v) => serializer.serialize_bool(*v),
            AnyValue::Int(v) => serializer.serialize_i64(*v),
            AnyValue::UInt(v) => serializer.serialize_u64(*v),
            AnyValue::Float(v) => serializer.serialize_f64(*v),
            AnyValue::String(v) => serializer.serialize_str(v),
            AnyValue::Bytes(v) => blob::serialize_bytes(v, serializer),
            AnyValue::List(items) => serializer.collect_seq(items),
            AnyValue::Map(entries) => serializer.collect_map(entries.iter().map(|(k, v)| (k, v))),
        }
    }
}

impl<'de> Deserialize<'de> for AnyValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AnyValueVisitor)
    }
}

/// No more room reserved up front than this, whatever length a list or map claims.
const MAX_PREALLOCATED: usize = 1024;

struct AnyValueVisitor;

impl<'de> Visitor<'de> for AnyValueVisitor {
    type Value = AnyValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<AnyValue, E> {
        Ok(AnyValue::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<AnyValue, E> {
        Ok(AnyValue::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<AnyValue, E> {
        Ok(AnyValue::UInt(v))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<AnyValue, E> {
        match i64::try_from(v) {
            Ok(v) => self.visit_i64(v),
            Err(_) => self.visit_u128(u128::try_from(v).map_err(|_| out_of_range(v))?),
        }
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<AnyValue, E> {
        u64::try_from(v)
            .map(AnyValue::UInt)
            .map_err(|_| out_of_range(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<AnyValue, E> {
        Ok(AnyValue::Float(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<AnyValue, E> {
        Ok(AnyValue::String(v.into()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<AnyValue, E> {
        Ok(AnyValue::String(v))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<AnyValue, E> {
        Ok(AnyValue::Bytes(v.into()))
    }

    fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<AnyValue, E> {
        Ok(AnyValue::Bytes(v))
    }

    fn visit_none<E: de::Error>(self) -> Result<AnyValue, E> {
        Ok(AnyValue::Null)
    }

    fn visit_unit<E: de::Error>(self) -> Result<AnyValue, E> {
        Ok(AnyValue::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<AnyValue, D::Error> {
        AnyValue::deserialize(deserializer)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<AnyValue, D::Error> {
        AnyValue::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<AnyValue, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(MAX_PREALLOCATED));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(AnyValue::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AnyValue, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(MAX_PREALLOCATED));
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(AnyValue::Map(entries))
    }

    /// A CBOR tag is looked through; another format's enum variant becomes a one-entry map.
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<AnyValue, A::Error> {
        let (marker, variant) = data.variant::<Marker>()?;
        match marker {
            Marker::Variant(name) => {
                let value = variant.newtype_variant::<AnyValue>()?;
                Ok(AnyValue::Map(alloc::vec![(AnyValue::String(name), value)]))
            }
            marker => tag::tagged_value(marker, variant, PhantomData::<AnyValue>),
        }
    }
}

fn out_of_range<E: de::Error>(v: impl fmt::Display) -> E {
    E::custom(format_args!("integer {v} is out of the 64-bit range"))
}

#[cfg(feature = "json")]
mod json {
    use super::AnyValue;

    /// A JSON value as the same value; a number becomes `UInt`, `Int` or `Float` as
    /// reading JSON gives it.
    ///
    /// ```
    /// use aws_union::AnyValue;
    ///
    /// let value = AnyValue::from(serde_json::json!({"n": -1}));
    /// assert_eq!(value.get("n"), Some(&AnyValue::Int(-1)));
    /// ```
    impl From<serde_json::Value> for AnyValue {
        fn from(value: serde_json::Value) -> Self {
            use serde_json::Value;
            match value {
                Value::Null => AnyValue::Null,
                Value::Bool(v) => AnyValue::Bool(v),
                Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                    (Some(v), _, _) => AnyValue::UInt(v),
                    (None, Some(v), _) => AnyValue::Int(v),
                    (None, None, Some(v)) => AnyValue::Float(v),
                    (None, None, None) => AnyValue::Null,
                },
                Value::String(v) => AnyValue::String(v),
                Value::Array(items) => AnyValue::List(items.into_iter().map(Into::into).collect()),
                Value::Object(entries) => AnyValue::Map(
                    entries
                        .into_iter()
                        .map(|(k, v)| (AnyValue::String(k), v.into()))
                        .collect(),
                ),
            }
        }
    }

    /// Writing to a JSON value can fail as writing JSON text does: a map key that JSON
    /// cannot hold (a list, a map, a float).
    ///
    /// ```
    /// use aws_union::AnyValue;
    ///
    /// let json = serde_json::Value::try_from(AnyValue::from("x"))?;
    /// assert_eq!(json, serde_json::json!("x"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    impl TryFrom<AnyValue> for serde_json::Value {
        type Error = serde_json::Error;

        fn try_from(value: AnyValue) -> Result<Self, Self::Error> {
            serde_json::to_value(value)
        }
    }
}
