//! Reading a response body into the model, with errors that say where the bad value is.

use std::fmt;

use super::UpdateProtectedQueryOutput;
use aws_union_client::protocol::Escaped;

/// Reads the body of a successful (200) `UpdateProtectedQuery` response. Pure: no I/O.
///
/// An empty body reads as `{}` (as aws-sdk-rust reads it), so every required member gets its
/// zero value (client error correction). Anything that is not a JSON object with valid
/// members is a [`DecodeError`] naming the wire path of the bad value.
///
/// ```
/// use cleanrooms_runtime::model::{decode_update_protected_query_output, ProtectedQueryStatus};
///
/// let body = br#"{"protectedQuery":{"id":"a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
///   "membershipId":"f1e2d3c4-5678-90ab-cdef-EXAMPLE22222",
///   "membershipArn":"arn:aws:cleanrooms:us-east-1:111122223333:membership/f1e2d3c4",
///   "createTime":1.700000000123E9,"status":"CANCELLING",
///   "result":{"output":{"memberList":[{"accountId":"111122223333"}]}}}}"#;
/// let output = decode_update_protected_query_output(body)?;
/// assert_eq!(output.protected_query.status, ProtectedQueryStatus::Cancelling);
/// assert_eq!(output.protected_query.create_time.epoch_millis(), 1_700_000_000_123);
///
/// let bad = br#"{"protectedQuery":{"resultConfiguration":{"outputConfiguration":{}}}}"#;
/// let err = decode_update_protected_query_output(bad).unwrap_err();
/// assert_eq!(err.path(), "protectedQuery.resultConfiguration.outputConfiguration");
/// assert!(err.message().contains("must have exactly one member set"));
/// # Ok::<(), cleanrooms_runtime::model::DecodeError>(())
/// ```
pub fn decode_update_protected_query_output(
    body: &[u8],
) -> Result<UpdateProtectedQueryOutput, DecodeError> {
    decode(body)
}

/// Reads any model type from a JSON body; one that does not decode is read again, tracking
/// the path, to say where it is bad.
pub(crate) fn decode<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, DecodeError> {
    // Tracking the path doubles the cost of reading, and a body that decodes never needs it.
    // Tracking changes nothing but the error, so a body read without it reads the same.
    match decode_untracked(body) {
        Some(value) => Ok(value),
        None => decode_tracked(body),
    }
}

/// What [`decode_tracked`] gives for a body that decodes; `None` for one that does not.
fn decode_untracked<T: serde::de::DeserializeOwned>(body: &[u8]) -> Option<T> {
    let body = if body.is_empty() { b"{}" } else { body };
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = T::deserialize(&mut deserializer).ok()?;
    deserializer.end().ok()?;
    std::str::from_utf8(body).ok()?;
    Some(value)
}

/// Reads any model type from a JSON body, tracking the path.
fn decode_tracked<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, DecodeError> {
    let body = if body.is_empty() { b"{}" } else { body };
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    // Structures read only from JSON objects (`AwsStructure` refuses an array).
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(DecodeError::from)?;
    // Trailing text after the object is an error too.
    deserializer.end().map_err(|e| DecodeError {
        path: String::new(),
        message: e.to_string(),
    })?;
    // JSON text is UTF-8 (RFC 8259). serde_json checks the strings it reads, but not those it
    // skips (members this model does not know), so the body as a whole is checked here. This
    // runs after decoding so that a bad byte in a modeled member is reported by its path.
    if let Err(e) = std::str::from_utf8(body) {
        return Err(DecodeError {
            path: String::new(),
            message: format!("not UTF-8: invalid byte at offset {}", e.valid_up_to()),
        });
    }
    Ok(value)
}

/// A response body that does not decode: where (the wire path) and why.
///
/// `Display` shows `path: message`, e.g.
/// `protectedQuery.createTime: invalid timestamp "yesterday": ... at line 1 column 52`;
/// the message carries serde_json's line and column. Under a sensitive member
/// (`protectedQuery.sqlParameters`) the bad value is never shown:
///
/// ```
/// use cleanrooms_runtime::model::decode_update_protected_query_output;
///
/// let body = br#"{"protectedQuery":{"sqlParameters":{"parameters":"hunter2-secret"}}}"#;
/// let error = decode_update_protected_query_output(body).unwrap_err();
/// assert_eq!(error.path(), "protectedQuery.sqlParameters.parameters");
/// assert!(!error.to_string().contains("hunter2"), "{error}");
/// assert!(error.message().starts_with("invalid value in a sensitive member"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    path: String,
    message: String,
}

impl DecodeError {
    /// The wire path of the bad value, its members' JSON names joined by `.`, list indexes
    /// as `[i]` (`protectedQuery.differentialPrivacy.sensitivityParameters[1].minColumnValue`);
    /// empty when the body as a whole is bad (not JSON, not an object).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What is wrong, with serde_json's line and column.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl From<serde_path_to_error::Error<serde_json::Error>> for DecodeError {
    fn from(error: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let mut path = error.path().to_string();
        // serde_path_to_error writes the empty path as "." and a key it could not read (the
        // body ended, or is not JSON there) as "?": the error is then in the enclosing value.
        if path == "." || path == "?" {
            path.clear();
        } else if let Some(enclosing) = path.strip_suffix(".?") {
            path.truncate(enclosing.len());
        }
        // Under a sensitive member the message is already the derive's, without the value.
        let message = error.into_inner().to_string();
        Self { path, message }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The path and message may quote the body (a key, an unknown variant): escaped.
        let message = Escaped(&self.message);
        if self.path.is_empty() {
            write!(f, "invalid response body: {message}")
        } else {
            write!(f, "{}: {message}", Escaped(&self.path))
        }
    }
}

impl std::error::Error for DecodeError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_errors_never_show_a_sensitive_value() {
        for body in [
            r#"{"protectedQuery":{"sqlParameters":"hunter2-secret"}}"#,
            r#"{"protectedQuery":{"sqlParameters":{"parameters":"hunter2-secret"}}}"#,
            r#"{"protectedQuery":{"sqlParameters":{"parameters":{"p":7.25e-3}}}}"#,
            r#"{"protectedQuery":{"sqlParameters":{"queryString":true}}}"#,
            r#"{"protectedQuery":{"sqlParameters":{"analysisTemplateArn":-123456789}}}"#,
        ] {
            let error = decode_update_protected_query_output(body.as_bytes()).unwrap_err();
            let shown = format!("{error} {error:?}");
            for secret in ["hunter2", "7.25", "true", "123456789"] {
                assert!(!shown.contains(secret), "{body}: {shown}");
            }
            assert!(
                error.path().starts_with("protectedQuery.sqlParameters"),
                "{error}"
            );
            assert!(error.message().contains("line 1 column"), "{error}");
        }
    }

    #[test]
    fn decode_errors_elsewhere_still_show_the_value() {
        let body = br#"{"protectedQuery":{"status":true}}"#;
        let error = decode_update_protected_query_output(body).unwrap_err();
        assert!(error.message().contains("true"), "{error}");
    }

    #[test]
    fn control_characters_from_the_body_are_escaped_in_display() {
        // A map key is part of the path: here it holds ESC and a newline.
        let body = br#"{"protectedQuery":{"sqlParameters":{"parameters":{"\u001b[31m\n":5}}}}"#;
        let error = decode_update_protected_query_output(body).unwrap_err();
        assert!(error.path().contains('\n'), "{error:?}");
        let shown = error.to_string();
        assert!(!shown.chars().any(char::is_control), "{shown:?}");
        assert!(shown.contains("\\u{1b}[31m\\n"), "{shown}");
        let error = DecodeError {
            path: "a.\u{1b}[31mkey".to_owned(),
            message: "unknown variant `\n`".to_owned(),
        };
        assert_eq!(error.to_string(), "a.\\u{1b}[31mkey: unknown variant `\\n`");
    }
}
