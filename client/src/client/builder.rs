//! Configuring: in code, from the environment the way every AWS SDK reads it, or both (what
//! is set in code wins). [`ConfigBuilder::build`] gives a [`Config`], or any type built from
//! one (a service's client).

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use aws_credential_types::Credentials;

use super::config::{Config, ConfigInner, EndpointUrls, FromConfig};
use super::error::BuildError;
use super::hyper_transport::HyperTransport;
use super::identity_cache::IdentityCache;
use super::limits::TransportLimits;
use super::transport::Transport;
use crate::endpoint::is_valid_host_label;
use crate::operation::{IdempotencyTokens, RandomTokens};
use crate::redact::redact_url;
use crate::retry::RetryConfig;

mod env;

/// Builds a [`Config`], or with `T` a type built from one ([`FromConfig`]: a service's
/// client).
///
/// ```
/// use aws_union_client::{Config, Credentials};
/// use aws_union_client::retry::RetryConfig;
/// use std::time::Duration;
///
/// let config = Config::builder()
///     .region("eu-west-1")
///     .credentials(Credentials::new("AKIDEXAMPLE", "secret", None, None, "example"))
///     .retry_config(RetryConfig::standard().with_max_attempts(5))
///     .attempt_timeout(Duration::from_secs(10))
///     .build()?;
/// assert_eq!(config.retry_config().max_attempts(), 5);
/// # Ok::<(), aws_union_client::BuildError>(())
/// ```
///
/// [`ConfigBuilder::from_env`] starts from the environment instead:
///
/// | variable | setting |
/// |---|---|
/// | `AWS_REGION`, else `AWS_DEFAULT_REGION` | [`region`](Self::region) |
/// | `AWS_ENDPOINT_URL_<SERVICE_ID>` (see [`ServiceInfo::endpoint_url_variable`](crate::operation::ServiceInfo::endpoint_url_variable)), else `AWS_ENDPOINT_URL` (unless `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`), read for each service client | [`service_endpoint_url`](Self::service_endpoint_url), [`endpoint_url`](Self::endpoint_url) |
/// | `AWS_USE_FIPS_ENDPOINT`, `AWS_USE_DUALSTACK_ENDPOINT` (`true`/`false`) | [`use_fips`](Self::use_fips), [`use_dual_stack`](Self::use_dual_stack) |
/// | `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN` | [`credentials`](Self::credentials) |
/// | `AWS_MAX_ATTEMPTS` (a positive number) | [`retry_config`](Self::retry_config) |
/// | `AWS_RETRY_MODE` (`standard`, `legacy` or `adaptive`: all run the standard mode) | — |
/// | `AWS_NEW_RETRIES_2026=true` | [`RetrySpec::V2_1`](crate::retry::RetrySpec::V2_1) |
/// | `AWS_CA_BUNDLE` (a PEM file) | [`ca_bundle`](Self::ca_bundle) |
///
/// Profiles (`AWS_PROFILE`, `~/.aws/config`), SSO, `credential_process`, web identity,
/// container and instance credentials come with the `aws-config` feature, through
/// `aws-config`'s own loader (`Config::from_sdk_config`); without it, a missing-credentials
/// error says when `AWS_PROFILE` is set.
pub struct ConfigBuilder<T = Config> {
    region: Option<String>,
    pub(super) endpoints: EndpointUrls,
    use_fips: bool,
    use_dual_stack: bool,
    credentials: Option<SharedCredentialsProvider>,
    credentials_load_timeout: Option<Duration>,
    retry_config: RetryConfig,
    retry_partition: Option<String>,
    limits: TransportLimits,
    attempt_timeout: Option<Duration>,
    operation_timeout: Option<Duration>,
    transport: Option<Arc<dyn Transport>>,
    ca_bundle: Option<std::path::PathBuf>,
    idempotency_tokens: Option<Arc<dyn IdempotencyTokens>>,
    inject_host_prefix: bool,
    env_error: Option<BuildError>,
    /// `AWS_PROFILE`, if set: named in the missing-credentials error.
    env_profile: Option<String>,
    builds: PhantomData<fn() -> T>,
}

impl<T> Default for ConfigBuilder<T> {
    fn default() -> Self {
        Self {
            region: None,
            endpoints: EndpointUrls::default(),
            use_fips: false,
            use_dual_stack: false,
            credentials: None,
            credentials_load_timeout: None,
            retry_config: RetryConfig::standard(),
            retry_partition: None,
            limits: TransportLimits::default(),
            attempt_timeout: None,
            operation_timeout: None,
            transport: None,
            ca_bundle: None,
            idempotency_tokens: None,
            inject_host_prefix: true,
            env_error: None,
            env_profile: None,
            builds: PhantomData,
        }
    }
}

impl<T> fmt::Debug for ConfigBuilder<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConfigBuilder")
            .field("region", &self.region)
            .field(
                "endpoint_url",
                &self.endpoints.all.as_deref().map(redact_url),
            )
            .field("service_endpoint_urls", &self.endpoints.by_service.len())
            .field("use_fips", &self.use_fips)
            .field("use_dual_stack", &self.use_dual_stack)
            .field(
                "credentials",
                &self.credentials.as_ref().map(|_| "** redacted **"),
            )
            .field("credentials_load_timeout", &self.credentials_load_timeout)
            .field("retry_config", &self.retry_config)
            .field("retry_partition", &self.retry_partition)
            .field("limits", &self.limits)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("operation_timeout", &self.operation_timeout)
            .field("transport", &self.transport)
            .field("ca_bundle", &self.ca_bundle)
            .field("inject_host_prefix", &self.inject_host_prefix)
            .finish()
    }
}

impl<T: FromConfig> ConfigBuilder<T> {
    /// An empty builder: region and credentials must be set.
    pub fn new() -> Self {
        Self::default()
    }

    /// The region to call and sign for, e.g. `us-east-1`.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// A custom endpoint URL for every service (e.g. a local emulator of several services);
    /// it wins over the environment's. It goes to each service's rules as `SDK::Endpoint`.
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.endpoints.all = Some(url.into());
        self
    }

    /// A custom endpoint URL for the service whose `serviceId` is `service_id` (e.g.
    /// `DynamoDB`, `Secrets Manager`); it wins over [`endpoint_url`](Self::endpoint_url) and
    /// the environment's.
    ///
    /// ```
    /// use aws_union_client::{Config, Credentials};
    /// use aws_union_client::operation::ServiceInfo;
    /// use aws_union_client::protocol::Protocol;
    ///
    /// let config = Config::builder()
    ///     .region("us-east-1")
    ///     .credentials(Credentials::new("AKIDEXAMPLE", "secret", None, None, "example"))
    ///     .endpoint_url("http://127.0.0.1:4566")
    ///     .service_endpoint_url("DynamoDB", "http://127.0.0.1:8000")
    ///     .build()?;
    /// let service = |service_id| ServiceInfo { service_id, signing_name: "x", protocol: Protocol::AwsJson1_0, endpoint_rules: &[] };
    /// assert_eq!(config.endpoint_url_for(&service("DynamoDB")).as_deref(), Some("http://127.0.0.1:8000"));
    /// assert_eq!(config.endpoint_url_for(&service("SQS")).as_deref(), Some("http://127.0.0.1:4566"));
    /// # Ok::<(), aws_union_client::BuildError>(())
    /// ```
    pub fn service_endpoint_url(
        mut self,
        service_id: impl Into<String>,
        url: impl Into<String>,
    ) -> Self {
        self.endpoints
            .by_service
            .insert(service_id.into(), url.into());
        self
    }

    /// Use the FIPS endpoint.
    pub fn use_fips(mut self, use_fips: bool) -> Self {
        self.use_fips = use_fips;
        self
    }

    /// Use the dual-stack endpoint.
    pub fn use_dual_stack(mut self, use_dual_stack: bool) -> Self {
        self.use_dual_stack = use_dual_stack;
        self
    }

    /// Static credentials.
    pub fn credentials(self, credentials: Credentials) -> Self {
        self.credentials_provider(credentials)
    }

    /// Any credentials provider, e.g. the default chain of `aws-config`
    /// (`aws_config::default_provider::credentials::DefaultCredentialsChain`). The client
    /// keeps its credentials in an [`IdentityCache`]: the provider is asked again only when
    /// they near expiry.
    pub fn credentials_provider(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.credentials = Some(SharedCredentialsProvider::new(provider));
        self
    }

    /// How long a load from the credentials provider may take
    /// ([`DEFAULT_LOAD_TIMEOUT`](super::DEFAULT_LOAD_TIMEOUT), 5 s, unless set). The calls
    /// waiting for a load that runs out fail with a timeout error
    /// ([`Error::is_timeout`](super::Error::is_timeout)), not retried.
    pub fn credentials_load_timeout(mut self, timeout: Duration) -> Self {
        self.credentials_load_timeout = Some(timeout);
        self
    }

    /// Retries: attempts, backoff and the rule revision ([`RetryConfig::standard`] unless
    /// set).
    pub fn retry_config(mut self, retry_config: RetryConfig) -> Self {
        self.retry_config = retry_config;
        self
    }

    /// The retry partition whose quota every client of this configuration shares (by default
    /// one per service, region and endpoint; see [`RetryPartition`](super::RetryPartition)).
    pub fn retry_partition(mut self, name: impl Into<String>) -> Self {
        self.retry_partition = Some(name.into());
        self
    }

    /// How long to wait for a connection, TCP connect and TLS handshake together
    /// ([`DEFAULT_CONNECT_TIMEOUT`](super::DEFAULT_CONNECT_TIMEOUT), 3.1 s, unless set).
    /// Applies to the default transport; a timed-out connection is retried.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.limits = self.limits.with_connect_timeout(timeout);
        self
    }

    /// How long to wait with nothing moving: for the connection to take the request body, for
    /// the response's headers, then for each piece of its body
    /// ([`DEFAULT_READ_TIMEOUT`](super::DEFAULT_READ_TIMEOUT), 60 s, unless set). Applies to
    /// the default transport; a stalled attempt is retried.
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.limits = self.limits.with_read_timeout(timeout);
        self
    }

    /// The largest response body read, in bytes
    /// ([`DEFAULT_MAX_RESPONSE_SIZE`](super::DEFAULT_MAX_RESPONSE_SIZE), 10 MiB, unless set).
    /// A larger response is a [`TransportErrorKind::ResponseTooLarge`](super::TransportErrorKind)
    /// error, not retried. Applies to the default transport.
    pub fn max_response_size(mut self, bytes: usize) -> Self {
        self.limits = self.limits.with_max_response_size(bytes);
        self
    }

    /// How slow a request or response body may be before the attempt ends
    /// ([`StalledStreamProtection::enabled`](super::StalledStreamProtection::enabled): at least
    /// 1 byte/s over 20 s, unless set; [`StalledStreamProtection::disabled`](super::StalledStreamProtection::disabled)
    /// turns it off). Applies to the default transport; a stalled attempt is retried.
    pub fn stalled_stream_protection(mut self, protection: super::StalledStreamProtection) -> Self {
        self.limits = self.limits.with_stalled_stream_protection(protection);
        self
    }

    /// How long an idle connection stays in the pool before it is closed
    /// ([`DEFAULT_POOL_IDLE_TIMEOUT`](super::DEFAULT_POOL_IDLE_TIMEOUT), 90 s, unless set;
    /// `None`: until the server closes it). Applies to the default transport.
    pub fn pool_idle_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.limits = self.limits.with_pool_idle_timeout(timeout);
        self
    }

    /// How long one attempt may take, from sending to the last byte of the response (no
    /// limit unless set, as in the AWS SDKs). A timed-out attempt is retried.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// How long a whole call may take, every attempt and backoff included (no limit unless
    /// set). When it runs out the call ends with a timeout error.
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.operation_timeout = Some(timeout);
        self
    }

    /// Trust only the certificates in the PEM file at `path` for HTTPS (e.g. a company
    /// proxy's root), instead of the platform's, as `AWS_CA_BUNDLE` does for the AWS CLI.
    /// Applies to the default transport.
    pub fn ca_bundle(mut self, path: impl Into<std::path::PathBuf>) -> Self {
        self.ca_bundle = Some(path.into());
        self
    }

    /// Sends requests with `transport` instead of the default hyper + rustls one.
    pub fn transport(mut self, transport: impl Transport) -> Self {
        self.transport = Some(Arc::new(transport));
        self
    }

    /// Where idempotency tokens come from for members the caller leaves unset
    /// ([`RandomTokens`] unless set): replace it to make requests deterministic in tests.
    pub fn idempotency_tokens(mut self, tokens: impl IdempotencyTokens + 'static) -> Self {
        self.idempotency_tokens = Some(Arc::new(tokens));
        self
    }

    /// Leaves operations' host prefixes (`data-`, `{graphIdentifier}.`) out of the host, as
    /// the AWS SDKs' `disable_host_prefix_injection`: for a custom endpoint that has no such
    /// hosts.
    pub fn disable_host_prefix_injection(mut self, disable: bool) -> Self {
        self.inject_host_prefix = !disable;
        self
    }

    /// Builds the configuration, then `T` from it.
    ///
    /// # Errors
    ///
    /// An invalid environment variable, no region (needed even with a custom endpoint:
    /// requests are signed for a region), a region that cannot be part of a host name, no
    /// credentials, a CA bundle that cannot be used; then what `T` needs (a service client:
    /// an endpoint configuration error).
    pub fn build(self) -> Result<T, BuildError> {
        T::from_config(&self.build_config()?)
    }

    fn build_config(self) -> Result<Config, BuildError> {
        if let Some(error) = self.env_error {
            return Err(error);
        }
        // Checked first: a custom endpoint alone would do for the rules, but the requests are
        // signed for a region all the same.
        let region = self
            .region
            .filter(|r| !r.is_empty())
            .ok_or(BuildError::MissingRegion)?;
        // The region goes into host names: a DNS label, as botocore checks it.
        if !is_valid_host_label(&region, false) {
            return Err(BuildError::InvalidRegion { region });
        }
        let credentials = match self.credentials {
            Some(credentials) => credentials,
            None => {
                return Err(match self.env_profile {
                    Some(profile) => BuildError::ProfileNeedsAwsConfig { profile },
                    None => BuildError::MissingCredentials,
                })
            }
        };
        let transport: Arc<dyn Transport> = match (self.transport, self.ca_bundle) {
            (Some(transport), _) => transport,
            (None, Some(path)) => {
                let bundle_error = |reason: String| BuildError::CaBundle {
                    path: path.clone(),
                    reason,
                };
                let pem = std::fs::read(&path).map_err(|e| bundle_error(e.to_string()))?;
                Arc::new(HyperTransport::with_ca_bundle(self.limits, &pem).map_err(bundle_error)?)
            }
            (None, None) => {
                Arc::new(HyperTransport::with_limits(self.limits).map_err(BuildError::Tls)?)
            }
        };
        let mut identity = IdentityCache::from_shared(credentials);
        if let Some(timeout) = self.credentials_load_timeout {
            identity = identity.with_load_timeout(timeout);
        }
        Ok(Config::from_inner(ConfigInner {
            region,
            endpoints: self.endpoints,
            use_fips: self.use_fips,
            use_dual_stack: self.use_dual_stack,
            identity,
            transport,
            retry_config: self.retry_config,
            retry_partition: self.retry_partition,
            limits: self.limits,
            attempt_timeout: self.attempt_timeout,
            operation_timeout: self.operation_timeout,
            idempotency_tokens: self
                .idempotency_tokens
                .unwrap_or_else(|| Arc::new(RandomTokens)),
            inject_host_prefix: self.inject_host_prefix,
        }))
    }
}

#[cfg(test)]
mod tests;
