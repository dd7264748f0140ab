//! The errors `UpdateProtectedQuery` answers with, read from a non-2xx response by the
//! restJson1 rules.
//!
//! - The code is the first of: header `x-amzn-errortype`, body `code` / `Code`, body
//!   `__type`; it is cut at the first `:` and keeps what follows the last `#`
//!   (`aws.x#FooError:http://…` → `FooError`).
//! - The message is body `message`, else `Message`.
//! - The request id is the `x-amzn-requestid` header.
//! - A code this model does not know, or a body that is not JSON (a proxy's HTML page), is
//!   [`UpdateProtectedQueryError::Unhandled`], keeping the status, code and message.
//!
//! Members are read leniently, the way Smithy's client error correction does: a member of the
//! wrong type is left out rather than losing the whole error.

use std::fmt;

use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::escape::Escaped;

#[path = "error_shapes.rs"]
mod shapes;
pub use shapes::*;

/// A service error: what the error is, with the HTTP status and the request id.
///
/// ```
/// use cleanrooms_runtime::protocol::{parse_error, UpdateProtectedQueryError};
///
/// let response = http::Response::builder()
///     .status(409)
///     .header("x-amzn-requestid", "req-1")
///     .header("x-amzn-errortype", "ConflictException:http://internal.amazon.com/")
///     .body(r#"{"message":"Query already finished","reason":"INVALID_STATE"}"#)
///     .unwrap();
/// let err = parse_error(response.status(), response.headers(), response.body().as_bytes());
/// assert_eq!(err.code(), Some("ConflictException"));
/// assert_eq!(err.request_id(), Some("req-1"));
/// match err.kind() {
///     UpdateProtectedQueryError::ConflictException(e) => {
///         assert_eq!(e.message, "Query already finished");
///         assert_eq!(e.reason.as_ref().map(|r| r.as_str()), Some("INVALID_STATE"));
///     }
///     other => panic!("{other:?}"),
/// }
/// ```
///
/// The response stays available as it came: [`headers`](Self::headers) and
/// [`raw_body`](Self::raw_body) (e.g. a proxy's HTML page).
#[derive(Clone, PartialEq)]
pub struct ServiceError {
    kind: Box<UpdateProtectedQueryError>,
    status: StatusCode,
    request_id: Option<String>,
    /// The response's headers and body (boxed: errors stay small to move around).
    raw: Box<(HeaderMap, Vec<u8>)>,
}

impl fmt::Debug for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServiceError")
            .field("kind", &self.kind)
            .field("status", &self.status)
            .field("request_id", &self.request_id)
            .field("headers", &self.raw.0)
            .field("raw_body_len", &self.raw.1.len())
            .finish()
    }
}

impl ServiceError {
    /// Builds a service error from its parts (for tests and other transports), with no
    /// headers and an empty body.
    pub fn new(
        kind: UpdateProtectedQueryError,
        status: StatusCode,
        request_id: Option<String>,
    ) -> Self {
        Self {
            kind: Box::new(kind),
            status,
            request_id,
            raw: Box::default(),
        }
    }

    /// The same error with the response's headers.
    pub fn with_headers(mut self, headers: HeaderMap) -> Self {
        self.raw.0 = headers;
        self
    }

    /// The same error with the response's body as received.
    pub fn with_raw_body(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.raw.1 = body.into();
        self
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.raw.0
    }

    /// The response body as received, whatever it is (JSON, HTML, nothing).
    pub fn raw_body(&self) -> &[u8] {
        &self.raw.1
    }

    /// Whether the standard retry mode retries this error (throttling, 500/502/503/504,
    /// transient codes). Clock-skew errors are retried only with a measured skew, which this
    /// error alone does not know.
    ///
    /// ```
    /// use cleanrooms_runtime::protocol::parse_error;
    /// use http::{HeaderMap, StatusCode};
    ///
    /// let throttled = parse_error(StatusCode::TOO_MANY_REQUESTS, &HeaderMap::new(), b"");
    /// assert!(throttled.is_retryable() && throttled.is_throttling());
    /// let missing = parse_error(StatusCode::NOT_FOUND, &HeaderMap::new(), b"");
    /// assert!(!missing.is_retryable());
    /// ```
    pub fn is_retryable(&self) -> bool {
        super::retry::classify_service_error(self).is_some()
    }

    /// Whether this is a throttling error (a throttling code, or 429 without a code).
    pub fn is_throttling(&self) -> bool {
        super::retry::classify_service_error(self) == Some(super::retry::RetryKind::Throttling)
    }

    /// Which error this is, with its modeled members.
    pub fn kind(&self) -> &UpdateProtectedQueryError {
        &self.kind
    }

    /// Takes the error out.
    pub fn into_kind(self) -> UpdateProtectedQueryError {
        *self.kind
    }

    /// The HTTP status of the response.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The `x-amzn-requestid` header, for AWS support.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The error code (`ThrottlingException`, …), if the response had one.
    pub fn code(&self) -> Option<&str> {
        self.kind.code()
    }

    /// The error message, if the response had one.
    pub fn message(&self) -> Option<&str> {
        self.kind.message()
    }
}

/// The code, status, message and request id on one line; control characters the server sent
/// in them are escaped (`\n`, `\u{1b}`), so that the line logs as one line.
///
/// ```
/// use cleanrooms_runtime::protocol::parse_error;
/// use http::{HeaderMap, StatusCode};
///
/// let body = br#"{"__type":"ConflictException","message":"done\n\u001b[2Jforged log line"}"#;
/// let error = parse_error(StatusCode::CONFLICT, &HeaderMap::new(), body);
/// assert_eq!(
///     error.to_string(),
///     "ConflictException (HTTP 409): done\\n\\u{1b}[2Jforged log line"
/// );
/// assert_eq!(error.message(), Some("done\n\u{1b}[2Jforged log line"));
/// ```
impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.code() {
            Some(code) => write!(f, "{} (HTTP {})", Escaped(code), self.status.as_u16())?,
            None => write!(f, "HTTP {} without an error code", self.status)?,
        }
        if let Some(message) = self.message().filter(|m| !m.is_empty()) {
            write!(f, ": {}", Escaped(message))?;
        }
        if let Some(request_id) = &self.request_id {
            write!(f, " (request id {})", Escaped(request_id))?;
        }
        Ok(())
    }
}

impl std::error::Error for ServiceError {}

/// The request id header.
pub const REQUEST_ID_HEADER: &str = "x-amzn-requestid";
/// The error type header, the first place the error code is looked for.
pub const ERROR_TYPE_HEADER: &str = "x-amzn-errortype";

/// Reads a non-2xx response into a [`ServiceError`]. Never fails and never panics: whatever
/// the body, the status is kept.
///
/// ```
/// use cleanrooms_runtime::protocol::{parse_error, UpdateProtectedQueryError};
/// use http::{HeaderMap, StatusCode};
///
/// let html = b"<html><body><h1>502 Bad Gateway</h1></body></html>";
/// let err = parse_error(StatusCode::BAD_GATEWAY, &HeaderMap::new(), html);
/// assert_eq!(err.status(), StatusCode::BAD_GATEWAY);
/// assert!(matches!(err.kind(), UpdateProtectedQueryError::Unhandled(u) if u.code.is_none()));
/// ```
pub fn parse_error(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> ServiceError {
    let request_id = header_str(headers, REQUEST_ID_HEADER).map(str::to_owned);
    let raw_body = body.to_vec();
    let body = read_body_object(body);
    let code = error_code(headers, body.as_ref());
    let message = body.as_ref().and_then(error_message);
    let kind = match (code.as_deref(), body) {
        (Some(code), Some(body)) => modeled(code, &body, message.clone()),
        _ => None,
    }
    .unwrap_or(UpdateProtectedQueryError::Unhandled(UnhandledError {
        status,
        code,
        message,
    }));
    ServiceError::new(kind, status, request_id)
        .with_headers(headers.clone())
        .with_raw_body(raw_body)
}

/// The error code by the restJson1 rules, sanitized.
pub fn error_code(headers: &HeaderMap, body: Option<&Map<String, Value>>) -> Option<String> {
    let from_header = header_str(headers, ERROR_TYPE_HEADER);
    let from_body = || {
        let body = body?;
        ["code", "Code", "__type"]
            .iter()
            .find_map(|key| body.get(*key).and_then(Value::as_str))
    };
    from_header
        .or_else(from_body)
        .map(sanitize_error_code)
        .filter(|code| !code.is_empty())
        .map(str::to_owned)
}

/// Cuts an error code at the first `:` and keeps what follows the last `#`.
///
/// ```
/// use cleanrooms_runtime::protocol::sanitize_error_code;
///
/// assert_eq!(sanitize_error_code("aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"), "FooError");
/// assert_eq!(sanitize_error_code("FooError:http://x#y"), "FooError");
/// assert_eq!(sanitize_error_code(" FooError "), "FooError");
/// ```
pub fn sanitize_error_code(raw: &str) -> &str {
    let before_colon = raw.split(':').next().unwrap_or(raw);
    let after_hash = before_colon.rsplit('#').next().unwrap_or(before_colon);
    after_hash.trim()
}

fn error_message(body: &Map<String, Value>) -> Option<String> {
    ["message", "Message"]
        .iter()
        .find_map(|key| body.get(*key).and_then(Value::as_str))
        .map(str::to_owned)
}

fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get(name)
        .and_then(|value| value.to_str().ok())
        .map(str::trim)
        .filter(|value| !value.is_empty())
}

/// The body as a JSON object; an empty body counts as `{}`; anything else is not readable.
fn read_body_object(body: &[u8]) -> Option<Map<String, Value>> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Some(Map::new());
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Some(map),
        _ => None,
    }
}

/// A member, or `None` if it is missing, null or of the wrong type.
fn member<T: DeserializeOwned>(body: &Map<String, Value>, key: &str) -> Option<T> {
    body.get(key)
        .filter(|value| !value.is_null())
        .and_then(|value| T::deserialize(value).ok())
}

fn modeled(
    code: &str,
    body: &Map<String, Value>,
    message: Option<String>,
) -> Option<UpdateProtectedQueryError> {
    let message = message.unwrap_or_default();
    let error = match code {
        "ValidationException" => {
            UpdateProtectedQueryError::ValidationException(ValidationException {
                message,
                reason: member(body, "reason"),
                field_list: member(body, "fieldList"),
            })
        }
        "AccessDeniedException" => {
            UpdateProtectedQueryError::AccessDeniedException(AccessDeniedException {
                message,
                reason: member(body, "reason"),
            })
        }
        "ResourceNotFoundException" => {
            UpdateProtectedQueryError::ResourceNotFoundException(ResourceNotFoundException {
                message,
                resource_id: member(body, "resourceId").unwrap_or_default(),
                resource_type: member(body, "resourceType"),
            })
        }
        "ConflictException" => UpdateProtectedQueryError::ConflictException(ConflictException {
            message,
            resource_id: member(body, "resourceId"),
            resource_type: member(body, "resourceType"),
            reason: member(body, "reason"),
        }),
        "ThrottlingException" => {
            UpdateProtectedQueryError::ThrottlingException(ThrottlingException { message })
        }
        "InternalServerException" => {
            UpdateProtectedQueryError::InternalServerException(InternalServerException { message })
        }
        _ => return None,
    };
    Some(error)
}

#[cfg(test)]
#[path = "error_tests.rs"]
mod tests;
