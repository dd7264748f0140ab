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

use aws_union::AwsEnum;
use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

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

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.code() {
            Some(code) => write!(f, "{code} (HTTP {})", self.status.as_u16())?,
            None => write!(f, "HTTP {} without an error code", self.status)?,
        }
        if let Some(message) = self.message().filter(|m| !m.is_empty()) {
            write!(f, ": {message}")?;
        }
        if let Some(request_id) = &self.request_id {
            write!(f, " (request id {request_id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ServiceError {}

/// The errors `UpdateProtectedQuery` is modeled to return, and [`Unhandled`] for any other.
///
/// [`Unhandled`]: UpdateProtectedQueryError::Unhandled
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateProtectedQueryError {
    /// 400: the input failed validation.
    ValidationException(ValidationException),
    /// 403: the caller may not do this.
    AccessDeniedException(AccessDeniedException),
    /// 404: the membership or protected query does not exist.
    ResourceNotFoundException(ResourceNotFoundException),
    /// 409: the protected query cannot be cancelled in its state.
    ConflictException(ConflictException),
    /// 429: the request was throttled.
    ThrottlingException(ThrottlingException),
    /// 500: the service failed.
    InternalServerException(InternalServerException),
    /// Any other code (e.g. `InvalidSignatureException`), or no code at all.
    Unhandled(UnhandledError),
}

impl UpdateProtectedQueryError {
    /// The error code.
    pub fn code(&self) -> Option<&str> {
        match self {
            Self::ValidationException(_) => Some("ValidationException"),
            Self::AccessDeniedException(_) => Some("AccessDeniedException"),
            Self::ResourceNotFoundException(_) => Some("ResourceNotFoundException"),
            Self::ConflictException(_) => Some("ConflictException"),
            Self::ThrottlingException(_) => Some("ThrottlingException"),
            Self::InternalServerException(_) => Some("InternalServerException"),
            Self::Unhandled(e) => e.code.as_deref(),
        }
    }

    /// The message.
    pub fn message(&self) -> Option<&str> {
        match self {
            Self::ValidationException(e) => Some(&e.message),
            Self::AccessDeniedException(e) => Some(&e.message),
            Self::ResourceNotFoundException(e) => Some(&e.message),
            Self::ConflictException(e) => Some(&e.message),
            Self::ThrottlingException(e) => Some(&e.message),
            Self::InternalServerException(e) => Some(&e.message),
            Self::Unhandled(e) => e.message.as_deref(),
        }
    }
}

/// `ValidationException`: the input failed validation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ValidationException {
    /// What went wrong.
    pub message: String,
    /// Why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<ValidationExceptionReason>,
    /// The fields that failed, each with its message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field_list: Option<Vec<ValidationExceptionField>>,
}

/// One field named by a [`ValidationException`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ValidationExceptionField {
    /// The field's name, e.g. `membershipIdentifier`.
    pub name: String,
    /// What is wrong with it.
    pub message: String,
}

impl ValidationExceptionField {
    /// A field and what is wrong with it.
    pub fn new(name: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            message: message.into(),
        }
    }
}

/// `AccessDeniedException`: the caller may not do this.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AccessDeniedException {
    /// What went wrong.
    pub message: String,
    /// Why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<AccessDeniedExceptionReason>,
}

/// `ResourceNotFoundException`: a resource the request names does not exist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ResourceNotFoundException {
    /// What went wrong.
    pub message: String,
    /// The id of the missing resource.
    pub resource_id: String,
    /// Its type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<ResourceType>,
}

/// `ConflictException`: the request conflicts with the resource's state.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ConflictException {
    /// What went wrong.
    pub message: String,
    /// The id of the resource in conflict.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// Its type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<ResourceType>,
    /// Why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<ConflictExceptionReason>,
}

/// `ThrottlingException`: too many requests; retried by the client.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ThrottlingException {
    /// What went wrong.
    pub message: String,
}

/// `InternalServerException`: the service failed; retried by the client.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InternalServerException {
    /// What went wrong.
    pub message: String,
}

/// An error this model does not know, or a response without a readable error.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct UnhandledError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The error code, if the response had one.
    pub code: Option<String>,
    /// The message, if the body was JSON with one.
    pub message: Option<String>,
}

/// Each exception shows its code and message, e.g. `ThrottlingException: Rate exceeded`.
macro_rules! exception_display {
    ($($name:ident),* $(,)?) => {$(
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                if self.message.is_empty() {
                    f.write_str(stringify!($name))
                } else {
                    write!(f, concat!(stringify!($name), ": {}"), self.message)
                }
            }
        }

        impl std::error::Error for $name {}
    )*};
}

exception_display!(
    ValidationException,
    AccessDeniedException,
    ResourceNotFoundException,
    ConflictException,
    ThrottlingException,
    InternalServerException,
);

impl fmt::Display for UnhandledError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.code {
            Some(code) => write!(f, "{code} (HTTP {})", self.status.as_u16())?,
            None => write!(f, "HTTP {} without an error code", self.status)?,
        }
        match self.message.as_deref().filter(|m| !m.is_empty()) {
            Some(message) => write!(f, ": {message}"),
            None => Ok(()),
        }
    }
}

impl std::error::Error for UnhandledError {}

/// Shows the error's own `Display`: its code and message.
///
/// ```
/// use cleanrooms_runtime::protocol::{ThrottlingException, UpdateProtectedQueryError};
///
/// let error = UpdateProtectedQueryError::ThrottlingException(ThrottlingException::new("Rate exceeded"));
/// assert_eq!(error.to_string(), "ThrottlingException: Rate exceeded");
/// let boxed: Box<dyn std::error::Error> = Box::new(error);
/// ```
impl fmt::Display for UpdateProtectedQueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ValidationException(e) => e.fmt(f),
            Self::AccessDeniedException(e) => e.fmt(f),
            Self::ResourceNotFoundException(e) => e.fmt(f),
            Self::ConflictException(e) => e.fmt(f),
            Self::ThrottlingException(e) => e.fmt(f),
            Self::InternalServerException(e) => e.fmt(f),
            Self::Unhandled(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for UpdateProtectedQueryError {}

/// Constructors, since the exceptions are `#[non_exhaustive]`: each takes the message; set
/// the other (public) members afterwards.
macro_rules! exception_new {
    ($($name:ident),* $(,)?) => {$(
        impl $name {
            /// The exception with `message` and no other member set.
            pub fn new(message: impl Into<String>) -> Self {
                Self {
                    message: message.into(),
                    ..Self::default()
                }
            }
        }
    )*};
}

exception_new!(
    ValidationException,
    AccessDeniedException,
    ResourceNotFoundException,
    ConflictException,
    ThrottlingException,
    InternalServerException,
);

impl UnhandledError {
    /// An unhandled error with its status, code and message.
    pub fn new(status: StatusCode, code: Option<String>, message: Option<String>) -> Self {
        Self {
            status,
            code,
            message,
        }
    }
}

/// Why a [`ValidationException`] was raised (open: unknown values are kept).
#[derive(Debug, Clone, PartialEq, Eq, Hash, AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ValidationExceptionReason {
    /// `FIELD_VALIDATION_FAILED`
    FieldValidationFailed,
    /// `INVALID_CONFIGURATION`
    InvalidConfiguration,
    /// `INVALID_QUERY`
    InvalidQuery,
    /// `IAM_SYNCHRONIZATION_DELAY`
    IamSynchronizationDelay,
    /// A value newer than this model.
    #[aws(unknown)]
    Unknown(String),
}

/// Why an [`AccessDeniedException`] was raised (open).
#[derive(Debug, Clone, PartialEq, Eq, Hash, AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AccessDeniedExceptionReason {
    /// `INSUFFICIENT_PERMISSIONS`
    InsufficientPermissions,
    /// A value newer than this model.
    #[aws(unknown)]
    Unknown(String),
}

/// The type of the resource a [`ResourceNotFoundException`] or [`ConflictException`] is about
/// (open).
#[derive(Debug, Clone, PartialEq, Eq, Hash, AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ResourceType {
    /// `CONFIGURED_TABLE`
    ConfiguredTable,
    /// `COLLABORATION`
    Collaboration,
    /// `MEMBERSHIP`
    Membership,
    /// `CONFIGURED_TABLE_ASSOCIATION`
    ConfiguredTableAssociation,
    /// A value newer than this model.
    #[aws(unknown)]
    Unknown(String),
}

/// Why a [`ConflictException`] was raised (open).
#[derive(Debug, Clone, PartialEq, Eq, Hash, AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ConflictExceptionReason {
    /// `ALREADY_EXISTS`
    AlreadyExists,
    /// `SUBRESOURCES_EXIST`
    SubresourcesExist,
    /// `INVALID_STATE`
    InvalidState,
    /// A value newer than this model.
    #[aws(unknown)]
    Unknown(String),
}

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
mod tests {
    use super::*;

    fn parse(status: u16, headers: &[(&str, &str)], body: &str) -> ServiceError {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.append(
                http::header::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                value.parse().unwrap(),
            );
        }
        parse_error(StatusCode::from_u16(status).unwrap(), &map, body.as_bytes())
    }

    #[test]
    fn code_comes_from_the_x_amzn_errortype_header_first() {
        let err = parse(
            400,
            &[("X-Amzn-ErrorType", "ValidationException")],
            r#"{"code":"ThrottlingException","__type":"ConflictException","message":"m"}"#,
        );
        assert_eq!(err.code(), Some("ValidationException"));
    }

    #[test]
    fn code_comes_from_body_code_then_capital_code_then_type() {
        assert_eq!(
            parse(409, &[], r#"{"code":"ConflictException","__type":"X"}"#).code(),
            Some("ConflictException")
        );
        assert_eq!(
            parse(409, &[], r#"{"Code":"ConflictException","__type":"X"}"#).code(),
            Some("ConflictException")
        );
        assert_eq!(
            parse(
                409,
                &[],
                r#"{"__type":"com.amazonaws.cleanrooms#ConflictException"}"#
            )
            .code(),
            Some("ConflictException")
        );
    }

    #[test]
    fn code_is_cut_at_the_first_colon_and_keeps_what_follows_the_last_hash() {
        let err = parse(
            429,
            &[(
                "x-amzn-errortype",
                "aws.cleanrooms#ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.service/",
            )],
            r#"{"message":"Rate exceeded"}"#,
        );
        assert!(matches!(
            err.kind(),
            UpdateProtectedQueryError::ThrottlingException(e) if e.message == "Rate exceeded"
        ));
        assert_eq!(sanitize_error_code("a#b#FooError:x:y"), "FooError");
    }

    #[test]
    fn message_comes_from_message_then_capital_message() {
        assert_eq!(
            parse(
                500,
                &[],
                r#"{"__type":"InternalServerException","Message":"M","message":"m"}"#
            )
            .message(),
            Some("m")
        );
        assert_eq!(
            parse(
                500,
                &[],
                r#"{"__type":"InternalServerException","Message":"M"}"#
            )
            .message(),
            Some("M")
        );
    }

    #[test]
    fn request_id_comes_from_the_x_amzn_requestid_header() {
        let err = parse(
            500,
            &[("x-amzn-RequestId", "8d3b6c1e-req")],
            r#"{"__type":"InternalServerException","message":"boom"}"#,
        );
        assert_eq!(err.request_id(), Some("8d3b6c1e-req"));
        assert!(err.to_string().contains("8d3b6c1e-req"), "{err}");
    }

    #[test]
    fn validation_exception_keeps_reason_and_field_list() {
        let err = parse(
            400,
            &[("x-amzn-errortype", "ValidationException")],
            r#"{"message":"bad","reason":"FIELD_VALIDATION_FAILED","fieldList":[{"name":"membershipIdentifier","message":"must match pattern"}]}"#,
        );
        let UpdateProtectedQueryError::ValidationException(e) = err.kind() else {
            panic!("{err:?}")
        };
        assert_eq!(
            e.reason,
            Some(ValidationExceptionReason::FieldValidationFailed)
        );
        assert_eq!(
            e.field_list.as_deref(),
            Some(
                &[ValidationExceptionField::new(
                    "membershipIdentifier",
                    "must match pattern"
                )][..]
            )
        );
    }

    #[test]
    fn access_denied_exception_keeps_reason() {
        let err = parse(
            403,
            &[("x-amzn-errortype", "AccessDeniedException")],
            r#"{"message":"no","reason":"INSUFFICIENT_PERMISSIONS"}"#,
        );
        assert!(matches!(
            err.kind(),
            UpdateProtectedQueryError::AccessDeniedException(AccessDeniedException {
                reason: Some(AccessDeniedExceptionReason::InsufficientPermissions),
                ..
            })
        ));
    }

    #[test]
    fn resource_not_found_exception_keeps_resource_id_and_type() {
        let err = parse(
            404,
            &[("x-amzn-errortype", "ResourceNotFoundException")],
            r#"{"message":"Membership not found","resourceId":"abc","resourceType":"MEMBERSHIP"}"#,
        );
        let UpdateProtectedQueryError::ResourceNotFoundException(e) = err.kind() else {
            panic!("{err:?}")
        };
        assert_eq!(e.resource_id, "abc");
        assert_eq!(e.resource_type, Some(ResourceType::Membership));
    }

    #[test]
    fn conflict_exception_keeps_resource_and_reason() {
        let err = parse(
            409,
            &[("x-amzn-errortype", "ConflictException")],
            r#"{"message":"finished","resourceId":"q","resourceType":"COLLABORATION","reason":"INVALID_STATE"}"#,
        );
        let UpdateProtectedQueryError::ConflictException(e) = err.kind() else {
            panic!("{err:?}")
        };
        assert_eq!(e.resource_id.as_deref(), Some("q"));
        assert_eq!(e.resource_type, Some(ResourceType::Collaboration));
        assert_eq!(e.reason, Some(ConflictExceptionReason::InvalidState));
    }

    #[test]
    fn unknown_enum_values_in_errors_are_kept() {
        let err = parse(
            409,
            &[],
            r#"{"__type":"ConflictException","message":"m","reason":"QUOTA_EXCEEDED","resourceType":"PROTECTED_QUERY"}"#,
        );
        let UpdateProtectedQueryError::ConflictException(e) = err.kind() else {
            panic!("{err:?}")
        };
        assert_eq!(
            e.reason,
            Some(ConflictExceptionReason::Unknown("QUOTA_EXCEEDED".into()))
        );
        assert_eq!(
            e.resource_type.as_ref().map(ResourceType::as_str),
            Some("PROTECTED_QUERY")
        );
    }

    #[test]
    fn members_of_the_wrong_type_are_left_out_not_fatal() {
        let err = parse(
            400,
            &[],
            r#"{"__type":"ValidationException","message":"m","reason":17,"fieldList":"oops"}"#,
        );
        assert_eq!(
            err.kind(),
            &UpdateProtectedQueryError::ValidationException(ValidationException {
                message: "m".into(),
                reason: None,
                field_list: None,
            })
        );
    }

    #[test]
    fn unknown_code_is_unhandled_with_status_code_and_message() {
        let err = parse(
            403,
            &[("x-amzn-errortype", "InvalidSignatureException")],
            r#"{"message":"The request signature we calculated does not match"}"#,
        );
        assert_eq!(
            err.kind(),
            &UpdateProtectedQueryError::Unhandled(UnhandledError {
                status: StatusCode::FORBIDDEN,
                code: Some("InvalidSignatureException".into()),
                message: Some("The request signature we calculated does not match".into()),
            })
        );
    }

    #[test]
    fn a_non_json_body_is_unhandled_with_its_status() {
        let err = parse(
            502,
            &[("content-type", "text/html")],
            "<html><head><title>502 Bad Gateway</title></head></html>",
        );
        assert_eq!(err.status(), StatusCode::BAD_GATEWAY);
        assert_eq!(
            err.kind(),
            &UpdateProtectedQueryError::Unhandled(UnhandledError {
                status: StatusCode::BAD_GATEWAY,
                code: None,
                message: None,
            })
        );
        assert_eq!(
            err.to_string(),
            "HTTP 502 Bad Gateway without an error code"
        );
    }

    #[test]
    fn a_modeled_code_with_a_non_json_body_stays_unhandled_but_keeps_the_code() {
        let err = parse(
            503,
            &[("x-amzn-errortype", "InternalServerException")],
            "<html>",
        );
        assert_eq!(err.code(), Some("InternalServerException"));
        assert!(matches!(
            err.kind(),
            UpdateProtectedQueryError::Unhandled(_)
        ));
    }

    #[test]
    fn an_empty_body_reads_as_an_empty_object() {
        let err = parse(429, &[("x-amzn-errortype", "ThrottlingException")], "");
        assert_eq!(
            err.kind(),
            &UpdateProtectedQueryError::ThrottlingException(ThrottlingException::default())
        );
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        let samples: [&[u8]; 7] = [
            b"\xff\xfe\x00",
            b"[1,2,3]",
            b"\"just a string\"",
            b"{\"__type\": 5, \"message\": []}",
            b"{\"code\": \":#:\"}",
            b"{",
            b"null",
        ];
        for body in samples {
            let err = parse_error(StatusCode::IM_A_TEAPOT, &HeaderMap::new(), body);
            assert_eq!(err.status(), StatusCode::IM_A_TEAPOT);
        }
    }
}
