//! How an operation's error enum shows itself: the error's name and the service's message,
//! with control characters escaped.

use std::fmt;

use super::Unhandled;
use crate::protocol::Escaped;

/// A modelled error's message member, whatever its form: a required `String`, an optional
/// one, or none at all (`()`).
pub trait ErrorMessage {
    /// The message, if there is one.
    fn message_text(&self) -> Option<&str>;
}

impl ErrorMessage for String {
    fn message_text(&self) -> Option<&str> {
        Some(self)
    }
}

impl ErrorMessage for Option<String> {
    fn message_text(&self) -> Option<&str> {
        self.as_deref()
    }
}

impl ErrorMessage for () {
    fn message_text(&self) -> Option<&str> {
        None
    }
}

/// Writes `name: message` (or `name` alone), the message's control characters escaped.
///
/// ```
/// use aws_union_client::operation::write_error;
///
/// struct Shown(Option<String>);
/// impl std::fmt::Display for Shown {
///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
///         write_error(f, "ResourceNotFoundException", &self.0)
///     }
/// }
/// assert_eq!(Shown(Some("no\ntable".into())).to_string(), "ResourceNotFoundException: no\\ntable");
/// assert_eq!(Shown(None).to_string(), "ResourceNotFoundException");
/// ```
///
/// # Errors
///
/// The formatter's.
pub fn write_error<M: ErrorMessage + ?Sized>(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    message: &M,
) -> fmt::Result {
    f.write_str(name)?;
    match message.message_text() {
        Some(message) => write!(f, ": {}", Escaped(message)),
        None => Ok(()),
    }
}

impl fmt::Display for Unhandled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.code() {
            Some(code) => write!(f, "{}", Escaped(code))?,
            None => f.write_str("unmodelled error")?,
        }
        if let Some(message) = self.message() {
            write!(f, ": {}", Escaped(message))?;
        }
        write!(f, " (HTTP {})", self.status().as_u16())
    }
}

/// An unhandled error is an error of its own, as the modelled ones are (an error enum's
/// `Unhandled` variant can be reported, boxed, or chained).
impl std::error::Error for Unhandled {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{ErrorMetadata, Protocol};

    #[test]
    fn an_unhandled_error_shows_code_message_and_status() {
        let meta = ErrorMetadata::read(
            Protocol::AwsJson1_0,
            &http::HeaderMap::new(),
            br#"{"__type":"NewError","message":"m"}"#,
        );
        let error = Unhandled::new(
            &meta,
            http::StatusCode::BAD_REQUEST,
            http::HeaderMap::new(),
            Vec::new(),
        );
        assert_eq!(error.to_string(), "NewError: m (HTTP 400)");
        let bare = Unhandled::new(
            &ErrorMetadata::default(),
            http::StatusCode::BAD_GATEWAY,
            http::HeaderMap::new(),
            Vec::new(),
        );
        assert_eq!(bare.to_string(), "unmodelled error (HTTP 502)");
    }
}
