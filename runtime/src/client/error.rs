//! What a call or a client build can fail with.
//!
//! Every error here prints its whole story on one line: what failed, then each cause (the
//! connection refused, the reset, the credentials provider's own message), each said once.
//! `source()` returns nothing the line has not said, so a reporter that walks the chain
//! (anyhow's `{:#}`) prints each cause once too.

use std::fmt;

use aws_credential_types::provider::error::CredentialsError;

use super::error_chain::Chain;
use super::transport::{TransportError, TransportErrorKind};
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

    /// Whether the (last) attempt timed out, the operation timeout ran out, or the credentials
    /// provider did not answer within the load timeout.
    pub fn is_timeout(&self) -> bool {
        match self {
            Self::Transport(e) => e.is_timeout(),
            Self::Credentials(e) => matches!(e, CredentialsError::ProviderTimedOut(_)),
            _ => false,
        }
    }

    /// Whether the standard retry mode would retry this error: throttling, 500/502/503/504,
    /// transient codes, connection failures and timeouts. (The client has already retried it
    /// as far as its retry config and quota allowed.)
    ///
    /// ```
    /// use cleanrooms_runtime::client::{Error, TransportError, TransportErrorKind};
    ///
    /// let refused = Error::Transport(TransportError::new(TransportErrorKind::Connect, "refused"));
    /// assert!(refused.is_retryable());
    /// assert!(!refused.is_throttling());
    /// ```
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Service(e) => e.is_retryable(),
            Self::Transport(e) => matches!(
                e.kind(),
                TransportErrorKind::Timeout | TransportErrorKind::Connect | TransportErrorKind::Io
            ),
            _ => false,
        }
    }

    /// Whether the service throttled the (last) attempt.
    pub fn is_throttling(&self) -> bool {
        matches!(self, Self::Service(e) if e.is_throttling())
    }

    /// The request id of the response, if there was one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Self::Service(e) => e.request_id(),
            Self::Decode(e) => e.request_id(),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidInput(e) => e.fmt(f),
            // Its own text gives whole seconds only ("after 0 seconds").
            Self::Credentials(CredentialsError::ProviderTimedOut(timeout)) => write!(
                f,
                "no credentials: the credentials provider did not answer within the load \
                 timeout ({:?})",
                timeout.timeout_duration()
            ),
            Self::Credentials(e) => write!(f, "no credentials: {}", Chain(e)),
            Self::Signing(e) => e.fmt(f),
            Self::Transport(e) => e.fmt(f),
            Self::Service(e) => e.fmt(f),
            Self::Decode(e) => e.fmt(f),
        }
    }
}

/// `Display` is the inner error's whole chain, so `source()` has nothing to add; match on the
/// variants for the inner error.
///
/// ```
/// use cleanrooms_runtime::client::{CredentialsError, Error};
///
/// let cause = std::io::Error::other("the SSO session has expired; run `aws sso login`");
/// let error = Error::Credentials(CredentialsError::provider_error(cause));
/// assert!(error.to_string().starts_with("no credentials: "));
/// assert!(error.to_string().ends_with(": the SSO session has expired; run `aws sso login`"));
/// assert!(std::error::Error::source(&error).is_none());
/// ```
impl std::error::Error for Error {}

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
    ///
    /// ```
    /// use cleanrooms_runtime::client::{BuildError, Client, Credentials};
    ///
    /// let error = Client::builder()
    ///     .endpoint_url("http://127.0.0.1:4566")
    ///     .credentials(Credentials::new("AKIDEXAMPLE", "secret", None, None, "example"))
    ///     .build()
    ///     .unwrap_err();
    /// assert!(matches!(error, BuildError::MissingRegion));
    /// assert!(error.to_string().contains("even with a custom endpoint"));
    /// ```
    MissingRegion,
    /// No credentials were given and none are in the environment.
    MissingCredentials,
    /// No credentials were given or are in the environment, and `AWS_PROFILE` names a
    /// profile, which only the `aws-config` feature reads.
    ProfileNeedsAwsConfig {
        /// The value of `AWS_PROFILE`.
        profile: String,
    },
    /// An environment variable has a value that cannot be used.
    InvalidEnvironment {
        /// The variable.
        variable: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// rustls could not be set up.
    Tls(rustls::Error),
    /// The CA bundle (`AWS_CA_BUNDLE` or [`ClientBuilder::ca_bundle`](super::ClientBuilder::ca_bundle))
    /// cannot be used.
    CaBundle {
        /// Its path.
        path: std::path::PathBuf,
        /// Why it cannot be used.
        reason: String,
    },
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Endpoint(e) => e.fmt(f),
            Self::MissingRegion => f.write_str(
                "no region: requests are signed for a region, so one is needed even with a custom \
                 endpoint; set AWS_REGION or call `region` on the builder",
            ),
            Self::MissingCredentials => f.write_str(
                "no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or give credentials or a credentials provider to the builder",
            ),
            Self::ProfileNeedsAwsConfig { profile } => write!(
                f,
                "no credentials: AWS_PROFILE is set (`{profile}`), but profiles, SSO and other \
                 credential sources are read only with the `aws-config` feature of \
                 cleanrooms-runtime (then `Client::load_from_env().await`); \
                 without it, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or give \
                 credentials to the builder"
            ),
            Self::InvalidEnvironment { variable, reason } => write!(f, "{variable}: {reason}"),
            Self::Tls(e) => write!(f, "TLS could not be set up: {}", Chain(e)),
            Self::CaBundle { path, reason } => {
                write!(f, "the CA bundle {}: {reason}", path.display())
            }
        }
    }
}

/// `Display` says it all (the inner error's whole chain), so `source()` has nothing to add.
impl std::error::Error for BuildError {}

impl From<EndpointError> for BuildError {
    fn from(error: EndpointError) -> Self {
        Self::Endpoint(error)
    }
}
