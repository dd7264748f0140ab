//! The `UpdateProtectedQuery` call over HTTPS: validated, signed (SigV4), retried (the AWS
//! standard retry mode), time-limited, on tokio. Feature `client` (on by default).
//!
//! [`Client`] is `aws-union-client`'s [`Client`](aws_union_client::Client) of Clean Rooms
//! ([`SERVICE`]), with one method per operation; everything else (the configuration and its
//! builder, the identity cache, the transport and its limits, retries, errors) is
//! `aws-union-client`'s, re-exported here. A [`Config`] loaded once serves the clients of Clean
//! Rooms and of every other service built on `aws-union-client`, with one connection pool.
//! The production limits (timeouts, sizes, stalled streams) are in
//! [`aws_union_client::client`]'s documentation.
//!
//! ```no_run
//! use cleanrooms_runtime::client::Client;
//! use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! // AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, … as every AWS SDK reads them.
//! let client = Client::from_env()?;
//! let input = UpdateProtectedQueryInput::default()
//!     .membership_identifier("f1e2d3c4-5678-90ab-cdef-000000000000")
//!     .protected_query_identifier("a1b2c3d4-5678-90ab-cdef-000000000000")
//!     .target_status(TargetProtectedQueryStatus::Cancelled);
//! let output = client.update_protected_query(&input).await?;
//! println!("{:?}", output.protected_query.status); // Cancelling
//! # Ok(())
//! # }
//! ```
//!
//! The client needs a tokio runtime with the time driver (`#[tokio::main]` has it).

use std::fmt;

pub use aws_union_client::client::{
    provider, BuildError, Config, Credentials, CredentialsError, EndpointError, FromConfig,
    HyperTransport, IdentityCache, RetryPartition, StalledStreamProtection, Transport,
    TransportError, TransportErrorKind, TransportFuture, TransportLimits, DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_LOAD_TIMEOUT, DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_MINIMUM_THROUGHPUT,
    DEFAULT_POOL_IDLE_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_REFRESH_BUFFER,
    DEFAULT_STALL_GRACE_PERIOD,
};
use aws_union_client::operation::EndpointUrl;
#[cfg(feature = "aws-config")]
pub use aws_union_client::{aws_config, load_sdk_config, sdk_config_loader};

use crate::model::{UpdateProtectedQueryInput, UpdateProtectedQueryOutput};
use crate::protocol::{
    as_clean_rooms_shows_it, validate, UpdateProtectedQuery, UpdateProtectedQueryError, SERVICE,
};

/// What the client calls itself in its requests' `user-agent`.
const USER_AGENT: &str = concat!("cleanrooms-runtime/", env!("CARGO_PKG_VERSION"));

/// Why an `UpdateProtectedQuery` call failed: `aws-union-client`'s error, typed by the
/// operation's [`UpdateProtectedQueryError`].
pub type Error = aws_union_client::Error<UpdateProtectedQueryError>;

/// Builds a [`Client`]: `aws-union-client`'s configuration builder, whose `build` gives a
/// Clean Rooms client.
///
/// ```
/// use cleanrooms_runtime::client::{Client, Credentials};
/// use cleanrooms_runtime::protocol::retry::RetryConfig;
/// use std::time::Duration;
///
/// let client = Client::builder()
///     .region("eu-west-1")
///     .credentials(Credentials::new("AKIDEXAMPLE", "secret", None, None, "example"))
///     .retry_config(RetryConfig::standard().with_max_attempts(5))
///     .attempt_timeout(Duration::from_secs(10))
///     .build()?;
/// assert_eq!(client.endpoint().as_str(), "https://cleanrooms.eu-west-1.amazonaws.com");
/// # Ok::<(), cleanrooms_runtime::client::BuildError>(())
/// ```
pub type ClientBuilder = aws_union_client::ConfigBuilder<Client>;

/// A Clean Rooms client. Cheap to clone: clones share the connection pool, the identity cache
/// and the clock skew; every client of one [`RetryPartition`] shares its retry quota, and
/// every client built from one [`Config`] (of this service or another) its connection pool and
/// identity cache.
///
/// `Debug` shows the configuration, never the credentials.
///
/// ```
/// use cleanrooms_runtime::client::{Client, Config, Credentials};
///
/// let config = Config::builder()
///     .region("us-east-1")
///     .credentials(Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None, "example"))
///     .build()?;
/// let client = Client::new(&config)?;
/// assert!(!format!("{client:?}").contains("wJalrXUtnFEMI"));
/// assert_eq!(client.retry_partition().name(), "cleanrooms-us-east-1@https://cleanrooms.us-east-1.amazonaws.com");
/// # Ok::<(), cleanrooms_runtime::client::BuildError>(())
/// ```
#[derive(Clone)]
pub struct Client {
    inner: aws_union_client::Client,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.fmt(f)
    }
}

impl FromConfig for Client {
    fn from_config(config: &Config) -> Result<Self, BuildError> {
        Self::new(config)
    }
}

impl Client {
    /// A Clean Rooms client with `config`'s settings, connection pool and identity cache.
    ///
    /// # Errors
    ///
    /// Clean Rooms's endpoint rules give an error for the configuration (e.g. FIPS or
    /// dual-stack with a custom endpoint URL) or an endpoint URL that cannot be used.
    pub fn new(config: &Config) -> Result<Self, BuildError> {
        Ok(Self {
            inner: aws_union_client::Client::with_user_agent(config, &SERVICE, USER_AGENT)?,
        })
    }

    /// A builder with nothing set.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// A client configured from the environment, as every AWS SDK reads it (see
    /// [`ClientBuilder::from_env`](aws_union_client::ConfigBuilder::from_env)).
    ///
    /// # Errors
    ///
    /// See [`ClientBuilder::build`](aws_union_client::ConfigBuilder::build).
    pub fn from_env() -> Result<Self, BuildError> {
        ClientBuilder::from_env().build()
    }

    /// A client configured from the environment the way the AWS SDKs read it. With the
    /// `aws-config` feature: `aws-config`'s full default chain (profiles, SSO, …); without
    /// it, [`Client::from_env`] (environment variables only).
    ///
    /// # Errors
    ///
    /// See [`ClientBuilder::build`](aws_union_client::ConfigBuilder::build).
    pub async fn load_from_env() -> Result<Self, BuildError> {
        Self::new(&Config::load_from_env().await?)
    }

    /// A client from an `aws-config` `SdkConfig`, as an aws-sdk-rust client would be
    /// configured (see `Config::from_sdk_config`). Feature `aws-config`.
    ///
    /// # Errors
    ///
    /// No region or no credentials provider, or an endpoint configuration error.
    #[cfg(feature = "aws-config")]
    pub fn from_sdk_config(config: &aws_config::SdkConfig) -> Result<Self, BuildError> {
        Self::new(&Config::from_sdk_config(config)?)
    }

    /// Where requests go.
    pub fn endpoint(&self) -> &EndpointUrl {
        self.inner.endpoint()
    }

    /// The region requests are signed for.
    pub fn region(&self) -> &str {
        self.inner.signing_region()
    }

    /// The retry partition whose quota this client's retries draw on.
    pub fn retry_partition(&self) -> &RetryPartition {
        self.inner.retry_partition()
    }

    /// `aws-union-client`'s client of Clean Rooms underneath, to call any
    /// [`Operation`](aws_union_client::operation::Operation) of the service. Called through it,
    /// [`UpdateProtectedQuery`] makes only the generated checks; run
    /// [`validate()`](crate::protocol::validate()) first for Clean Rooms's own.
    pub fn service_client(&self) -> &aws_union_client::Client {
        &self.inner
    }

    /// Cancels a protected query: the generated `UpdateProtectedQuery`, after Clean Rooms's own
    /// checks of the input ([`validate()`](crate::protocol::validate())).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] before sending; otherwise the last attempt's error: a
    /// [`ServiceError`](crate::protocol::ServiceError) with the typed error, a transport
    /// failure or timeout, credentials or signing failures, or a 2xx body that does not
    /// decode. With an operation timeout, a [`TransportErrorKind::Timeout`] when it runs out.
    pub async fn update_protected_query(
        &self,
        input: &UpdateProtectedQueryInput,
    ) -> Result<UpdateProtectedQueryOutput, Error> {
        validate(input).map_err(Error::InvalidInput)?;
        let result = self.inner.call::<UpdateProtectedQuery>(input).await;
        result.map_err(|error| match error {
            Error::Decode(decode) => Error::Decode(as_clean_rooms_shows_it(decode)),
            other => other,
        })
    }
}
