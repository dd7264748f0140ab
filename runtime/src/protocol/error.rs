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
//! The code, message and request id are read by `aws-union-client`'s
//! `ErrorMetadata` (`aws_union_client::protocol`), as for every restJson1
//! operation.
//!
//! Members are read leniently, the way Smithy's client error correction does: a member of the
//! wrong type is left out rather than losing the whole error.

use aws_union_client::operation::{ErrorResponse, OperationError};
use aws_union_client::protocol::{ErrorMetadata, Protocol};
use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

#[path = "error_shapes.rs"]
mod shapes;
pub use aws_union_client::protocol::sanitize_error_code;
pub use shapes::*;

/// The operation's name, as errors name it.
pub(crate) const OPERATION: &str = "UpdateProtectedQuery";

/// A service error of `UpdateProtectedQuery`: the [`UpdateProtectedQueryError`], with the
/// response's status, code, message, request id, headers and body (`aws-union-client`'s
/// [`ServiceError`](aws_union_client::operation::ServiceError), shared by every operation).
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
/// The response stays available as it came: [`headers`](aws_union_client::operation::ServiceError::headers)
/// and [`raw_body`](aws_union_client::operation::ServiceError::raw_body) (e.g. a proxy's HTML
/// page).
pub type ServiceError = aws_union_client::operation::ServiceError<UpdateProtectedQueryError>;

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
/// assert!(err.is_retryable());
/// ```
pub fn parse_error(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> ServiceError {
    let meta = ErrorMetadata::read(Protocol::RestJson1, headers, body);
    ServiceError::from_response(&ErrorResponse {
        operation: OPERATION,
        meta: &meta,
        status,
        headers,
        body,
    })
}

/// The modelled error whose name is the response's code, read leniently from the body; any
/// other code, or a body that is not a JSON object, is [`UpdateProtectedQueryError::Unhandled`]
/// with the status, code and message.
impl OperationError for UpdateProtectedQueryError {
    fn from_response(response: &ErrorResponse<'_>) -> Self {
        let code = response.meta.code();
        let message = response.meta.message().map(str::to_owned);
        let modeled_error = match (code, read_body_object(response.body)) {
            (Some(code), Some(body)) => modeled(code, &body, message.clone()),
            _ => None,
        };
        modeled_error.unwrap_or_else(|| {
            Self::Unhandled(UnhandledError {
                status: response.status,
                code: code.map(str::to_owned),
                message,
            })
        })
    }

    fn modeled_name(&self) -> Option<&'static str> {
        Some(match self {
            Self::ValidationException(_) => "ValidationException",
            Self::AccessDeniedException(_) => "AccessDeniedException",
            Self::ResourceNotFoundException(_) => "ResourceNotFoundException",
            Self::ConflictException(_) => "ConflictException",
            Self::ThrottlingException(_) => "ThrottlingException",
            Self::InternalServerException(_) => "InternalServerException",
            Self::Unhandled(_) => return None,
        })
    }
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
