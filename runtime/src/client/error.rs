//! What a call or a client build can fail with.

use std::fmt;

use aws_credential_types::provider::error::CredentialsError;

use super::transport::TransportError;
use crate::endpoint::EndpointError;
use crate::protocol::{InputError, OutputDecodeError, ResponseError, ServiceError};
use crate::sigv4::SigningError;

/// Why an `UpdateProtectedQuery` call failed.
///
/// After retries, the error is the last attempt's.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The input is invalid; nothing was sent.
    InvalidInput(InputError),
    /// No credentials could be had from the credentials provider; nothing was sent.
    Credentials(CredentialsError),
    /// The request could not be signed; nothing was sent.
    Signing(SigningError),
    /// No response: connection failures or timeouts.
    Transport(TransportError),
    /// The service answered with an error.
    Service(ServiceError),
    /// The service answered 2xx with a body that is not the output.
    Decode(OutputDecodeError),
}

impl Error {
    /// The service error, if the service answered with one.
    pub fn as_service_error(&self) -> Option<&ServiceError> {
        match self {
            Self::Service(e) => Some(e),
            _ => None,
        }
    }

    /// Whether the (last) attempt timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Self::Transport(e) if e.is_timeout())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidInput(e) => e.fmt(f),
            Self::Credentials(e) => {
                write!(f, "no credentials: {e}")?;
                if let Some(source) = std::error::Error::source(e) {
                    write!(f, ": {source}")?;
                }
                Ok(())
            }
            Self::Signing(e) => e.fmt(f),
            Self::Transport(e) => e.fmt(f),
            Self::Service(e) => e.fmt(f),
            Self::Decode(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::InvalidInput(e) => Some(e),
            Self::Credentials(e) => Some(e),
            Self::Signing(e) => Some(e),
            Self::Transport(e) => Some(e),
            Self::Service(e) => Some(e),
            Self::Decode(e) => Some(e),
        }
    }
}

impl From<InputError> for Error {
    fn from(error: InputError) -> Self {
        Self::InvalidInput(error)
    }
}

impl From<ResponseError> for Error {
    fn from(error: ResponseError) -> Self {
        match error {
            ResponseError::Service(e) => Self::Service(e),
            ResponseError::Decode(e) => Self::Decode(e),
        }
    }
}

/// Why a client could not be built.
#[derive(Debug)]
#[non_exhaustive]
pub enum BuildError {
    /// The endpoint configuration is invalid (e.g. a custom endpoint with FIPS).
    Endpoint(EndpointError),
    /// No region: SigV4 signs for a region, so one is needed even with a custom endpoint.
    MissingRegion,
    /// No credentials were given and none are in the environment.
    MissingCredentials,
    /// An environment variable has a value that cannot be used.
    InvalidEnvironment {
        /// The variable.
        variable: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// rustls could not be set up.
    Tls(rustls::Error),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Endpoint(e) => e.fmt(f),
            Self::MissingRegion => f.write_str(
                "no region: set AWS_REGION or call `region` on the builder (requests are signed for a region)",
            ),
            Self::MissingCredentials => f.write_str(
                "no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or give credentials or a credentials provider to the builder",
            ),
            Self::InvalidEnvironment { variable, reason } => write!(f, "{variable}: {reason}"),
            Self::Tls(e) => write!(f, "TLS could not be set up: {e}"),
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Endpoint(e) => Some(e),
            Self::Tls(e) => Some(e),
            _ => None,
        }
    }
}

impl From<EndpointError> for BuildError {
    fn from(error: EndpointError) -> Self {
        Self::Endpoint(error)
    }
}
