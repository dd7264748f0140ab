//! What every open enum's `Deserialize` shares, written once here instead of in every
//! expansion: the visitor that reads a string and parses it with the enum's `FromStr`; and
//! [`UnknownEnumValue`], the `FromStr` error of a closed enum.

use alloc::string::String;
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

/// The error of a closed enum's `FromStr` (`#[derive(AwsEnum)]` with
/// `#[aws(deny_unknown_members)]`): a value the enum does not know. It says which enum, the
/// value, and the values the enum knows; the same text is the serde error for that value.
///
/// ```
/// use aws_union::{AwsEnum, UnknownEnumValue};
///
/// #[derive(Debug, PartialEq, AwsEnum)]
/// #[aws(rename_all = "SCREAMING_SNAKE_CASE", deny_unknown_members)]
/// enum Direction {
///     Inbound,
///     Outbound,
/// }
///
/// let error: UnknownEnumValue = "SIDEWAYS".parse::<Direction>().unwrap_err();
/// assert_eq!(error.value(), "SIDEWAYS");
/// assert_eq!(error.enum_name(), "Direction");
/// assert_eq!(error.expected(), ["INBOUND", "OUTBOUND"]);
/// assert_eq!(
///     error.to_string(),
///     "unknown value `SIDEWAYS` for enum `Direction`, expected one of `INBOUND`, `OUTBOUND`"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownEnumValue {
    enum_name: &'static str,
    value: String,
    expected: &'static [&'static str],
}

impl UnknownEnumValue {
    /// `value`, which enum `enum_name` (knowing the values `expected`) does not know.
    ///
    /// ```
    /// let error = aws_union::UnknownEnumValue::new("Direction", "UP", &["IN", "OUT"]);
    /// assert_eq!(error.value(), "UP");
    /// ```
    pub fn new(enum_name: &'static str, value: &str, expected: &'static [&'static str]) -> Self {
        UnknownEnumValue {
            enum_name,
            value: value.into(),
            expected,
        }
    }

    /// The value the enum does not know.
    ///
    /// ```
    /// assert_eq!(aws_union::UnknownEnumValue::new("E", "X", &[]).value(), "X");
    /// ```
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The name of the enum.
    ///
    /// ```
    /// assert_eq!(aws_union::UnknownEnumValue::new("E", "X", &[]).enum_name(), "E");
    /// ```
    pub fn enum_name(&self) -> &'static str {
        self.enum_name
    }

    /// The values the enum knows, as they are on the wire.
    ///
    /// ```
    /// let error = aws_union::UnknownEnumValue::new("E", "X", &["A", "B"]);
    /// assert_eq!(error.expected(), ["A", "B"]);
    /// ```
    pub fn expected(&self) -> &'static [&'static str] {
        self.expected
    }
}

impl fmt::Display for UnknownEnumValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown value `{}` for enum `{}`, expected ",
            self.value, self.enum_name
        )?;
        f.write_str("one of ")?;
        for (i, value) in self.expected.iter().enumerate() {
            let comma = if i == 0 { "" } else { ", " };
            write!(f, "{comma}`{value}`")?;
        }
        Ok(())
    }
}

#[cfg(feature = "std")]
impl std::error::Error for UnknownEnumValue {}
