//! Feature `aws-config`: a configuration loaded exactly as the AWS SDK for Rust loads one,
//! from `aws-config`'s `SdkConfig` (profiles, SSO, `credential_process`, web identity,
//! container and instance credentials, region, endpoint URLs, retries, timeouts).

use std::sync::Arc;
use std::time::Duration;

use aws_config::retry::RetryConfig as SdkRetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, SdkConfig};
use aws_types::service_config::ServiceConfigKey;

use super::config::{Config, ConfiguredEndpoints, FromConfig};
use super::error::BuildError;
use super::{ConfigBuilder, StalledStreamProtection};
use crate::operation::ServiceInfo;
use crate::retry::{RetryConfig, RetrySpec};

/// The endpoint URLs `aws-config` read: a service's own (its `AWS_ENDPOINT_URL_<SERVICE_ID>`,
/// or the `services` section of the profile), else the one for every service
/// (`AWS_ENDPOINT_URL`, the profile's `endpoint_url`, or set on the loader), as aws-sdk-rust
/// picks them.
struct SdkEndpoints(SdkConfig);

impl ConfiguredEndpoints for SdkEndpoints {
    fn endpoint_url(&self, service: &ServiceInfo) -> Option<String> {
        let own = self.0.service_config().and_then(|config| {
            let key = ServiceConfigKey::builder()
                .service_id(service.service_id)
                .env("AWS_ENDPOINT_URL")
                .profile("endpoint_url")
                .build()
                .ok()?;
            config.load_config(key)
        });
        own.or_else(|| self.0.endpoint_url().map(str::to_owned))
    }
}

impl Config {
    /// The configuration of an `aws-config` [`SdkConfig`], as an aws-sdk-rust client would be
    /// configured: its region, credentials provider (cached by the configuration's
    /// [`IdentityCache`](super::IdentityCache)), endpoint URLs (each service's
    /// `AWS_ENDPOINT_URL_<SERVICE_ID>` or profile `services` section, then `AWS_ENDPOINT_URL`
    /// or the profile's `endpoint_url`), FIPS and dual-stack, retry settings, timeouts and
    /// stalled-stream protection. Requests go through this crate's transport, not the
    /// config's HTTP client.
    ///
    /// ```no_run
    /// use aws_union_client::{sdk_config_loader, Config};
    ///
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// // Or `aws_config::load_defaults(BehaviorVersion::latest())` from an aws-config built
    /// // with its default HTTP client.
    /// let sdk_config = sdk_config_loader().load().await;
    /// let config = Config::from_sdk_config(&sdk_config)?;
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// No region, or no credentials provider.
    pub fn from_sdk_config(config: &SdkConfig) -> Result<Self, BuildError> {
        ConfigBuilder::from_sdk_config(config).build()
    }

    /// The configuration the AWS SDKs would load: `aws-config`'s full default chain
    /// ([`load_sdk_config`], then [`Config::from_sdk_config`]). Without the `aws-config`
    /// feature, [`Config::from_env`].
    ///
    /// # Errors
    ///
    /// See [`Config::from_sdk_config`].
    pub async fn load_from_env() -> Result<Self, BuildError> {
        Self::from_sdk_config(&load_sdk_config().await)
    }
}

impl<T: FromConfig> ConfigBuilder<T> {
    /// A builder seeded from an `aws-config` [`SdkConfig`] (see [`Config::from_sdk_config`]);
    /// settings made on the builder afterwards win.
    pub fn from_sdk_config(config: &SdkConfig) -> Self {
        let mut builder = Self::new();
        if let Some(region) = config.region() {
            builder = builder.region(region.as_ref());
        }
        if let Some(provider) = config.credentials_provider() {
            builder = builder.credentials_provider(provider);
        }
        builder.endpoints.configured = Some(Arc::new(SdkEndpoints(config.clone())));
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
/// use aws_union_client::{sdk_config_loader, Config};
///
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// let sdk_config = sdk_config_loader().profile_name("analytics").load().await;
/// let config = Config::from_sdk_config(&sdk_config)?;
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

fn apply_timeouts<T: FromConfig>(
    mut builder: ConfigBuilder<T>,
    timeouts: &TimeoutConfig,
) -> ConfigBuilder<T> {
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

#[cfg(test)]
mod tests;
