//! Why a response is not an operation's output: the service's error, typed by the
//! operation's error enum, or a body that does not decode.

use std::fmt;

use http::{HeaderMap, StatusCode};

use crate::protocol::{ErrorMetadata, Escaped};

/// An error response as the operation's error enum reads it.
#[derive(Clone, Copy, Debug)]
pub struct ErrorResponse<'a> {
    /// The operation, e.g. `GetItem`.
    pub operation: &'static str,
    /// The code, message and request id, found as the protocol finds them.
    pub meta: &'a ErrorMetadata,
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers (an error's header-bound members are read from them).
    pub headers: &'a HeaderMap,
    /// The body as received.
    pub body: &'a [u8],
}

/// An operation's error enum: a variant per modelled error, and one that keeps everything
/// else ([`Unhandled`]). Generated for each operation.
pub trait OperationError: Sized + fmt::Debug {
    /// Reads the error from an error response: the modelled error whose name (or
    /// query-compatible code) is the response's code, read from the body and headers; any
    /// other code, or a modelled error whose body does not decode, is the unhandled variant,
    /// so that nothing the service said is lost.
    fn from_response(response: &ErrorResponse<'_>) -> Self;

    /// The modelled error's name (`ResourceNotFoundException`), or `None` for the unhandled
    /// variant.
    fn modeled_name(&self) -> Option<&'static str>;
}

/// An error the operation's model does not know: everything the service sent.
///
/// ```
/// use aws_union_client::operation::Unhandled;
/// use aws_union_client::protocol::{ErrorMetadata, Protocol};
///
/// let meta = ErrorMetadata::read(Protocol::AwsJson1_0, &http::HeaderMap::new(), br#"{"__type":"NewError","message":"m"}"#);
/// let error = Unhandled::new(&meta, http::StatusCode::BAD_REQUEST, http::HeaderMap::new(), b"{}".to_vec());
/// assert_eq!(error.code(), Some("NewError"));
/// assert_eq!(error.message(), Some("m"));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Unhandled {
    meta: ErrorMetadata,
    status: StatusCode,
    raw: Box<(HeaderMap, Vec<u8>)>,
}

impl Unhandled {
    /// The unhandled error of a response.
    pub fn new(
        meta: &ErrorMetadata,
        status: StatusCode,
        headers: HeaderMap,
        body: Vec<u8>,
    ) -> Self {
        Self {
            meta: meta.clone(),
            status,
            raw: Box::new((headers, body)),
        }
    }

    /// The unhandled error of `response`.
    pub fn from_response(response: &ErrorResponse<'_>) -> Self {
        Self::new(
            response.meta,
            response.status,
            response.headers.clone(),
            response.body.to_vec(),
        )
    }

    /// The error code the service sent, if any.
    pub fn code(&self) -> Option<&str> {
        self.meta.user_code()
    }

    /// The message the service sent, if any.
    pub fn message(&self) -> Option<&str> {
        self.meta.message()
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.raw.0
    }

    /// The body as received (JSON, CBOR, a proxy's HTML page, nothing).
    pub fn body(&self) -> &[u8] {
        &self.raw.1
    }
}

/// An operation with no modelled errors can use [`Unhandled`] as its error type.
impl OperationError for Unhandled {
    fn from_response(response: &ErrorResponse<'_>) -> Self {
        Unhandled::from_response(response)
    }

    fn modeled_name(&self) -> Option<&'static str> {
        None
    }
}

/// A service error: the operation's typed error, with the response's status, code, message,
/// request id, headers and body.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceError<E> {
    // Boxed: results stay small to move around, and errors are rare.
    inner: Box<ServiceErrorInner<E>>,
}

#[derive(Clone, Debug, PartialEq)]
struct ServiceErrorInner<E> {
    operation: &'static str,
    kind: E,
    meta: ErrorMetadata,
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl<E: OperationError> ServiceError<E> {
    /// Reads an error response of `operation`.
    pub fn from_response(response: &ErrorResponse<'_>) -> Self {
        Self {
            inner: Box::new(ServiceErrorInner {
                operation: response.operation,
                kind: E::from_response(response),
                meta: response.meta.clone(),
                status: response.status,
                headers: response.headers.clone(),
                body: response.body.to_vec(),
            }),
        }
    }
}

impl<E> ServiceError<E> {
    /// The operation's typed error.
    pub fn kind(&self) -> &E {
        &self.inner.kind
    }

    /// Takes the typed error out.
    pub fn into_kind(self) -> E {
        self.inner.kind
    }

    /// The operation, e.g. `GetItem`.
    pub fn operation(&self) -> &'static str {
        self.inner.operation
    }

    /// The error code: the query-compatible code where the service sends one, else the
    /// code (the error shape's name).
    pub fn code(&self) -> Option<&str> {
        self.inner.meta.user_code()
    }

    /// The code, message, request id and query-compatible code together.
    pub fn meta(&self) -> &ErrorMetadata {
        &self.inner.meta
    }

    /// The message, if any.
    pub fn message(&self) -> Option<&str> {
        self.inner.meta.message()
    }

    /// The request id, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.inner.meta.request_id()
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.inner.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.inner.headers
    }

    /// The body as received.
    pub fn raw_body(&self) -> &[u8] {
        &self.inner.body
    }

    /// Whether the standard retry mode retries this error: a throttling or transient code,
    /// a 429 without a code, or 500/502/503/504 (see [`crate::retry`]). Clock-skew errors are
    /// retried only with a measured skew, which the error alone does not know.
    ///
    /// ```
    /// use aws_union_client::operation::{ErrorResponse, ServiceError, Unhandled};
    /// use aws_union_client::protocol::{ErrorMetadata, Protocol};
    /// use http::{HeaderMap, StatusCode};
    ///
    /// let headers = HeaderMap::new();
    /// let meta = ErrorMetadata::read(Protocol::RestJson1, &headers, b"");
    /// let response = |status| ErrorResponse { operation: "GetItem", meta: &meta, status, headers: &headers, body: b"" };
    /// let throttled = ServiceError::<Unhandled>::from_response(&response(StatusCode::TOO_MANY_REQUESTS));
    /// assert!(throttled.is_retryable() && throttled.is_throttling());
    /// let missing = ServiceError::<Unhandled>::from_response(&response(StatusCode::NOT_FOUND));
    /// assert!(!missing.is_retryable());
    /// ```
    pub fn is_retryable(&self) -> bool {
        crate::retry::classify_service_error(self).is_some()
    }

    /// Whether this is a throttling error (a throttling code, or a 429 without a code).
    pub fn is_throttling(&self) -> bool {
        crate::retry::classify_service_error(self) == Some(crate::retry::RetryKind::Throttling)
    }
}

impl<E> fmt::Display for ServiceError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: service error", self.inner.operation)?;
        match self.code() {
            Some(code) => write!(f, " {}", Escaped(code))?,
            None => f.write_str(" without an error code")?,
        }
        if let Some(message) = self.message() {
            write!(f, ": {}", Escaped(message))?;
        }
        write!(f, " (HTTP {}", self.inner.status.as_u16())?;
        if let Some(id) = self.request_id() {
            write!(f, ", request id {}", Escaped(id))?;
        }
        f.write_str(")")
    }
}

impl<E: fmt::Debug> std::error::Error for ServiceError<E> {}

/// A 2xx response whose body is not the operation's output: where in the body, and why.
///
/// ```
/// use aws_union_client::operation::DecodeError;
///
/// let error = DecodeError::new("GetItem", http::StatusCode::OK, None, "Item.pk", "invalid type: integer `5`, expected a map");
/// assert_eq!(error.to_string(), "GetItem: HTTP 200 response is not the output: at `Item.pk`: invalid type: integer `5`, expected a map");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    operation: &'static str,
    status: StatusCode,
    request_id: Option<String>,
    path: String,
    message: String,
}

impl DecodeError {
    /// The error for `operation`'s response, at the wire `path` (`.` for the body itself, a
    /// header's name for a header).
    pub fn new(
        operation: &'static str,
        status: StatusCode,
        request_id: Option<String>,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            operation,
            status,
            request_id,
            path: path.into(),
            message: message.into(),
        }
    }

    /// The operation.
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The request id, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// Where it went wrong: the wire path in the body (`Items[3].pk`), or the header.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What went wrong there.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: HTTP {} response is not the output: ",
            self.operation,
            self.status.as_u16()
        )?;
        if !self.path.is_empty() && self.path != "." {
            write!(f, "at `{}`: ", Escaped(&self.path))?;
        }
        write!(f, "{}", Escaped(&self.message))?;
        if let Some(id) = &self.request_id {
            write!(f, " (request id {})", Escaped(id))?;
        }
        Ok(())
    }
}

impl std::error::Error for DecodeError {}

/// Why a response is not the operation's output.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ResponseError<E> {
    /// The service answered with an error.
    Service(ServiceError<E>),
    /// The service answered 2xx with a body that is not the output.
    Decode(DecodeError),
}

impl<E> fmt::Display for ResponseError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Service(e) => e.fmt(f),
            Self::Decode(e) => e.fmt(f),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for ResponseError<E> {}

impl<E> From<DecodeError> for ResponseError<E> {
    fn from(error: DecodeError) -> Self {
        Self::Decode(error)
    }
}

#[cfg(test)]
mod tests;
