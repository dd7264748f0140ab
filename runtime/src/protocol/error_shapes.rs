//! The operation's error enum and the modeled exceptions, with their reason enums.

use std::fmt;

use aws_union::AwsEnum;
use aws_union_client::operation::OperationError;
use http::StatusCode;
use serde::{Deserialize, Serialize};

use aws_union_client::protocol::Escaped;

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
            Self::Unhandled(e) => e.code.as_deref(),
            modeled_error => OperationError::modeled_name(modeled_error),
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

/// Each exception shows its code and message, e.g. `ThrottlingException: Rate exceeded`, with
/// control characters in the message escaped.
macro_rules! exception_display {
    ($($name:ident),* $(,)?) => {$(
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                if self.message.is_empty() {
                    f.write_str(stringify!($name))
                } else {
                    write!(f, concat!(stringify!($name), ": {}"), Escaped(&self.message))
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
            Some(code) => write!(f, "{} (HTTP {})", Escaped(code), self.status.as_u16())?,
            None => write!(f, "HTTP {} without an error code", self.status)?,
        }
        match self.message.as_deref().filter(|m| !m.is_empty()) {
            Some(message) => write!(f, ": {}", Escaped(message)),
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
