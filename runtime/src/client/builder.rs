//! Configuring a [`Client`]: in code, from the environment the way every AWS SDK reads it, or
//! both (what is set in code wins).

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use aws_credential_types::Credentials;

use super::error::BuildError;
use super::transport::{HyperTransport, Transport};
use super::{Client, Inner};
use crate::endpoint::{resolve_endpoint, EndpointParams};
use crate::protocol::retry::{RetryConfig, RetryQuota};

/// The connect timeout unless set: the AWS SDK for Rust's default.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_millis(3100);

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
#[derive(Default)]
pub struct ClientBuilder {
    region: Option<String>,
    endpoint_url: Option<String>,
    use_fips: bool,
    use_dual_stack: bool,
    credentials: Option<SharedCredentialsProvider>,
    retry_config: RetryConfig,
    connect_timeout: Option<Duration>,
    attempt_timeout: Option<Duration>,
    transport: Option<Arc<dyn Transport>>,
    env_error: Option<BuildError>,
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
            .field("connect_timeout", &self.connect_timeout)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("transport", &self.transport)
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
    /// (`aws_config::default_provider::credentials::DefaultCredentialsChain`). It is asked
    /// for credentials at every attempt; providers cache and refresh them.
    pub fn credentials_provider(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.credentials = Some(SharedCredentialsProvider::new(provider));
        self
    }

    /// Retries: attempts and backoff ([`RetryConfig::standard`] unless set).
    pub fn retry_config(mut self, retry_config: RetryConfig) -> Self {
        self.retry_config = retry_config;
        self
    }

    /// How long to wait for a connection ([`DEFAULT_CONNECT_TIMEOUT`] unless set). Applies to
    /// the default transport.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// How long one attempt may take, from sending to the last byte of the response (no
    /// limit unless set, as in the AWS SDKs). A timed-out attempt is retried.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
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
        let credentials = self.credentials.ok_or(BuildError::MissingCredentials)?;
        let connect_timeout = self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT);
        let transport: Arc<dyn Transport> = match self.transport {
            Some(transport) => transport,
            None => Arc::new(HyperTransport::new(Some(connect_timeout)).map_err(BuildError::Tls)?),
        };
        Ok(Client {
            inner: Arc::new(Inner {
                endpoint,
                region,
                credentials,
                transport,
                retry_config: self.retry_config,
                retry_quota: Mutex::new(RetryQuota::default()),
                connect_timeout,
                attempt_timeout: self.attempt_timeout,
                signer: crate::sigv4::Signer::default(),
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
