//! [`ConfigBuilder::from_env`]: the builder seeded from the environment variables every AWS SDK
//! reads (the table is on [`ConfigBuilder`]).

use std::sync::Arc;

use aws_credential_types::provider::SharedCredentialsProvider;
use aws_credential_types::Credentials;

use super::ConfigBuilder;
use crate::client::config::{ConfiguredEndpoints, FromConfig};
use crate::client::error::BuildError;
use crate::operation::ServiceInfo;
use crate::retry::RetrySpec;

/// A lookup that plays the environment.
type Lookup = dyn Fn(&str) -> Option<String> + Send + Sync;

/// Endpoint URLs from `AWS_ENDPOINT_URL_<SERVICE_ID>` and `AWS_ENDPOINT_URL`, read when a
/// service's client is built (the service is not known before).
struct EnvEndpoints(Arc<Lookup>);

impl ConfiguredEndpoints for EnvEndpoints {
    fn endpoint_url(&self, service: &ServiceInfo) -> Option<String> {
        let get = |name: &str| (self.0)(name).filter(|value| !value.trim().is_empty());
        get(&service.endpoint_url_variable()).or_else(|| get("AWS_ENDPOINT_URL"))
    }
}

impl<T: FromConfig> ConfigBuilder<T> {
    /// A builder seeded from the process environment (see the table above).
    pub fn from_env() -> Self {
        Self::from_env_with(|name| std::env::var(name).ok())
    }

    /// A builder seeded from `lookup`, which plays the environment (for tests and for
    /// configuration kept elsewhere). It is kept, to read each service's
    /// `AWS_ENDPOINT_URL_<SERVICE_ID>` when that service's client is built.
    ///
    /// ```
    /// use aws_union_client::{Config, ConfigBuilder};
    /// use aws_union_client::operation::ServiceInfo;
    /// use aws_union_client::protocol::Protocol;
    ///
    /// let env = |name: &str| match name {
    ///     "AWS_REGION" => Some("us-west-2".to_owned()),
    ///     "AWS_ENDPOINT_URL" => Some("http://127.0.0.1:4566".to_owned()),
    ///     "AWS_ENDPOINT_URL_SECRETS_MANAGER" => Some("http://127.0.0.1:4567".to_owned()),
    ///     "AWS_ACCESS_KEY_ID" => Some("AKIDEXAMPLE".to_owned()),
    ///     "AWS_SECRET_ACCESS_KEY" => Some("secret".to_owned()),
    ///     _ => None,
    /// };
    /// let config: Config = ConfigBuilder::from_env_with(env).build()?;
    /// assert_eq!(config.region(), "us-west-2");
    /// let service = |service_id| ServiceInfo { service_id, signing_name: "x", protocol: Protocol::AwsJson1_1, endpoint_rules: &[] };
    /// assert_eq!(config.endpoint_url_for(&service("Secrets Manager")).as_deref(), Some("http://127.0.0.1:4567"));
    /// assert_eq!(config.endpoint_url_for(&service("KMS")).as_deref(), Some("http://127.0.0.1:4566"));
    /// # Ok::<(), aws_union_client::BuildError>(())
    /// ```
    pub fn from_env_with(lookup: impl Fn(&str) -> Option<String> + Send + Sync + 'static) -> Self {
        let lookup: Arc<Lookup> = Arc::new(lookup);
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
            builder.endpoints.configured = Some(Arc::new(EnvEndpoints(Arc::clone(&lookup))));
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
}
