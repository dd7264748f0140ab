//! What a call or a client build can fail with.
//!
//! Every error here prints its whole story on one line: what failed, then each cause (the
//! connection refused, the reset, the credentials provider's own message), each said once.
//! `source()` returns nothing the line has not said, so a reporter that walks the chain
//! (anyhow's `{:#}`) prints each cause once too.

use std::fmt;

use aws_credential_types::provider::error::CredentialsError;

use super::error_chain::Chain;
use super::transport::TransportError;
use crate::endpoint::{LoadError, ResolveError};
use crate::operation::{DecodeError, EndpointUrlError, InputError, RepeatedToken, ServiceError};
use crate::sigv4::SigningError;

/// What a call of an operation gives: its output, or why it failed ([`Error`]); the return
/// type of generated clients' methods.
pub type CallResult<T, E> = Result<T, Error<E>>;

/// Why a call of an operation whose error type is `E` failed, by where it failed, as
/// aws-sdk-rust's `SdkError` separates it: before sending (the input, the endpoint), while
/// preparing an attempt (credentials, signing), on the way (transport and timeouts), or in
/// the answer (the service's error, a response that does not decode).
///
/// After retries, the error is the last attempt's.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// The input is invalid; nothing was sent.
    InvalidInput(InputError),
    /// No usable endpoint for this call (the rules' own error, or a URL that cannot be used);
    /// nothing was sent.
    Endpoint(EndpointError),
    /// No credentials could be had from the credentials provider; nothing was sent.
    Credentials(CredentialsError),
    /// The request could not be signed; nothing was sent.
    Signing(SigningError),
    /// No response: connection failures or timeouts ([`TransportError::kind`]).
    Transport(TransportError),
    /// The service answered with an error.
    Service(ServiceError<E>),
    /// The service answered 2xx with a body that is not the output.
    Decode(DecodeError),
    /// A paginated operation's service answered the token it was sent: the pages
    /// ([`Pages`](super::Pages), [`Items`](super::Items)) end with this instead of asking
    /// for the same page forever.
    Pagination(RepeatedToken),
}

impl<E> Error<E> {
    /// The service error, if the service answered with one.
    pub fn as_service_error(&self) -> Option<&ServiceError<E>> {
        match self {
            Self::Service(e) => Some(e),
            _ => None,
        }
    }

    /// Takes the service error out, if the service answered with one.
    pub fn into_service_error(self) -> Option<ServiceError<E>> {
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
    /// use aws_union_client::operation::Unhandled;
    /// use aws_union_client::{Error, TransportError, TransportErrorKind};
    ///
    /// let refused: Error<Unhandled> = Error::Transport(TransportError::new(TransportErrorKind::Connect, "refused"));
    /// assert!(refused.is_retryable());
    /// assert!(!refused.is_throttling());
    /// ```
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Service(e) => e.is_retryable(),
            Self::Transport(e) => e.is_retryable(),
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

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidInput(e) => e.fmt(f),
            Self::Endpoint(e) => e.fmt(f),
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
            Self::Pagination(e) => e.fmt(f),
        }
    }
}

/// `Display` is the inner error's whole chain, so `source()` has nothing to add; match on the
/// variants for the inner error.
///
/// ```
/// use aws_union_client::operation::Unhandled;
/// use aws_union_client::{CredentialsError, Error};
///
/// let cause = std::io::Error::other("the SSO session has expired; run `aws sso login`");
/// let error: Error<Unhandled> = Error::Credentials(CredentialsError::provider_error(cause));
/// assert!(error.to_string().starts_with("no credentials: "));
/// assert!(error.to_string().ends_with(": the SSO session has expired; run `aws sso login`"));
/// assert!(std::error::Error::source(&error).is_none());
/// ```
impl<E: fmt::Debug> std::error::Error for Error<E> {}

/// Why no endpoint could be had: the service's rules gave an error for the parameters, or an
/// endpoint this client cannot use.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum EndpointError {
    /// The rule set's own error (e.g. `Invalid Configuration: FIPS and custom endpoint are
    /// not supported`).
    Rules(ResolveError),
    /// The endpoint URL cannot be used (not an absolute `http`/`https` URL, …).
    Url(EndpointUrlError),
    /// A header the endpoint asks for is not a valid header.
    Header {
        /// Its name.
        name: String,
    },
    /// The endpoint asks for auth schemes of which none is `sigv4`.
    AuthScheme {
        /// Their names, comma-separated.
        schemes: String,
    },
    /// An operation of another service than the client's: its requests would go to the
    /// client's service's endpoint, signed for it.
    OtherService {
        /// The operation.
        operation: &'static str,
        /// Its service's `serviceId`.
        operation_service: &'static str,
        /// The client's service's `serviceId`.
        client_service: &'static str,
    },
}

impl fmt::Display for EndpointError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Rules(e) => e.fmt(f),
            Self::Url(e) => e.fmt(f),
            Self::Header { name } => {
                write!(
                    f,
                    "the endpoint asks for header `{name}`, which is not a valid header"
                )
            }
            Self::AuthScheme { schemes } => write!(
                f,
                "the endpoint asks for auth schemes this client does not sign with: {schemes}"
            ),
            Self::OtherService {
                operation,
                operation_service,
                client_service,
            } => write!(
                f,
                "{operation} is an operation of {operation_service}, not of {client_service}: \
                 call it through a client of {operation_service}"
            ),
        }
    }
}

impl std::error::Error for EndpointError {}

/// Why a configuration or a service client could not be built.
#[derive(Debug)]
#[non_exhaustive]
pub enum BuildError {
    /// The service's rules give no usable endpoint for the configuration (e.g. a custom
    /// endpoint with FIPS).
    Endpoint(EndpointError),
    /// The service's embedded rule set does not load (generated code that does not match this
    /// crate).
    EndpointRules {
        /// The service's `serviceId`.
        service: &'static str,
        /// Why it does not load.
        error: LoadError,
    },
    /// No region: SigV4 signs for a region, so one is needed even with a custom endpoint.
    ///
    /// ```
    /// use aws_union_client::{BuildError, Config, Credentials};
    ///
    /// let error = Config::builder()
    ///     .endpoint_url("http://127.0.0.1:4566")
    ///     .credentials(Credentials::new("AKIDEXAMPLE", "secret", None, None, "example"))
    ///     .build()
    ///     .unwrap_err();
    /// assert!(matches!(error, BuildError::MissingRegion));
    /// assert!(error.to_string().contains("even with a custom endpoint"));
    /// ```
    MissingRegion,
    /// The region cannot be part of a host name (letters, digits and `-` only), as botocore
    /// checks it.
    InvalidRegion {
        /// The region given.
        region: String,
    },
    /// No credentials were given and none are in the environment.
    MissingCredentials,
    /// A user agent given to a client is not visible ASCII.
    UserAgent {
        /// The value given.
        value: &'static str,
    },
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
    /// The CA bundle (`AWS_CA_BUNDLE` or [`ConfigBuilder::ca_bundle`](super::ConfigBuilder::ca_bundle))
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
            Self::EndpointRules { service, error } => {
                write!(f, "the endpoint rules of {service} do not load: {error}")
            }
            Self::InvalidRegion { region } => write!(
                f,
                "region `{region}` is not a valid host label (letters, digits and `-`)"
            ),
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
                 credential sources are read only with the `aws-config` feature (of \
                 aws-union-client, or of the service crate on it: then \
                 `load_from_env().await`); without it, set AWS_ACCESS_KEY_ID and \
                 AWS_SECRET_ACCESS_KEY or give credentials to the builder"
            ),
            Self::InvalidEnvironment { variable, reason } => write!(f, "{variable}: {reason}"),
            Self::UserAgent { value } => write!(
                f,
                "user agent {value:?} is not visible ASCII, as a header value must be"
            ),
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
