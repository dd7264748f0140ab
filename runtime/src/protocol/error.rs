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
//! The error enum and its shapes are generated from the service model (see
//! [`model`](crate::model)): a modelled error whose body does not read as its shape (a member
//! of the wrong type) is [`UpdateProtectedQueryError::Unhandled`] too, keeping the code, the
//! message and the whole response.

use std::fmt;

use aws_union_client::operation::{write_error, ErrorResponse, Operation};
use aws_union_client::protocol::{ErrorMetadata, Protocol};
use http::{HeaderMap, StatusCode};

use super::UpdateProtectedQuery;

pub use crate::model::generated::{
    AccessDeniedException, AccessDeniedExceptionReason, ConflictException, ConflictExceptionReason,
    InternalServerException, ResourceNotFoundException, ResourceType, ThrottlingException,
    UpdateProtectedQueryError, ValidationException, ValidationExceptionField,
    ValidationExceptionReason,
};
pub use aws_union_client::operation::Unhandled;
pub use aws_union_client::protocol::sanitize_error_code;

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
///         assert_eq!(e.message.as_deref(), Some("Query already finished"));
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
/// assert!(matches!(err.kind(), UpdateProtectedQueryError::Unhandled(u) if u.code().is_none()));
/// assert!(err.is_retryable());
/// ```
pub fn parse_error(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> ServiceError {
    let meta = ErrorMetadata::read(Protocol::RestJson1, headers, body);
    ServiceError::from_response(&ErrorResponse {
        operation: <UpdateProtectedQuery as Operation>::NAME,
        meta: &meta,
        status,
        headers,
        body,
    })
}

/// Each exception is an error of its own, shown as its code and message (`ThrottlingException:
/// Rate exceeded`), control characters in the message escaped, as the error enum shows it.
///
/// ```
/// use cleanrooms_runtime::protocol::ConflictException;
///
/// let mut conflict = ConflictException::default();
/// conflict.message = Some("The query has already finished".into());
/// assert_eq!(conflict.to_string(), "ConflictException: The query has already finished");
/// let boxed: Box<dyn std::error::Error> = Box::new(conflict);
/// ```
macro_rules! exception_is_an_error {
    ($($name:ident),* $(,)?) => {$(
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write_error(f, stringify!($name), &self.message)
            }
        }

        impl std::error::Error for $name {}
    )*};
}

exception_is_an_error!(
    ValidationException,
    AccessDeniedException,
    ResourceNotFoundException,
    ConflictException,
    ThrottlingException,
    InternalServerException,
);

#[cfg(test)]
#[path = "error_tests.rs"]
mod tests;
