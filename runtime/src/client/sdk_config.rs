//! Feature `aws-config`: a client configured exactly as the AWS SDK for Rust would be, from
//! `aws-config`'s `SdkConfig` (profiles, SSO, `credential_process`, web identity, container
//! and instance credentials, region, endpoint URLs, retries, timeouts).

use std::time::Duration;

use aws_config::retry::RetryConfig as SdkRetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, SdkConfig};
use aws_types::service_config::ServiceConfigKey;

use super::error::BuildError;
use super::{Client, ClientBuilder, StalledStreamProtection};
use crate::protocol::retry::{RetryConfig, RetrySpec};

/// The service id the AWS SDKs read service-specific settings under
/// (`AWS_ENDPOINT_URL_CLEANROOMS`, a profile's `services` section).
const SERVICE_ID: &str = "CleanRooms";

impl Client {
    /// A client from an `aws-config` [`SdkConfig`], as an aws-sdk-rust client would be
    /// configured: its region, credentials provider (cached by the client's
    /// [`IdentityCache`](super::IdentityCache)), endpoint URL (`AWS_ENDPOINT_URL_CLEANROOMS`,
    /// then `AWS_ENDPOINT_URL`, or a profile's), FIPS and dual-stack, retry settings,
    /// timeouts and stalled-stream protection. Requests go through this crate's transport, not the config's HTTP client.
    ///
    /// ```no_run
    /// use cleanrooms_runtime::client::{sdk_config_loader, Client};
    ///
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// // Or `aws_config::load_defaults(BehaviorVersion::latest())` from an aws-config built
    /// // with its default HTTP client.
    /// let config = sdk_config_loader().load().await;
    /// let client = Client::new(&config)?;
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// No region, no credentials provider, or an endpoint configuration error.
    pub fn new(config: &SdkConfig) -> Result<Self, BuildError> {
        ClientBuilder::from_sdk_config(config).build()
    }

    /// A client configured from the environment the way the AWS SDKs read it. With the
    /// `aws-config` feature: `aws-config`'s full default chain ([`load_sdk_config`], then
    /// [`Client::new`]); without it, [`Client::from_env`].
    ///
    /// # Errors
    ///
    /// See [`Client::new`].
    pub async fn load_from_env() -> Result<Self, BuildError> {
        Self::new(&load_sdk_config().await)
    }
}

impl ClientBuilder {
    /// A builder seeded from an `aws-config` [`SdkConfig`] (see [`Client::new`]); settings
    /// made on the builder afterwards win.
    pub fn from_sdk_config(config: &SdkConfig) -> Self {
        let mut builder = Self::new();
        if let Some(region) = config.region() {
            builder = builder.region(region.as_ref());
        }
        if let Some(provider) = config.credentials_provider() {
            builder = builder.credentials_provider(provider);
        }
        let service_endpoint = config.service_config().and_then(|service| {
            let key = ServiceConfigKey::builder()
                .service_id(SERVICE_ID)
                .env("AWS_ENDPOINT_URL")
                .profile("endpoint_url")
                .build()
                .ok()?;
            service.load_config(key)
        });
        if let Some(url) = service_endpoint.or_else(|| config.endpoint_url().map(str::to_owned)) {
            builder = builder.endpoint_url(url);
        }
        builder = builder
            .use_fips(config.use_fips().unwrap_or(false))
            .use_dual_stack(config.use_dual_stack().unwrap_or(false));
        if let Some(retry) = config.retry_config() {
            builder = builder.retry_config(retry_config(retry));
        }
        if let Some(timeouts) = config.timeout_config() {
            builder = apply_timeouts(builder, timeouts);
        }
        if let Some(stalled) = config.stalled_stream_protection() {
            builder = builder.stalled_stream_protection(
                StalledStreamProtection::enabled()
                    .with_upload(stalled.upload_enabled())
                    .with_download(stalled.download_enabled())
                    .with_grace_period(stalled.grace_period()),
            );
        }
        builder
    }
}

/// `aws-config`'s default configuration, loaded as aws-sdk-rust loads it: see
/// [`sdk_config_loader`].
pub async fn load_sdk_config() -> SdkConfig {
    sdk_config_loader().load().await
}

/// `aws-config`'s loader with the latest behavior version and an HTTP client for its
/// credential providers (SSO, STS, ECS, IMDS) on rustls with `ring`, as the rest of this crate
/// (this crate builds `aws-config` without its default HTTP client, which would bring
/// `aws-lc-rs`). Adjust it (profile name, files, region) before `load()`.
///
/// ```no_run
/// use cleanrooms_runtime::client::{sdk_config_loader, Client};
///
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// let config = sdk_config_loader().profile_name("analytics").load().await;
/// let client = Client::new(&config)?;
/// # Ok(())
/// # }
/// ```
pub fn sdk_config_loader() -> aws_config::ConfigLoader {
    let http_client = aws_smithy_http_client::Builder::new()
        .tls_provider(aws_smithy_http_client::tls::Provider::Rustls(
            aws_smithy_http_client::tls::rustls_provider::CryptoMode::Ring,
        ))
        .build_https();
    aws_config::defaults(BehaviorVersion::latest()).http_client(http_client)
}

fn retry_config(sdk: &SdkRetryConfig) -> RetryConfig {
    let config = RetryConfig::standard()
        .with_max_attempts(sdk.max_attempts())
        .with_initial_backoff(sdk.initial_backoff())
        .with_max_backoff(sdk.max_backoff());
    if sdk
        .retry_spec()
        .is_some_and(|spec| spec.is_at_least(aws_smithy_types::retry::RetrySpec::V2_1))
    {
        config.with_spec(RetrySpec::V2_1)
    } else {
        config
    }
}

fn apply_timeouts(mut builder: ClientBuilder, timeouts: &TimeoutConfig) -> ClientBuilder {
    let set = |d: Option<Duration>| d.filter(|d| !d.is_zero());
    if let Some(connect) = set(timeouts.connect_timeout()) {
        builder = builder.connect_timeout(connect);
    }
    if let Some(read) = set(timeouts.read_timeout()) {
        builder = builder.read_timeout(read);
    }
    if let Some(attempt) = set(timeouts.operation_attempt_timeout()) {
        builder = builder.attempt_timeout(attempt);
    }
    if let Some(operation) = set(timeouts.operation_timeout()) {
        builder = builder.operation_timeout(operation);
    }
    builder
}

#[cfg(all(test, feature = "local-endpoint"))]
mod tests {
    use super::*;
    use crate::client::Credentials;
    use crate::local::LocalEndpoint;
    use crate::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};
    #[allow(deprecated)] // The new names live in aws-runtime, not a dependency here.
    use aws_config::profile::profile_file::{ProfileFileKind, ProfileFiles};
    use aws_credential_types::provider::SharedCredentialsProvider;

    const MEMBERSHIP: &str = "f1e2d3c4-5678-90ab-cdef-000000000000";

    fn cancel(query: String) -> UpdateProtectedQueryInput {
        UpdateProtectedQueryInput {
            membership_identifier: MEMBERSHIP.into(),
            protected_query_identifier: query,
            target_status: TargetProtectedQueryStatus::Cancelled,
        }
    }

    fn static_credentials() -> SharedCredentialsProvider {
        SharedCredentialsProvider::new(Credentials::new(
            "AKIDEXAMPLE",
            "secret",
            None,
            None,
            "test",
        ))
    }

    #[test]
    fn a_client_from_an_sdk_config_takes_its_region_endpoint_retries_and_timeouts() {
        let config = SdkConfig::builder()
            .region(aws_types::region::Region::new("eu-central-1"))
            .endpoint_url("http://127.0.0.1:4566")
            .credentials_provider(static_credentials())
            .retry_config(SdkRetryConfig::standard().with_max_attempts(5))
            .timeout_config(
                TimeoutConfig::builder()
                    .connect_timeout(Duration::from_secs(1))
                    .read_timeout(Duration::from_secs(2))
                    .operation_timeout(Duration::from_secs(30))
                    .build(),
            )
            .build();
        let client = Client::new(&config).unwrap();
        assert_eq!(client.region(), "eu-central-1");
        assert_eq!(client.endpoint().url(), "http://127.0.0.1:4566");
        assert_eq!(client.inner.retry_config.max_attempts(), 5);
        assert_eq!(
            client.inner.limits.connect_timeout(),
            Some(Duration::from_secs(1))
        );
        assert_eq!(
            client.inner.limits.read_timeout(),
            Some(Duration::from_secs(2))
        );
        assert_eq!(
            client.inner.operation_timeout,
            Some(Duration::from_secs(30))
        );
    }

    #[test]
    fn a_client_from_an_sdk_config_takes_its_stalled_stream_protection() {
        use aws_smithy_runtime_api::client::stalled_stream_protection::StalledStreamProtectionConfig;
        let config = SdkConfig::builder()
            .region(aws_types::region::Region::new("eu-central-1"))
            .credentials_provider(static_credentials())
            .stalled_stream_protection(
                StalledStreamProtectionConfig::enabled()
                    .upload_enabled(false)
                    .grace_period(Duration::from_secs(7))
                    .build(),
            )
            .build();
        let client = Client::new(&config).unwrap();
        let protection = client.inner.limits.stalled_stream_protection();
        assert!(protection.download_enabled() && !protection.upload_enabled());
        assert_eq!(protection.grace_period(), Duration::from_secs(7));
    }

    #[test]
    fn an_sdk_config_without_a_region_is_a_build_error() {
        let config = SdkConfig::builder().build();
        assert!(matches!(
            Client::new(&config),
            Err(BuildError::MissingRegion)
        ));
    }

    #[tokio::test]
    async fn a_profile_is_read_through_aws_config_and_its_credentials_sign_the_call() {
        let dir = std::env::temp_dir().join(format!("cleanrooms-profile-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let config_file = dir.join("config");
        let credentials_file = dir.join("credentials");
        std::fs::write(&config_file, "[profile dev]\nregion = us-east-1\n").unwrap();
        std::fs::write(
            &credentials_file,
            "[dev]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n",
        )
        .unwrap();
        #[allow(deprecated)]
        let profile_files = ProfileFiles::builder()
            .with_file(ProfileFileKind::Config, &config_file)
            .with_file(ProfileFileKind::Credentials, &credentials_file)
            .build();
        let sdk_config = sdk_config_loader()
            .profile_files(profile_files)
            .profile_name("dev")
            .load()
            .await;

        let credentials = Credentials::new("AKIDPROFILE", "profile-secret", None, None, "test");
        let endpoint = LocalEndpoint::start(credentials).await.unwrap();
        let query = endpoint.seed_running_query(MEMBERSHIP);
        let client = ClientBuilder::from_sdk_config(&sdk_config)
            .endpoint_url(endpoint.url())
            .build()
            .unwrap();
        assert_eq!(client.region(), "us-east-1");
        client.update_protected_query(&cancel(query)).await.unwrap();
        let sent = &endpoint.received_requests()[0];
        assert!(sent
            .header("authorization")
            .unwrap()
            .contains("Credential=AKIDPROFILE/"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
