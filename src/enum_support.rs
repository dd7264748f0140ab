//! What every open enum's `Deserialize` shares, written once here instead of in every
//! expansion: the visitor that reads a string and parses it with the enum's `FromStr`.

use core::fmt;

use serde_core::de::{self, Deserializer, Visitor};

/// Reads a string and parses it with `parse` (the enum's `FromStr`); a parse error, or a
/// value that is not a string, is an error that says what was `expecting`.
#[inline]
pub fn deserialize_open_enum<'de, D, T, E>(
    deserializer: D,
    expecting: &'static str,
    parse: fn(&str) -> Result<T, E>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    E: fmt::Display,
{
    deserializer.deserialize_str(OpenEnumVisitor { expecting, parse })
}

struct OpenEnumVisitor<T, E> {
    expecting: &'static str,
    parse: fn(&str) -> Result<T, E>,
}

impl<'de, T, E: fmt::Display> Visitor<'de> for OpenEnumVisitor<T, E> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<Er: de::Error>(self, value: &str) -> Result<T, Er> {
        (self.parse)(value).map_err(Er::custom)
    }
}
