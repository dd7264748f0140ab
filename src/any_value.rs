//! [`AnyValue`]: a self-describing value of any format, kept as it was read.

use alloc::string::String;
use alloc::vec::Vec;

use serde_core::{Serialize, Serializer};

use crate::blob;

#[cfg(feature = "json")]
mod json;
mod read;

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
/// Inspecting: [`get`](Self::get) (a map's entry by text key), [`get_index`](Self::get_index)
/// (a list's item), and `as_*` for each kind of value, `None` for any other kind.
///
/// Equality is by value: the two integer variants are equal when they hold the same number
/// (`Int(5) == UInt(5)`, although reading never gives `Int(5)`), so a value built by hand
/// compares equal to the same value read. A float is never equal to an integer (`1.0` and `1`
/// are written differently), and floats compare as `f64` does (`NaN` is not equal to
/// itself). Maps compare entry by entry, in order: the order is part of what is written back.
///
/// The type is `#[non_exhaustive]`: a later kind of value (a format with more of them) can be
/// added without breaking a `match`. Deliberately absent: indexing with `[]`, which would have
/// to panic or invent a value for a missing key; mutation helpers (the variants hold plain
/// `Vec`s and `String`s to edit); `Eq`, `Hash` and `Ord`, which floats do not have; and
/// conversions between numbers and text, or from base64 text to bytes: the value does not
/// say what the model meant.
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
///
/// let list = value.get("a").unwrap();
/// assert_eq!(list.get_index(1).and_then(AnyValue::as_i64), Some(-2));
/// assert_eq!(list.get_index(3).and_then(AnyValue::as_str), Some("x"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub enum AnyValue {
    /// JSON `null`, CBOR `null` or `undefined`.
    #[default]
    Null,
    /// A boolean.
    Bool(bool),
    /// A negative integer (as read; one built by hand may hold any `i64`).
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

/// Integers of either variant are equal when their numbers are; see [`AnyValue`].
///
/// ```
/// use aws_union::AnyValue;
///
/// assert_eq!(AnyValue::Int(5), AnyValue::UInt(5));
/// assert_ne!(AnyValue::Int(-1), AnyValue::UInt(u64::MAX));
/// assert_ne!(AnyValue::Float(1.0), AnyValue::UInt(1));
/// ```
impl PartialEq for AnyValue {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Null, Self::Null) => true,
            (Self::Bool(a), Self::Bool(b)) => a == b,
            (Self::Int(a), Self::Int(b)) => a == b,
            (Self::UInt(a), Self::UInt(b)) => a == b,
            (Self::Int(a), Self::UInt(b)) | (Self::UInt(b), Self::Int(a)) => {
                u64::try_from(*a) == Ok(*b)
            }
            (Self::Float(a), Self::Float(b)) => a == b,
            (Self::String(a), Self::String(b)) => a == b,
            (Self::Bytes(a), Self::Bytes(b)) => a == b,
            (Self::List(a), Self::List(b)) => a == b,
            (Self::Map(a), Self::Map(b)) => a == b,
            _ => false,
        }
    }
}

/// The largest integer below which every integer is exactly an `f64` (2^53).
const EXACT_IN_F64: u64 = 1 << 53;

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

    /// The value of an [`AnyValue::Bool`].
    ///
    /// ```
    /// # use aws_union::AnyValue;
    /// assert_eq!(AnyValue::Bool(true).as_bool(), Some(true));
    /// assert_eq!(AnyValue::from("true").as_bool(), None);
    /// ```
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            AnyValue::Bool(v) => Some(*v),
            _ => None,
        }
    }

    /// An integer's value, of either integer variant, if it fits an `i64`.
    ///
    /// ```
    /// # use aws_union::AnyValue;
    /// assert_eq!(AnyValue::Int(-3).as_i64(), Some(-3));
    /// assert_eq!(AnyValue::UInt(3).as_i64(), Some(3));
    /// assert_eq!(AnyValue::UInt(u64::MAX).as_i64(), None);
    /// assert_eq!(AnyValue::Float(3.0).as_i64(), None);
    /// ```
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            AnyValue::Int(v) => Some(*v),
            AnyValue::UInt(v) => i64::try_from(*v).ok(),
            _ => None,
        }
    }

    /// An integer's value, of either integer variant, if it is not negative.
    ///
    /// ```
    /// # use aws_union::AnyValue;
    /// assert_eq!(AnyValue::UInt(u64::MAX).as_u64(), Some(u64::MAX));
    /// assert_eq!(AnyValue::Int(-1).as_u64(), None);
    /// ```
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            AnyValue::Int(v) => u64::try_from(*v).ok(),
            AnyValue::UInt(v) => Some(*v),
            _ => None,
        }
    }

    /// A float's value; or an integer's, if an `f64` holds it exactly (within ±2^53), so
    /// JSON's `2` reads as `2.0` and no digit is lost without a word.
    ///
    /// ```
    /// # use aws_union::AnyValue;
    /// assert_eq!(AnyValue::Float(2.5).as_f64(), Some(2.5));
    /// assert_eq!(AnyValue::UInt(2).as_f64(), Some(2.0));
    /// assert_eq!(AnyValue::UInt(u64::MAX).as_f64(), None);
    /// ```
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            AnyValue::Float(v) => Some(*v),
            AnyValue::Int(v) if v.unsigned_abs() <= EXACT_IN_F64 => Some(*v as f64),
            AnyValue::UInt(v) if *v <= EXACT_IN_F64 => Some(*v as f64),
            _ => None,
        }
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

    /// The bytes of an [`AnyValue::Bytes`] (a CBOR byte string; base64 text read from JSON
    /// stays an [`AnyValue::String`]).
    ///
    /// ```
    /// # use aws_union::AnyValue;
    /// assert_eq!(AnyValue::Bytes(vec![0, 1]).as_bytes(), Some(&[0, 1][..]));
    /// assert_eq!(AnyValue::from("AAE=").as_bytes(), None);
    /// ```
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            AnyValue::Bytes(bytes) => Some(bytes),
            _ => None,
        }
    }

    /// The items of an [`AnyValue::List`].
    ///
    /// ```
    /// # use aws_union::AnyValue;
    /// let list = AnyValue::List(vec![AnyValue::Null]);
    /// assert_eq!(list.as_list().map(<[AnyValue]>::len), Some(1));
    /// ```
    pub fn as_list(&self) -> Option<&[AnyValue]> {
        match self {
            AnyValue::List(items) => Some(items),
            _ => None,
        }
    }

    /// The entries of an [`AnyValue::Map`], in the order read.
    ///
    /// ```
    /// # use aws_union::AnyValue;
    /// let map = AnyValue::Map(vec![(AnyValue::UInt(1), AnyValue::from("one"))]);
    /// let (key, value) = &map.as_map().unwrap()[0];
    /// assert_eq!((key.as_u64(), value.as_str()), (Some(1), Some("one")));
    /// ```
    pub fn as_map(&self) -> Option<&[(AnyValue, AnyValue)]> {
        match self {
            AnyValue::Map(entries) => Some(entries),
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
        self.as_map()?
            .iter()
            .find(|(k, _)| k.as_str() == Some(key))
            .map(|(_, v)| v)
    }

    /// The item at `index` of an [`AnyValue::List`].
    ///
    /// ```
    /// # use aws_union::AnyValue;
    /// let list = AnyValue::List(vec![AnyValue::from("a"), AnyValue::from("b")]);
    /// assert_eq!(list.get_index(1), Some(&AnyValue::from("b")));
    /// assert_eq!(list.get_index(2), None);
    /// ```
    pub fn get_index(&self, index: usize) -> Option<&AnyValue> {
        self.as_list()?.get(index)
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
