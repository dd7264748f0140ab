//! Configuring a [`Client`]: in code, from the environment the way every AWS SDK reads it, or
//! both (what is set in code wins).

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use aws_credential_types::Credentials;

use super::error::BuildError;
use super::hyper_transport::{HyperTransport, TransportLimits};
use super::identity::IdentityCache;
use super::quota::RetryPartition;
use super::transport::Transport;
use super::{Client, Inner};
use crate::endpoint::{resolve_endpoint, EndpointParams};
use crate::protocol::retry::{RetryConfig, RetrySpec};

/// Builds a [`Client`].
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
/// assert_eq!(client.endpoint().url(), "https://cleanrooms.eu-west-1.amazonaws.com");
/// # Ok::<(), cleanrooms_runtime::client::BuildError>(())
/// ```
///
/// [`ClientBuilder::from_env`] starts from the environment instead:
///
/// | variable | setting |
/// |---|---|
/// | `AWS_REGION`, else `AWS_DEFAULT_REGION` | [`region`](Self::region) |
/// | `AWS_ENDPOINT_URL_CLEANROOMS`, else `AWS_ENDPOINT_URL` (unless `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`) | [`endpoint_url`](Self::endpoint_url) |
/// | `AWS_USE_FIPS_ENDPOINT`, `AWS_USE_DUALSTACK_ENDPOINT` (`true`/`false`) | [`use_fips`](Self::use_fips), [`use_dual_stack`](Self::use_dual_stack) |
/// | `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN` | [`credentials`](Self::credentials) |
/// | `AWS_MAX_ATTEMPTS` (a positive number) | [`retry_config`](Self::retry_config) |
/// | `AWS_RETRY_MODE` (`standard`, `legacy` or `adaptive`: all run the standard mode) | — |
/// | `AWS_NEW_RETRIES_2026=true` | [`RetrySpec::V2_1`] |
/// | `AWS_CA_BUNDLE` (a PEM file) | [`ca_bundle`](Self::ca_bundle) |
///
/// Profiles (`AWS_PROFILE`, `~/.aws/config`), SSO, `credential_process`, web identity,
/// container and instance credentials come with the `aws-config` feature, through
/// `aws-config`'s own loader (`Client::new(&SdkConfig)`); without it, a missing-credentials
/// error says when `AWS_PROFILE` is set.
#[derive(Default)]
pub struct ClientBuilder {
    region: Option<String>,
    endpoint_url: Option<String>,
    use_fips: bool,
    use_dual_stack: bool,
    credentials: Option<SharedCredentialsProvider>,
    retry_config: RetryConfig,
    retry_partition: Option<String>,
    limits: TransportLimits,
    attempt_timeout: Option<Duration>,
    operation_timeout: Option<Duration>,
    transport: Option<Arc<dyn Transport>>,
    ca_bundle: Option<std::path::PathBuf>,
    env_error: Option<BuildError>,
    /// `AWS_PROFILE`, if set: named in the missing-credentials error.
    env_profile: Option<String>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("region", &self.region)
            .field("endpoint_url", &self.endpoint_url)
            .field("use_fips", &self.use_fips)
            .field("use_dual_stack", &self.use_dual_stack)
            .field(
                "credentials",
                &self.credentials.as_ref().map(|_| "** redacted **"),
            )
            .field("retry_config", &self.retry_config)
            .field("retry_partition", &self.retry_partition)
            .field("limits", &self.limits)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("operation_timeout", &self.operation_timeout)
            .field("transport", &self.transport)
            .field("ca_bundle", &self.ca_bundle)
            .finish()
    }
}

impl ClientBuilder {
    /// An empty builder: region and credentials must be set.
    pub fn new() -> Self {
        Self::default()
    }

    /// A builder seeded from the process environment (see the table above).
    pub fn from_env() -> Self {
        Self::from_env_with(|name| std::env::var(name).ok())
    }

    /// A builder seeded from `lookup`, which plays the environment (for tests and for
    /// configuration kept elsewhere).
    ///
    /// ```
    /// use cleanrooms_runtime::client::ClientBuilder;
    ///
    /// let env = |name: &str| match name {
    ///     "AWS_REGION" => Some("us-west-2".to_owned()),
    ///     "AWS_ENDPOINT_URL" => Some("http://127.0.0.1:4566".to_owned()),
    ///     "AWS_ACCESS_KEY_ID" => Some("AKIDEXAMPLE".to_owned()),
    ///     "AWS_SECRET_ACCESS_KEY" => Some("secret".to_owned()),
    ///     _ => None,
    /// };
    /// let client = ClientBuilder::from_env_with(env).build()?;
    /// assert_eq!(client.endpoint().url(), "http://127.0.0.1:4566");
    /// assert_eq!(client.region(), "us-west-2");
    /// # Ok::<(), cleanrooms_runtime::client::BuildError>(())
    /// ```
    pub fn from_env_with(lookup: impl Fn(&str) -> Option<String>) -> Self {
        let get = |name: &str| lookup(name).filter(|value| !value.trim().is_empty());
        let mut builder = Self::new();
        builder.region = get("AWS_REGION").or_else(|| get("AWS_DEFAULT_REGION"));

        let mut env_error = None;
        let mut flag = |variable: &'static str| match get(variable) {
            None => false,
            Some(value) => match value.trim().to_ascii_lowercase().as_str() {
                "true" => true,
                "false" => false,
                _ => {
                    env_error.get_or_insert(BuildError::InvalidEnvironment {
                        variable,
                        reason: format!("expected `true` or `false`, not `{value}`"),
                    });
                    false
                }
            },
        };
        let ignore_endpoints = flag("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS");
        builder.use_fips = flag("AWS_USE_FIPS_ENDPOINT");
        builder.use_dual_stack = flag("AWS_USE_DUALSTACK_ENDPOINT");
        if !ignore_endpoints {
            builder.endpoint_url =
                get("AWS_ENDPOINT_URL_CLEANROOMS").or_else(|| get("AWS_ENDPOINT_URL"));
        }

        match (get("AWS_ACCESS_KEY_ID"), get("AWS_SECRET_ACCESS_KEY")) {
            (Some(key_id), Some(secret)) => {
                let token = get("AWS_SESSION_TOKEN");
                builder.credentials = Some(SharedCredentialsProvider::new(Credentials::new(
                    key_id,
                    secret,
                    token,
                    None,
                    "Environment",
                )));
            }
            (Some(_), None) => {
                env_error.get_or_insert(BuildError::InvalidEnvironment {
                    variable: "AWS_SECRET_ACCESS_KEY",
                    reason: "is not set, but AWS_ACCESS_KEY_ID is".to_owned(),
                });
            }
            (None, Some(_)) => {
                env_error.get_or_insert(BuildError::InvalidEnvironment {
                    variable: "AWS_ACCESS_KEY_ID",
                    reason: "is not set, but AWS_SECRET_ACCESS_KEY is".to_owned(),
                });
            }
            (None, None) => {}
        }
        if let Some(value) = get("AWS_MAX_ATTEMPTS") {
            match value.trim().parse::<u32>() {
                Ok(n) if n > 0 => builder.retry_config = builder.retry_config.with_max_attempts(n),
                _ => {
                    env_error.get_or_insert(BuildError::InvalidEnvironment {
                        variable: "AWS_MAX_ATTEMPTS",
                        reason: format!("expected a positive whole number, not `{value}`"),
                    });
                }
            }
        }
        if let Some(value) = get("AWS_RETRY_MODE") {
            let mode = value.trim().to_ascii_lowercase();
            if !["standard", "legacy", "adaptive"].contains(&mode.as_str()) {
                env_error.get_or_insert(BuildError::InvalidEnvironment {
                    variable: "AWS_RETRY_MODE",
                    reason: format!("expected `standard`, `legacy` or `adaptive`, not `{value}`"),
                });
            }
        }
        if get("AWS_NEW_RETRIES_2026").is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) {
            builder.retry_config = builder.retry_config.with_spec(RetrySpec::V2_1);
        }
        builder.env_profile = get("AWS_PROFILE");
        builder.ca_bundle = get("AWS_CA_BUNDLE").map(std::path::PathBuf::from);
        builder.env_error = env_error;
        builder
    }

    /// The region to call and sign for, e.g. `us-east-1`.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// A custom endpoint URL (e.g. a local endpoint, or a VPC endpoint).
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.endpoint_url = Some(url.into());
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

    /// Retries: attempts and backoff ([`RetryConfig::standard`] unless set).
    pub fn retry_config(mut self, retry_config: RetryConfig) -> Self {
        self.retry_config = retry_config;
        self
    }

    /// The retry partition whose quota this client shares (by default one per region and
    /// endpoint; see [`RetryPartition`]).
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

    /// How long to wait for the next byte of a response: the headers, then each piece of the
    /// body ([`DEFAULT_READ_TIMEOUT`](super::DEFAULT_READ_TIMEOUT), 60 s, unless set). Applies
    /// to the default transport; a stalled attempt is retried.
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

    /// Builds the client.
    ///
    /// # Errors
    ///
    /// An invalid environment variable, an endpoint configuration error, no region, or no
    /// credentials.
    pub fn build(self) -> Result<Client, BuildError> {
        if let Some(error) = self.env_error {
            return Err(error);
        }
        let endpoint = resolve_endpoint(&EndpointParams {
            region: self.region.as_deref(),
            use_fips: self.use_fips,
            use_dual_stack: self.use_dual_stack,
            endpoint: self.endpoint_url.as_deref(),
        })?;
        let region = self
            .region
            .filter(|r| !r.is_empty())
            .ok_or(BuildError::MissingRegion)?;
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
        let retry_partition = match self.retry_partition {
            Some(name) => RetryPartition::new(name),
            None => RetryPartition::default_for(&region, endpoint.url()),
        };
        Ok(Client {
            inner: Arc::new(Inner {
                endpoint,
                region,
                identity: IdentityCache::from_shared(credentials),
                transport,
                retry_config: self.retry_config,
                retry_partition,
                clock_skew: Default::default(),
                limits: self.limits,
                attempt_timeout: self.attempt_timeout,
                signer: crate::sigv4::Signer::default(),
                operation_timeout: self.operation_timeout,
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    const KEYS: [(&str, &str); 2] = [
        ("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE"),
        ("AWS_SECRET_ACCESS_KEY", "secret"),
    ];

    #[test]
    fn region_comes_from_aws_region_then_aws_default_region() {
        let client = ClientBuilder::from_env_with(env(&[
            KEYS[0],
            KEYS[1],
            ("AWS_REGION", "eu-west-1"),
            ("AWS_DEFAULT_REGION", "us-east-2"),
        ]))
        .build()
        .unwrap();
        assert_eq!(client.region(), "eu-west-1");
        let client = ClientBuilder::from_env_with(env(&[
            KEYS[0],
            KEYS[1],
            ("AWS_DEFAULT_REGION", "us-east-2"),
        ]))
        .build()
        .unwrap();
        assert_eq!(client.region(), "us-east-2");
    }

    #[test]
    fn endpoint_comes_from_the_service_variable_before_the_global_one() {
        let client = ClientBuilder::from_env_with(env(&[
            KEYS[0],
            KEYS[1],
            ("AWS_REGION", "us-east-1"),
            ("AWS_ENDPOINT_URL_CLEANROOMS", "http://127.0.0.1:1111"),
            ("AWS_ENDPOINT_URL", "http://127.0.0.1:2222"),
        ]))
        .build()
        .unwrap();
        assert_eq!(client.endpoint().url(), "http://127.0.0.1:1111");
        let client = ClientBuilder::from_env_with(env(&[
            KEYS[0],
            KEYS[1],
            ("AWS_REGION", "us-east-1"),
            ("AWS_ENDPOINT_URL", "http://127.0.0.1:2222"),
        ]))
        .build()
        .unwrap();
        assert_eq!(client.endpoint().url(), "http://127.0.0.1:2222");
    }

    #[test]
    fn configured_endpoints_can_be_ignored() {
        let client = ClientBuilder::from_env_with(env(&[
            KEYS[0],
            KEYS[1],
            ("AWS_REGION", "us-east-1"),
            ("AWS_ENDPOINT_URL", "http://127.0.0.1:2222"),
            ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"),
        ]))
        .build()
        .unwrap();
        assert_eq!(
            client.endpoint().url(),
            "https://cleanrooms.us-east-1.amazonaws.com"
        );
    }

    #[test]
    fn builder_settings_win_over_the_environment() {
        let client = ClientBuilder::from_env_with(env(&[
            KEYS[0],
            KEYS[1],
            ("AWS_REGION", "us-east-1"),
            ("AWS_ENDPOINT_URL", "http://127.0.0.1:2222"),
        ]))
        .region("ap-south-1")
        .endpoint_url("http://localhost:3333")
        .build()
        .unwrap();
        assert_eq!(client.region(), "ap-south-1");
        assert_eq!(client.endpoint().url(), "http://localhost:3333");
    }

    #[test]
    fn fips_and_dual_stack_come_from_the_environment() {
        let client = ClientBuilder::from_env_with(env(&[
            KEYS[0],
            KEYS[1],
            ("AWS_REGION", "us-east-1"),
            ("AWS_USE_FIPS_ENDPOINT", "TRUE"),
            ("AWS_USE_DUALSTACK_ENDPOINT", "true"),
        ]))
        .build()
        .unwrap();
        assert_eq!(
            client.endpoint().url(),
            "https://cleanrooms-fips.us-east-1.api.aws"
        );
    }

    #[test]
    fn a_flag_that_is_not_a_boolean_is_a_build_error() {
        let err = ClientBuilder::from_env_with(env(&[
            KEYS[0],
            KEYS[1],
            ("AWS_REGION", "us-east-1"),
            ("AWS_USE_FIPS_ENDPOINT", "yes"),
        ]))
        .build()
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "AWS_USE_FIPS_ENDPOINT: expected `true` or `false`, not `yes`"
        );
    }

    #[test]
    fn an_access_key_without_a_secret_is_a_build_error() {
        let err = ClientBuilder::from_env_with(env(&[KEYS[0], ("AWS_REGION", "us-east-1")]))
            .build()
            .unwrap_err();
        assert!(
            matches!(
                err,
                BuildError::InvalidEnvironment {
                    variable: "AWS_SECRET_ACCESS_KEY",
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn no_credentials_is_a_build_error() {
        let err = ClientBuilder::from_env_with(env(&[("AWS_REGION", "us-east-1")]))
            .build()
            .unwrap_err();
        assert!(matches!(err, BuildError::MissingCredentials), "{err}");
    }

    #[test]
    fn without_credentials_the_error_names_aws_profile_when_it_is_set() {
        let err = ClientBuilder::from_env_with(env(&[
            ("AWS_REGION", "us-east-1"),
            ("AWS_PROFILE", "dev"),
        ]))
        .build()
        .unwrap_err();
        assert!(
            matches!(err, BuildError::ProfileNeedsAwsConfig { .. }),
            "{err}"
        );
        let message = err.to_string();
        assert!(message.contains("AWS_PROFILE is set (`dev`)"), "{message}");
        assert!(message.contains("`aws-config` feature"), "{message}");
    }

    #[test]
    fn max_attempts_and_the_2026_retry_rules_come_from_the_environment() {
        let client = ClientBuilder::from_env_with(env(&[
            KEYS[0],
            KEYS[1],
            ("AWS_REGION", "us-east-1"),
            ("AWS_MAX_ATTEMPTS", "7"),
            ("AWS_NEW_RETRIES_2026", "true"),
        ]))
        .build()
        .unwrap();
        assert_eq!(client.inner.retry_config.max_attempts(), 7);
        assert_eq!(client.inner.retry_config.spec(), RetrySpec::V2_1);
        let err = ClientBuilder::from_env_with(env(&[
            KEYS[0],
            KEYS[1],
            ("AWS_REGION", "us-east-1"),
            ("AWS_MAX_ATTEMPTS", "0"),
        ]))
        .build()
        .unwrap_err();
        assert!(err.to_string().starts_with("AWS_MAX_ATTEMPTS: "), "{err}");
    }

    #[test]
    fn a_ca_bundle_that_cannot_be_read_is_a_build_error_naming_it() {
        let missing = std::env::temp_dir().join("cleanrooms-no-such-bundle.pem");
        let err =
            ClientBuilder::from_env_with(env(&[KEYS[0], KEYS[1], ("AWS_REGION", "us-east-1")]))
                .ca_bundle(&missing)
                .build()
                .unwrap_err();
        assert!(matches!(err, BuildError::CaBundle { .. }), "{err}");
        assert!(
            err.to_string().contains("cleanrooms-no-such-bundle.pem"),
            "{err}"
        );

        let empty =
            std::env::temp_dir().join(format!("cleanrooms-empty-{}.pem", std::process::id()));
        std::fs::write(&empty, "no certificates here").unwrap();
        let err =
            ClientBuilder::from_env_with(env(&[KEYS[0], KEYS[1], ("AWS_REGION", "us-east-1")]))
                .ca_bundle(&empty)
                .build()
                .unwrap_err();
        assert!(err.to_string().contains("no PEM certificate"), "{err}");
        let _ = std::fs::remove_file(&empty);
    }

    #[test]
    fn a_custom_endpoint_still_needs_a_region_to_sign() {
        let err = ClientBuilder::from_env_with(env(&[
            KEYS[0],
            KEYS[1],
            ("AWS_ENDPOINT_URL", "http://127.0.0.1:2222"),
        ]))
        .build()
        .unwrap_err();
        assert!(matches!(err, BuildError::MissingRegion), "{err}");
    }

    #[test]
    fn no_region_and_no_endpoint_is_the_endpoint_rules_error() {
        let err = ClientBuilder::from_env_with(env(&KEYS))
            .build()
            .unwrap_err();
        assert!(
            matches!(
                err,
                BuildError::Endpoint(crate::endpoint::EndpointError::MissingRegion)
            ),
            "{err}"
        );
    }

    #[test]
    fn custom_endpoint_with_fips_is_a_build_error() {
        let err = ClientBuilder::from_env_with(env(&KEYS))
            .region("us-east-1")
            .endpoint_url("http://127.0.0.1:1")
            .use_fips(true)
            .build()
            .unwrap_err();
        assert!(
            matches!(
                err,
                BuildError::Endpoint(crate::endpoint::EndpointError::FipsWithCustomEndpoint)
            ),
            "{err}"
        );
    }

    #[test]
    fn debug_of_the_builder_shows_no_secret() {
        let builder = ClientBuilder::from_env_with(env(&[
            ("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE"),
            (
                "AWS_SECRET_ACCESS_KEY",
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            ),
            ("AWS_SESSION_TOKEN", "FQoGZXIvYXdzEXAMPLETOKEN"),
        ]));
        let debug = format!("{builder:?}");
        assert!(!debug.contains("wJalrXUtnFEMI"), "{debug}");
        assert!(!debug.contains("FQoGZXIvYXdz"), "{debug}");
        assert!(debug.contains("** redacted **"), "{debug}");
    }
}
