//! [`Config`]: the configuration loaded once and shared by every service client built from it,
//! with its one connection pool and one identity cache.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::builder::ConfigBuilder;
use super::error::BuildError;
use super::identity_cache::IdentityCache;
use super::limits::TransportLimits;
use super::transport::Transport;
use crate::operation::{IdempotencyTokens, ServiceInfo};
use crate::redact::redact_url;
use crate::retry::RetryConfig;

/// The configuration of every service client built from it: region, credentials (behind one
/// [`IdentityCache`]), retries, timeouts and limits, endpoint overrides, FIPS and dual-stack,
/// and one [`Transport`] whose connection pool they all share. Cheap to clone: clones share
/// everything.
///
/// Load it once, from the environment as every AWS SDK reads it ([`Config::from_env`]), from
/// code ([`Config::builder`]), or with the `aws-config` feature from `aws-config`'s chain
/// (`Config::load_from_env`, `Config::from_sdk_config`).
///
/// `Debug` shows the settings, never the credentials.
///
/// ```
/// use aws_union_client::{Config, Credentials};
/// use std::time::Duration;
///
/// let config = Config::builder()
///     .region("eu-west-1")
///     .credentials(Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None, "example"))
///     .operation_timeout(Duration::from_secs(30))
///     .build()?;
/// assert_eq!(config.region(), "eu-west-1");
/// assert!(!format!("{config:?}").contains("wJalrXUtnFEMI"));
/// # Ok::<(), aws_union_client::BuildError>(())
/// ```
#[derive(Clone)]
pub struct Config {
    inner: Arc<ConfigInner>,
}

/// What a [`Config`] holds; filled by its builder.
pub(crate) struct ConfigInner {
    pub(crate) region: String,
    pub(crate) endpoints: EndpointUrls,
    pub(crate) use_fips: bool,
    pub(crate) use_dual_stack: bool,
    pub(crate) identity: IdentityCache,
    pub(crate) transport: Arc<dyn Transport>,
    pub(crate) retry_config: RetryConfig,
    pub(crate) retry_partition: Option<String>,
    pub(crate) limits: TransportLimits,
    pub(crate) attempt_timeout: Option<Duration>,
    pub(crate) operation_timeout: Option<Duration>,
    pub(crate) idempotency_tokens: Arc<dyn IdempotencyTokens>,
    pub(crate) inject_host_prefix: bool,
}

/// A type built from a [`Config`]: what [`ConfigBuilder::build`] gives. [`Config`] itself,
/// and a service's client type (one that holds an [`aws_union_client::Client`](super::Client)
/// of its service), so that `ServiceClient::builder().region(…).build()` works as with the
/// AWS SDKs.
///
/// ```
/// use aws_union_client::{BuildError, Config, ConfigBuilder, Credentials, FromConfig};
///
/// /// A service's client, as generated code would declare it.
/// struct QueueClient {
///     region: String,
/// }
///
/// impl FromConfig for QueueClient {
///     fn from_config(config: &Config) -> Result<Self, BuildError> {
///         Ok(Self { region: config.region().to_owned() })
///     }
/// }
///
/// let client: QueueClient = ConfigBuilder::new()
///     .region("ap-south-1")
///     .credentials(Credentials::new("AKIDEXAMPLE", "secret", None, None, "example"))
///     .build()?;
/// assert_eq!(client.region, "ap-south-1");
/// # Ok::<(), BuildError>(())
/// ```
pub trait FromConfig: Sized {
    /// Builds it from `config`.
    ///
    /// # Errors
    ///
    /// What building it needs and `config` does not give.
    fn from_config(config: &Config) -> Result<Self, BuildError>;
}

impl FromConfig for Config {
    fn from_config(config: &Config) -> Result<Self, BuildError> {
        Ok(config.clone())
    }
}

/// Where each service's endpoint URL comes from, besides the rules: set in code for all
/// services or for one, or configured outside the program (environment variables, a profile).
#[derive(Default)]
pub(crate) struct EndpointUrls {
    /// Set in code for every service.
    pub(crate) all: Option<String>,
    /// Set in code for one service, by its `serviceId`.
    pub(crate) by_service: BTreeMap<String, String>,
    /// Configured outside the program.
    pub(crate) configured: Option<Arc<dyn ConfiguredEndpoints>>,
}

/// Endpoint URLs configured outside the program: the environment, or `aws-config`'s profile
/// and environment.
pub(crate) trait ConfiguredEndpoints: Send + Sync {
    /// The URL configured for `service`, its own before the one for every service.
    fn endpoint_url(&self, service: &ServiceInfo) -> Option<String>;
}

impl EndpointUrls {
    /// `service`'s URL: set in code for it, set in code for all, configured for it, configured
    /// for all.
    fn for_service(&self, service: &ServiceInfo) -> Option<String> {
        self.by_service
            .get(service.service_id)
            .or(self.all.as_ref())
            .cloned()
            .or_else(|| self.configured.as_ref()?.endpoint_url(service))
            .filter(|url| !url.is_empty())
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        let by_service: BTreeMap<&str, String> = inner
            .endpoints
            .by_service
            .iter()
            .map(|(id, url)| (id.as_str(), redact_url(url).into_owned()))
            .collect();
        f.debug_struct("Config")
            .field("region", &inner.region)
            .field(
                "endpoint_url",
                &inner.endpoints.all.as_deref().map(redact_url),
            )
            .field("service_endpoint_urls", &by_service)
            .field("use_fips", &inner.use_fips)
            .field("use_dual_stack", &inner.use_dual_stack)
            .field("credentials", &"** redacted **")
            .field("credentials_load_timeout", &inner.identity.load_timeout())
            .field("retry_config", &inner.retry_config)
            .field("retry_partition", &inner.retry_partition)
            .field("limits", &inner.limits)
            .field("attempt_timeout", &inner.attempt_timeout)
            .field("operation_timeout", &inner.operation_timeout)
            .field("inject_host_prefix", &inner.inject_host_prefix)
            .field("idempotency_tokens", &inner.idempotency_tokens)
            .field("transport", &inner.transport)
            .finish()
    }
}

impl Config {
    pub(crate) fn from_inner(inner: ConfigInner) -> Self {
        Self {
            inner: Arc::new(inner),
        }
    }

    /// A builder with nothing set.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::new()
    }

    /// The configuration from the environment, as every AWS SDK reads it (see
    /// [`ConfigBuilder::from_env`]).
    ///
    /// # Errors
    ///
    /// See [`ConfigBuilder::build`].
    pub fn from_env() -> Result<Self, BuildError> {
        ConfigBuilder::from_env().build()
    }

    /// The configuration the AWS SDKs would load. With the `aws-config` feature:
    /// `aws-config`'s full default chain (profiles, SSO, …); without it,
    /// [`Config::from_env`] (environment variables only).
    ///
    /// # Errors
    ///
    /// See [`ConfigBuilder::build`].
    #[cfg(not(feature = "aws-config"))]
    pub async fn load_from_env() -> Result<Self, BuildError> {
        Self::from_env()
    }

    /// The region requests are made in and signed for.
    pub fn region(&self) -> &str {
        &self.inner.region
    }

    /// Whether FIPS endpoints are used.
    pub fn use_fips(&self) -> bool {
        self.inner.use_fips
    }

    /// Whether dual-stack (IPv4 and IPv6) endpoints are used.
    pub fn use_dual_stack(&self) -> bool {
        self.inner.use_dual_stack
    }

    /// The endpoint URL set for `service` (in code, then its `AWS_ENDPOINT_URL_<SERVICE_ID>`,
    /// then `AWS_ENDPOINT_URL`, or with `aws-config` a profile's), if any: it goes to the
    /// service's rules as `SDK::Endpoint`.
    pub fn endpoint_url_for(&self, service: &ServiceInfo) -> Option<String> {
        self.inner.endpoints.for_service(service)
    }

    /// The retry settings.
    pub fn retry_config(&self) -> &RetryConfig {
        &self.inner.retry_config
    }

    /// The transport limits (of the default transport).
    pub fn limits(&self) -> &TransportLimits {
        &self.inner.limits
    }

    /// How long one attempt may take, if limited.
    pub fn attempt_timeout(&self) -> Option<Duration> {
        self.inner.attempt_timeout
    }

    /// How long a whole call may take, if limited.
    pub fn operation_timeout(&self) -> Option<Duration> {
        self.inner.operation_timeout
    }

    /// The identity cache every client of this configuration takes credentials from.
    pub fn identity(&self) -> &IdentityCache {
        &self.inner.identity
    }

    /// The transport (and its connection pool) every client of this configuration sends
    /// with.
    pub fn transport(&self) -> &dyn Transport {
        &*self.inner.transport
    }

    /// Where idempotency tokens come from.
    pub fn idempotency_tokens(&self) -> &dyn IdempotencyTokens {
        &*self.inner.idempotency_tokens
    }

    /// Whether operations' host prefixes go before the endpoint's host.
    pub fn inject_host_prefix(&self) -> bool {
        self.inner.inject_host_prefix
    }

    /// The retry partition name set for every client, if any.
    pub(crate) fn retry_partition_name(&self) -> Option<&str> {
        self.inner.retry_partition.as_deref()
    }
}
