//! How a bound member's value becomes text (a label, a query parameter, a header) and how a
//! header's text becomes the value again.

use std::borrow::Cow;

use aws_union::{Blob, Timestamp, TimestampFormat};
use base64::Engine as _;

use crate::protocol::header::{
    read_bool, read_float, read_integer, read_timestamp, split_http_date_list, split_list,
    write_float, HeaderValueError,
};

/// A value that is text on the wire: a string, or a generated string enum (whose
/// implementation is generated with the operations that bind it).
///
/// ```
/// use aws_union_client::protocol::rest::{ParamText, TextValue};
/// use aws_union::TimestampFormat;
///
/// #[derive(Debug, PartialEq)]
/// enum Mode { Fast, Other(String) }
/// impl TextValue for Mode {
///     fn text(&self) -> &str {
///         match self { Mode::Fast => "FAST", Mode::Other(text) => text }
///     }
///     fn from_text(text: &str) -> Self {
///         if text == "FAST" { Mode::Fast } else { Mode::Other(text.into()) }
///     }
/// }
/// assert_eq!(Mode::Fast.param_text(TimestampFormat::DateTime), "FAST");
/// assert_eq!(Mode::from_text("SLOW"), Mode::Other("SLOW".into()));
/// ```
pub trait TextValue {
    /// The value's text.
    fn text(&self) -> &str;
    /// The value of a text.
    fn from_text(text: &str) -> Self;
}

impl TextValue for String {
    fn text(&self) -> &str {
        self
    }

    fn from_text(text: &str) -> Self {
        text.to_owned()
    }
}

/// A value written into a URI label, a query parameter or a header.
///
/// ```
/// use aws_union::{Timestamp, TimestampFormat};
/// use aws_union_client::protocol::rest::ParamText;
///
/// assert_eq!(true.param_text(TimestampFormat::DateTime), "true");
/// assert_eq!(1.5f64.param_text(TimestampFormat::DateTime), "1.5");
/// let t = Timestamp::from_secs(1_576_540_098)?;
/// assert_eq!(t.param_text(TimestampFormat::DateTime), "2019-12-16T23:48:18Z");
/// # Ok::<(), aws_union::TimestampError>(())
/// ```
pub trait ParamText {
    /// Whether the value is a string: in a list header, a string holding `,` or `"` is
    /// quoted so that the list splits back into the same items.
    const QUOTED: bool = false;

    /// The value as text; a timestamp in `timestamps`.
    fn param_text(&self, timestamps: TimestampFormat) -> Cow<'_, str>;
}

impl<T: TextValue> ParamText for T {
    const QUOTED: bool = true;

    fn param_text(&self, _: TimestampFormat) -> Cow<'_, str> {
        Cow::Borrowed(self.text())
    }
}

impl ParamText for bool {
    fn param_text(&self, _: TimestampFormat) -> Cow<'_, str> {
        Cow::Borrowed(if *self { "true" } else { "false" })
    }
}

impl ParamText for i32 {
    fn param_text(&self, _: TimestampFormat) -> Cow<'_, str> {
        Cow::Owned(self.to_string())
    }
}

impl ParamText for i64 {
    fn param_text(&self, _: TimestampFormat) -> Cow<'_, str> {
        Cow::Owned(self.to_string())
    }
}

impl ParamText for f32 {
    fn param_text(&self, _: TimestampFormat) -> Cow<'_, str> {
        // The shortest text of the `f32` itself (`1.1`, not the `f64` `1.100000023841858`).
        Cow::Owned(if self.is_finite() {
            format!("{self:?}")
        } else {
            write_float(f64::from(*self))
        })
    }
}

impl ParamText for f64 {
    fn param_text(&self, _: TimestampFormat) -> Cow<'_, str> {
        Cow::Owned(write_float(*self))
    }
}

impl ParamText for Timestamp {
    fn param_text(&self, timestamps: TimestampFormat) -> Cow<'_, str> {
        Cow::Owned(self.fmt_as(timestamps).to_string())
    }
}

impl ParamText for Blob {
    fn param_text(&self, _: TimestampFormat) -> Cow<'_, str> {
        Cow::Owned(base64::engine::general_purpose::STANDARD.encode(self.as_bytes()))
    }
}

/// A value read from a header's text.
///
/// ```
/// use aws_union_client::protocol::rest::FromHeader;
///
/// assert_eq!(i32::from_header("X-N", "7")?, 7);
/// assert!(bool::from_header("X-Flag", "yes").is_err());
/// # Ok::<(), aws_union_client::protocol::header::HeaderValueError>(())
/// ```
pub trait FromHeader: Sized {
    /// Reads the value from header `header`'s text.
    ///
    /// # Errors
    ///
    /// The text is not a value of this type.
    fn from_header(header: &str, text: &str) -> Result<Self, HeaderValueError>;

    /// Splits a list header into the text of its items.
    ///
    /// # Errors
    ///
    /// A quoted item is not closed.
    fn split_header(header: &str, text: &str) -> Result<Vec<String>, HeaderValueError> {
        split_list(header, text)
    }
}

impl<T: TextValue> FromHeader for T {
    fn from_header(_: &str, text: &str) -> Result<Self, HeaderValueError> {
        Ok(T::from_text(text))
    }
}

impl FromHeader for bool {
    fn from_header(header: &str, text: &str) -> Result<Self, HeaderValueError> {
        read_bool(header, text)
    }
}

impl FromHeader for i32 {
    fn from_header(header: &str, text: &str) -> Result<Self, HeaderValueError> {
        read_integer(header, text)
    }
}

impl FromHeader for i64 {
    fn from_header(header: &str, text: &str) -> Result<Self, HeaderValueError> {
        read_integer(header, text)
    }
}

impl FromHeader for f32 {
    fn from_header(header: &str, text: &str) -> Result<Self, HeaderValueError> {
        // The text read as an `f32` directly rounds once, as a float member's value should.
        match read_float(header, text)? {
            special if !special.is_finite() => Ok(special as f32),
            _ => text
                .trim()
                .parse()
                .map_err(|_| HeaderValueError::new(header, "a number", text)),
        }
    }
}

impl FromHeader for f64 {
    fn from_header(header: &str, text: &str) -> Result<Self, HeaderValueError> {
        read_float(header, text)
    }
}

impl FromHeader for Timestamp {
    fn from_header(header: &str, text: &str) -> Result<Self, HeaderValueError> {
        read_timestamp(header, text)
    }

    fn split_header(header: &str, text: &str) -> Result<Vec<String>, HeaderValueError> {
        // An HTTP date holds a comma itself (`Mon, 16 Dec 2019 … GMT`); the other forms do not.
        if text.contains("GMT") {
            Ok(split_http_date_list(text))
        } else {
            split_list(header, text)
        }
    }
}

impl FromHeader for Blob {
    fn from_header(header: &str, text: &str) -> Result<Self, HeaderValueError> {
        base64::engine::general_purpose::STANDARD
            .decode(text.trim())
            .map(Blob::new)
            .map_err(|_| HeaderValueError::new(header, "base64", text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_f32_is_written_as_its_own_shortest_text() {
        assert_eq!(1.1f32.param_text(TimestampFormat::DateTime), "1.1");
        assert_eq!(f32::NAN.param_text(TimestampFormat::DateTime), "NaN");
        assert_eq!(f32::from_header("X", "1.1").unwrap(), 1.1f32);
    }

    #[test]
    fn a_timestamp_list_header_splits_http_dates_two_commas_at_a_time() {
        let dates = Timestamp::split_header(
            "X",
            "Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:18 GMT",
        );
        assert_eq!(dates.unwrap().len(), 2);
        let iso = Timestamp::split_header("X", "2019-12-16T23:48:18Z, 2019-12-16T23:48:18Z");
        assert_eq!(iso.unwrap().len(), 2);
        assert_eq!(Timestamp::split_header("X", "1, 2").unwrap(), ["1", "2"]);
    }

    #[test]
    fn a_blob_in_a_header_is_base64() {
        let blob = Blob::new(*b"hi");
        assert_eq!(blob.param_text(TimestampFormat::DateTime), "aGk=");
        assert_eq!(Blob::from_header("X", "aGk=").unwrap(), blob);
        assert!(Blob::from_header("X", "!!").is_err());
    }
}
