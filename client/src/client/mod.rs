//! The call of any operation over HTTPS: validated, signed (SigV4), retried (the AWS standard
//! retry mode), time-limited, on tokio. Feature `client` (on by default).
//!
//! One [`Config`] is loaded once (region, credentials, retries, timeouts and limits, endpoint
//! overrides) and shared by every service [`Client`] built from it: they share its connection
//! pool (one [`Transport`]) and its [`IdentityCache`]. Each service client resolves its
//! endpoint through the service's rule set ([`crate::endpoint`]) once, signs with the
//! service's signing name, and calls any [`Operation`](crate::operation::Operation) of the
//! service with [`Client::call`].
//!
//! Each call:
//!
//! 1. builds the request ([`Operation::build_request`](crate::operation::Operation::build_request));
//!    an invalid input fails here and nothing is sent;
//! 2. per attempt: takes credentials from the identity cache (the provider is asked again
//!    only when they near expiry), signs the request afresh (new `x-amz-date`, corrected by
//!    the clock skew measured from the server's `Date` header; new
//!    `amz-sdk-request: attempt=N; max=M`), sends it, and reads the response;
//! 3. retries what the standard retry mode retries ([`crate::retry`]), with exponential
//!    backoff and full jitter or the server's `x-amz-retry-after`, while the retry quota of
//!    the client's retry partition lasts.
//!
//! Nothing waits forever, by default. How long the default client (3 attempts) takes to give
//! up on each kind of misbehaving server is measured in the workspace's
//! `tests/client_timeouts.rs`.
//!
//! | limit | default | setting |
//! |---|---|---|
//! | connect: TCP connect and TLS handshake together | 3.1 s ([`DEFAULT_CONNECT_TIMEOUT`]) | [`ConfigBuilder::connect_timeout`] |
//! | read: nothing moving (the request body taken, the headers, each piece of the response body) for | 60 s ([`DEFAULT_READ_TIMEOUT`]) | [`ConfigBuilder::read_timeout`] |
//! | stalled stream: a body moving less than 1 byte/s over | 20 s ([`StalledStreamProtection`]) | [`ConfigBuilder::stalled_stream_protection`] |
//! | response size | 10 MiB ([`DEFAULT_MAX_RESPONSE_SIZE`]) | [`ConfigBuilder::max_response_size`] |
//! | a credentials load | 5 s ([`DEFAULT_LOAD_TIMEOUT`]) | [`ConfigBuilder::credentials_load_timeout`] |
//! | an idle pooled connection | closed after 90 s ([`DEFAULT_POOL_IDLE_TIMEOUT`]) | [`ConfigBuilder::pool_idle_timeout`] |
//! | one attempt, from sending to the last byte | none | [`ConfigBuilder::attempt_timeout`] |
//! | the whole call, retries and backoff included | none | [`ConfigBuilder::operation_timeout`] |
//!
//! A server that drips its body (one byte every 5 s, never long enough apart for the read
//! timeout) fails the attempt 20 s after its headers; with the retries, the call ends after
//! about a minute.
//!
//! There is no default operation timeout, as in aws-sdk-rust and botocore. Every way a server
//! can hang a call is already bounded (silence by the read timeout, a drip by the
//! stalled-stream protection, retries by their count and backoff, credentials by the load
//! timeout), while the right bound on a whole call depends on the operation: a few seconds
//! for most, hours for a large download on the same runtime. What is left unbounded is a
//! server that keeps sending at or above the minimum throughput: at 1 byte/s it takes up to
//! the size cap (10 MiB, about four months) to end. Set an operation timeout where a call
//! must end by a deadline.
//!
//! The client needs a tokio runtime with the time driver (`#[tokio::main]` has it).

mod builder;
mod call;
mod config;
mod connector;
mod error;
mod error_chain;
mod hyper_transport;
mod identity_cache;
mod limits;
mod pages;
mod quota;
#[cfg(feature = "aws-config")]
mod sdk_config;
mod service_endpoint;
mod skew;
mod stalled_stream;
mod transfer_watch;
mod transport;
mod upload_body;

use std::fmt;
use std::sync::Arc;

/// `aws-config`, the AWS SDKs' configuration loader (feature `aws-config`).
#[cfg(feature = "aws-config")]
pub use aws_config;
pub use aws_credential_types::provider;
pub use aws_credential_types::provider::error::CredentialsError;
pub use aws_credential_types::Credentials;
pub use builder::ConfigBuilder;
pub use config::{Config, FromConfig};
pub use error::{BuildError, CallResult, EndpointError, Error};
pub use hyper_transport::HyperTransport;
pub use identity_cache::{IdentityCache, DEFAULT_LOAD_TIMEOUT, DEFAULT_REFRESH_BUFFER};
pub use limits::{
    TransportLimits, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_POOL_IDLE_TIMEOUT,
    DEFAULT_READ_TIMEOUT,
};
pub use pages::{Items, Pages};
pub use quota::RetryPartition;
#[cfg(feature = "aws-config")]
pub use sdk_config::{load_sdk_config, sdk_config_loader};
pub use stalled_stream::{
    StalledStreamProtection, DEFAULT_MINIMUM_THROUGHPUT, DEFAULT_STALL_GRACE_PERIOD,
};
pub use transport::{Transport, TransportError, TransportErrorKind, TransportFuture};

use crate::endpoint::Resolver;
use crate::operation::{EndpointUrl, ServiceInfo};
use crate::sigv4::Signer;
use service_endpoint::Target;
use skew::ClockSkew;

/// A client of one service, built from a shared [`Config`]: it calls any operation of the
/// service ([`Client::call`]). Cheap to clone: clones share everything. Clients built from one
/// `Config` share its connection pool and identity cache; every client of one
/// [`RetryPartition`] shares its retry quota.
///
/// Building it resolves the service's endpoint for the configuration (region, FIPS,
/// dual-stack, endpoint URL) through the service's rule set, once: calls do not resolve it
/// again.
///
/// `Debug` shows the configuration, never the credentials.
///
/// ```
/// use aws_union_client::operation::ServiceInfo;
/// use aws_union_client::protocol::Protocol;
/// use aws_union_client::{Client, Config, Credentials};
///
/// // What generated code holds for a service: here a rule set that sends every region to
/// // `https://queue.{Region}.example.com`, in the compact form (written by
/// // `aws-union-codegen`'s `endpoint_rules::rule_set_literal`).
/// static QUEUE: ServiceInfo = ServiceInfo {
///     service_id: "Example Queue",
///     signing_name: "queue",
///     protocol: Protocol::AwsJson1_0,
///     endpoint_rules: b"AUER\x01\r\nparameters\x06Region\x07builtIn\x0bAWS::Region\x04type\x06string\x05rules\nconditions\x08endpoint\x03url\"https://queue.{Region}.example.com\x07version\x031.0\x0c\x04\x03\x04\x05\x06\x02\x02\x00\x04\x01\x06\x01\x01\x02\x05\x00\x04\n\x06\x01\t\x05\x04\x08\x06\x03\x07\x04\x08\x06\x04\x07\x05\x01\x08\x04\x0c\x06\x03\x00\x03\x06\t\x0b\n",
/// };
///
/// let config = Config::builder()
///     .region("eu-west-1")
///     .credentials(Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None, "example"))
///     .build()?;
/// let client = Client::new(&config, &QUEUE)?;
/// assert_eq!(client.endpoint().as_str(), "https://queue.eu-west-1.example.com");
/// assert_eq!(client.endpoint_resolutions(), 1);
/// assert!(!format!("{client:?}").contains("wJalrXUtnFEMI"));
/// // Then `client.call::<SendMessage>(&input).await?` for any operation `SendMessage` of it.
/// # Ok::<(), aws_union_client::BuildError>(())
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    config: Config,
    service: &'static ServiceInfo,
    /// The service's rule set, with the endpoints it resolved for each parameter set.
    resolver: Resolver,
    /// Where requests go, and what they are signed for, with the configuration's parameters.
    target: Arc<Target>,
    retry_partition: RetryPartition,
    clock_skew: ClockSkew,
    /// Keeps the day's signing key for this service.
    signer: Signer,
    /// The `user-agent` of every request.
    user_agent: http::HeaderValue,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        f.debug_struct("Client")
            .field("service", &inner.service.service_id)
            .field("endpoint", &inner.target.url())
            .field("signing_name", &inner.target.signing_name())
            .field("signing_region", &inner.target.signing_region())
            .field("retry_partition", &inner.retry_partition)
            .field("config", &inner.config)
            .finish()
    }
}

impl Client {
    /// A client of `service` with `config`'s settings, connection pool and identity cache.
    ///
    /// # Errors
    ///
    /// The service's rule set does not load, or gives an error or an unusable endpoint for the
    /// configuration (e.g. FIPS with a custom endpoint URL, or a region the service is not
    /// in).
    pub fn new(config: &Config, service: &'static ServiceInfo) -> Result<Self, BuildError> {
        Self::with_user_agent(config, service, call::USER_AGENT_VALUE)
    }

    /// [`Client::new`] with the `user-agent` its requests carry (`aws-union-client/{version}`
    /// unless given): a service crate may name itself.
    ///
    /// # Errors
    ///
    /// As [`Client::new`]; also a user agent that is not visible ASCII.
    pub fn with_user_agent(
        config: &Config,
        service: &'static ServiceInfo,
        user_agent: &'static str,
    ) -> Result<Self, BuildError> {
        let user_agent = http::HeaderValue::from_str(user_agent)
            .ok()
            .filter(|value| value.to_str().is_ok())
            .ok_or(BuildError::UserAgent { value: user_agent })?;
        let (resolver, target) = service_endpoint::resolve_for(config, service)?;
        let retry_partition = match config.retry_partition_name() {
            Some(name) => RetryPartition::new(name),
            None => RetryPartition::default_for(
                target.signing_name(),
                config.region(),
                target.url().as_str(),
            ),
        };
        Ok(Self {
            inner: Arc::new(Inner {
                config: config.clone(),
                service,
                resolver,
                target: Arc::new(target),
                retry_partition,
                clock_skew: ClockSkew::default(),
                signer: Signer::new(),
                user_agent,
            }),
        })
    }

    /// The configuration the client was built from.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The service the client calls.
    pub fn service(&self) -> &'static ServiceInfo {
        self.inner.service
    }

    /// Where requests go, as the service's rules resolved it for the configuration.
    pub fn endpoint(&self) -> &EndpointUrl {
        self.inner.target.url()
    }

    /// The region requests are signed for (the endpoint's `signingRegion`, else the
    /// configuration's region).
    pub fn signing_region(&self) -> &str {
        self.inner.target.signing_region()
    }

    /// The retry partition whose quota this client's retries draw on.
    pub fn retry_partition(&self) -> &RetryPartition {
        &self.inner.retry_partition
    }

    /// How many times the service's rules were evaluated for this client: once when it was
    /// built, then once per distinct parameter set an operation added
    /// ([`Operation::endpoint_params`](crate::operation::Operation::endpoint_params)); every
    /// other call is answered from the cache.
    pub fn endpoint_resolutions(&self) -> u64 {
        self.inner.resolver.resolutions()
    }
}

#[cfg(test)]
mod tests;
