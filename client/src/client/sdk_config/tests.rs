//! Unit tests of the `aws-config` support: what a configuration takes from an `SdkConfig`.

use super::*;
use crate::client::tests::service;
use crate::client::Credentials;
use aws_credential_types::provider::SharedCredentialsProvider;
use aws_types::region::Region;

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
fn a_config_from_an_sdk_config_takes_its_region_endpoint_retries_and_timeouts() {
    let sdk_config = SdkConfig::builder()
        .region(Region::new("eu-central-1"))
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
    let config = Config::from_sdk_config(&sdk_config).unwrap();
    assert_eq!(config.region(), "eu-central-1");
    assert_eq!(
        config.endpoint_url_for(&service("CleanRooms")).as_deref(),
        Some("http://127.0.0.1:4566")
    );
    assert_eq!(config.retry_config().max_attempts(), 5);
    assert_eq!(
        config.limits().connect_timeout(),
        Some(Duration::from_secs(1))
    );
    assert_eq!(config.limits().read_timeout(), Some(Duration::from_secs(2)));
    assert_eq!(config.operation_timeout(), Some(Duration::from_secs(30)));
}

#[test]
fn a_config_from_an_sdk_config_takes_its_stalled_stream_protection() {
    use aws_smithy_runtime_api::client::stalled_stream_protection::StalledStreamProtectionConfig;
    let sdk_config = SdkConfig::builder()
        .region(Region::new("eu-central-1"))
        .credentials_provider(static_credentials())
        .stalled_stream_protection(
            StalledStreamProtectionConfig::enabled()
                .upload_enabled(false)
                .grace_period(Duration::from_secs(7))
                .build(),
        )
        .build();
    let config = Config::from_sdk_config(&sdk_config).unwrap();
    let protection = config.limits().stalled_stream_protection();
    assert!(protection.download_enabled() && !protection.upload_enabled());
    assert_eq!(protection.grace_period(), Duration::from_secs(7));
}

#[test]
fn an_sdk_config_without_a_region_is_a_build_error() {
    let sdk_config = SdkConfig::builder().build();
    assert!(matches!(
        Config::from_sdk_config(&sdk_config),
        Err(BuildError::MissingRegion)
    ));
}

#[tokio::test]
async fn a_profile_s_services_section_gives_a_service_its_own_endpoint_url() {
    #[allow(deprecated)] // The new names live in aws-runtime, not a dependency here.
    use aws_config::profile::profile_file::{ProfileFileKind, ProfileFiles};
    let dir = std::env::temp_dir().join(format!("aws-union-services-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config_file = dir.join("config");
    std::fs::write(
        &config_file,
        "[profile dev]\nregion = us-east-1\nendpoint_url = http://127.0.0.1:4566\n\
         aws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n\
         services = local\n\n[services local]\ndynamodb =\n  endpoint_url = http://127.0.0.1:4567\n",
    )
    .unwrap();
    #[allow(deprecated)]
    let profile_files = ProfileFiles::builder()
        .with_file(ProfileFileKind::Config, &config_file)
        .build();
    let sdk_config = sdk_config_loader()
        .profile_files(profile_files)
        .profile_name("dev")
        .load()
        .await;
    let config = Config::from_sdk_config(&sdk_config).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        config.endpoint_url_for(&service("DynamoDB")).as_deref(),
        Some("http://127.0.0.1:4567")
    );
    assert_eq!(
        config.endpoint_url_for(&service("KMS")).as_deref(),
        Some("http://127.0.0.1:4566")
    );
}
