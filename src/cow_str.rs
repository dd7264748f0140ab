//! [`CowStr`]: a string borrowed from the input when the format lends it, owned otherwise.

use alloc::borrow::{Cow, ToOwned};
use alloc::string::String;
use alloc::vec::Vec;
use core::borrow::Borrow;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::ops::Deref;

use serde_core::de::{self, Deserializer, Visitor};
use serde_core::{Deserialize, Serialize, Serializer};

use crate::ErrorCorrection;

/// A string member that borrows from the input when the format lends it, and owns its text
/// when it does not.
///
/// serde's own `Cow<str>` always copies, and `#[serde(borrow)]` does not reach into list items
/// or map keys; this type borrows wherever it is. `serde_json::from_str` / `from_slice`,
/// `sonic-rs` and `simd-json` lend a string that has no escapes; a string with escapes, and
/// every string of a format that does not lend (such as CBOR through `ciborium`), is owned.
/// Either way the value is the same: it compares, hashes, orders and prints as the `str` it
/// holds, and is written as a string.
///
/// ```
/// use aws_union::CowStr;
///
/// let body = String::from(r#"["plain", "esc\"aped"]"#);
/// let texts: Vec<CowStr<'_>> = serde_json::from_str(&body)?;
/// assert!(texts[0].is_borrowed());
/// assert!(!texts[1].is_borrowed());
/// assert_eq!(texts, ["plain", "esc\"aped"]);
/// assert_eq!(serde_json::to_string(&texts)?, body.replace(", ", ","));
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// A type holding one has the input's lifetime, so it cannot outlive the input:
/// [`into_static`](Self::into_static) copies what was borrowed. Readers that require
/// `DeserializeOwned` (`ciborium::from_reader`, `serde_json::from_reader`) cannot produce a
/// borrowing type; read such input into an owned tree first (`ciborium::Value`, then
/// `deserialized::<T<'static>>()`), or use owned strings.
#[derive(Clone, Default)]
pub struct CowStr<'a>(Cow<'a, str>);

impl<'a> CowStr<'a> {
    /// A string borrowed from `text`, in `const` context too.
    ///
    /// ```
    /// # use aws_union::CowStr;
    /// const NAME: CowStr<'static> = CowStr::borrowed("id");
    /// assert!(NAME.is_borrowed());
    /// ```
    pub const fn borrowed(text: &'a str) -> Self {
        Self(Cow::Borrowed(text))
    }

    /// The text.
    ///
    /// ```
    /// # use aws_union::CowStr;
    /// assert_eq!(CowStr::from("a").as_str(), "a");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the text is borrowed (from the input it was read from, or the `&str` it was
    /// made from).
    ///
    /// ```
    /// # use aws_union::CowStr;
    /// assert!(CowStr::from("lent").is_borrowed());
    /// assert!(!CowStr::from(String::from("kept")).is_borrowed());
    /// ```
    pub fn is_borrowed(&self) -> bool {
        matches!(self.0, Cow::Borrowed(_))
    }

    /// The text as a `String`, copied only if it was borrowed.
    ///
    /// ```
    /// # use aws_union::CowStr;
    /// assert_eq!(CowStr::from("a").into_owned(), String::from("a"));
    /// ```
    pub fn into_owned(self) -> String {
        self.0.into_owned()
    }

    /// The same text, owned, so that it outlives the input.
    ///
    /// ```
    /// # use aws_union::CowStr;
    /// let kept: CowStr<'static> = {
    ///     let input = String::from("short-lived");
    ///     CowStr::from(input.as_str()).into_static()
    /// };
    /// assert_eq!(kept, "short-lived");
    /// ```
    pub fn into_static(self) -> CowStr<'static> {
        CowStr(Cow::Owned(self.0.into_owned()))
    }

    /// The `Cow` inside.
    ///
    /// ```
    /// # use aws_union::CowStr;
    /// # use std::borrow::Cow;
    /// assert!(matches!(CowStr::from("a").into_cow(), Cow::Borrowed("a")));
    /// ```
    pub fn into_cow(self) -> Cow<'a, str> {
        self.0
    }
}

impl Deref for CowStr<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for CowStr<'_> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// Lets a `BTreeMap<CowStr, _>` or `HashMap<CowStr, _>` be looked up by `&str`.
///
/// ```
/// # use aws_union::CowStr;
/// # use std::collections::BTreeMap;
/// let map = BTreeMap::from([(CowStr::from("id"), 1)]);
/// assert_eq!(map.get("id"), Some(&1));
/// ```
impl Borrow<str> for CowStr<'_> {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CowStr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

/// Prints as the `str` would, whether borrowed or owned.
///
/// ```
/// # use aws_union::CowStr;
/// assert_eq!(format!("{:?}", CowStr::from("a\"b")), r#""a\"b""#);
/// ```
impl fmt::Debug for CowStr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl PartialEq for CowStr<'_> {
    fn eq(&self, other: &Self) -> bool {
        *self.0 == *other.0
    }
}

impl Eq for CowStr<'_> {}

impl PartialOrd for CowStr<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CowStr<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        (*self.0).cmp(&*other.0)
    }
}

/// Hashes as the `str` does, as `Borrow<str>` requires.
impl Hash for CowStr<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (*self.0).hash(state);
    }
}

macro_rules! eq_with {
    ($($other:ty),*) => {$(
        impl PartialEq<$other> for CowStr<'_> {
            fn eq(&self, other: &$other) -> bool {
                *self.0 == **other
            }
        }

        impl PartialEq<CowStr<'_>> for $other {
            fn eq(&self, other: &CowStr<'_>) -> bool {
                **self == *other.0
            }
        }
    )*};
}

eq_with!(&str, String);

impl PartialEq<str> for CowStr<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<CowStr<'_>> for str {
    fn eq(&self, other: &CowStr<'_>) -> bool {
        *self == *other.0
    }
}

impl<'a> From<&'a str> for CowStr<'a> {
    fn from(text: &'a str) -> Self {
        Self(Cow::Borrowed(text))
    }
}

impl From<String> for CowStr<'_> {
    fn from(text: String) -> Self {
        Self(Cow::Owned(text))
    }
}

impl<'a> From<Cow<'a, str>> for CowStr<'a> {
    fn from(text: Cow<'a, str>) -> Self {
        Self(text)
    }
}

impl<'a> From<CowStr<'a>> for Cow<'a, str> {
    fn from(text: CowStr<'a>) -> Self {
        text.0
    }
}

impl From<CowStr<'_>> for String {
    fn from(text: CowStr<'_>) -> Self {
        text.0.into_owned()
    }
}

/// The empty string, as for `String`.
impl ErrorCorrection for CowStr<'_> {
    fn error_correction() -> Self {
        Self::default()
    }
}

impl Serialize for CowStr<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for CowStr<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(CowStrVisitor)
    }
}

struct CowStrVisitor;

impl<'de> Visitor<'de> for CowStrVisitor {
    type Value = CowStr<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<CowStr<'de>, E> {
        Ok(CowStr(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<CowStr<'de>, E> {
        Ok(CowStr(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<CowStr<'de>, E> {
        Ok(CowStr(Cow::Owned(v)))
    }

    /// UTF-8 bytes are read as text, as serde reads a `String`.
    fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<CowStr<'de>, E> {
        match core::str::from_utf8(v) {
            Ok(text) => Ok(CowStr(Cow::Borrowed(text))),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(v), &self)),
        }
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<CowStr<'de>, E> {
        match core::str::from_utf8(v) {
            Ok(text) => Ok(CowStr(Cow::Owned(text.to_owned()))),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(v), &self)),
        }
    }

    fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<CowStr<'de>, E> {
        match String::from_utf8(v) {
            Ok(text) => Ok(CowStr(Cow::Owned(text))),
            Err(err) => Err(E::invalid_value(
                de::Unexpected::Bytes(err.as_bytes()),
                &self,
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cow_str_reads_from_a_deserializer_that_lends_nothing() {
        use serde_core::de::value::{Error, StrDeserializer};
        use serde_core::de::IntoDeserializer;
        let de: StrDeserializer<'_, Error> = "x".into_deserializer();
        let text = CowStr::deserialize(de).unwrap();
        assert_eq!(text, "x");
        assert!(!text.is_borrowed());
    }
}
