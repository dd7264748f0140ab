//! Unit tests of the builder: the environment variables it reads, and the errors `build` gives.

use super::*;
use crate::client::tests::service;
use crate::retry::RetrySpec;

fn env(
    vars: &'static [(&'static str, &'static str)],
) -> impl Fn(&str) -> Option<String> + Send + Sync + 'static {
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

type ConfigBuilder = super::ConfigBuilder<Config>;

fn endpoint_of(config: &Config, service_id: &'static str) -> Option<String> {
    config.endpoint_url_for(&service(service_id))
}

#[test]
fn region_comes_from_aws_region_then_aws_default_region() {
    let config = ConfigBuilder::from_env_with(env(&[
        KEYS[0],
        KEYS[1],
        ("AWS_REGION", "eu-west-1"),
        ("AWS_DEFAULT_REGION", "us-east-2"),
    ]))
    .build()
    .unwrap();
    assert_eq!(config.region(), "eu-west-1");
    let config = ConfigBuilder::from_env_with(env(&[
        KEYS[0],
        KEYS[1],
        ("AWS_DEFAULT_REGION", "us-east-2"),
    ]))
    .build()
    .unwrap();
    assert_eq!(config.region(), "us-east-2");
}

#[test]
fn endpoint_comes_from_the_service_variable_before_the_global_one() {
    let config = ConfigBuilder::from_env_with(env(&[
        KEYS[0],
        KEYS[1],
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT_URL_CLEANROOMS", "http://127.0.0.1:1111"),
        ("AWS_ENDPOINT_URL", "http://127.0.0.1:2222"),
    ]))
    .build()
    .unwrap();
    assert_eq!(
        endpoint_of(&config, "CleanRooms").as_deref(),
        Some("http://127.0.0.1:1111")
    );
    assert_eq!(
        endpoint_of(&config, "DynamoDB").as_deref(),
        Some("http://127.0.0.1:2222")
    );
    let config = ConfigBuilder::from_env_with(env(&[
        KEYS[0],
        KEYS[1],
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT_URL", "http://127.0.0.1:2222"),
    ]))
    .build()
    .unwrap();
    assert_eq!(
        endpoint_of(&config, "CleanRooms").as_deref(),
        Some("http://127.0.0.1:2222")
    );
}

#[test]
fn a_service_variable_upper_cases_the_service_id_with_spaces_and_hyphens_as_underscores() {
    let config = ConfigBuilder::from_env_with(env(&[
        KEYS[0],
        KEYS[1],
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT_URL_SECRETS_MANAGER", "http://127.0.0.1:1111"),
        ("AWS_ENDPOINT_URL_IOT_DATA_PLANE", "http://127.0.0.1:2222"),
    ]))
    .build()
    .unwrap();
    assert_eq!(
        endpoint_of(&config, "Secrets Manager").as_deref(),
        Some("http://127.0.0.1:1111")
    );
    assert_eq!(
        endpoint_of(&config, "IoT Data-Plane").as_deref(),
        Some("http://127.0.0.1:2222")
    );
    assert_eq!(endpoint_of(&config, "SecretsManager"), None);
}

#[test]
fn configured_endpoints_can_be_ignored() {
    let config = ConfigBuilder::from_env_with(env(&[
        KEYS[0],
        KEYS[1],
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT_URL", "http://127.0.0.1:2222"),
        ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"),
    ]))
    .build()
    .unwrap();
    assert_eq!(endpoint_of(&config, "CleanRooms"), None);
}

#[test]
fn builder_settings_win_over_the_environment() {
    let config = ConfigBuilder::from_env_with(env(&[
        KEYS[0],
        KEYS[1],
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT_URL", "http://127.0.0.1:2222"),
    ]))
    .region("ap-south-1")
    .endpoint_url("http://localhost:3333")
    .build()
    .unwrap();
    assert_eq!(config.region(), "ap-south-1");
    assert_eq!(
        endpoint_of(&config, "CleanRooms").as_deref(),
        Some("http://localhost:3333")
    );
}

#[test]
fn a_service_s_own_endpoint_set_in_code_wins_over_the_one_for_all() {
    let config = ConfigBuilder::from_env_with(env(&[
        KEYS[0],
        KEYS[1],
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:1111"),
    ]))
    .endpoint_url("http://localhost:3333")
    .service_endpoint_url("KMS", "http://localhost:4444")
    .build()
    .unwrap();
    assert_eq!(
        endpoint_of(&config, "KMS").as_deref(),
        Some("http://localhost:4444")
    );
    assert_eq!(
        endpoint_of(&config, "DynamoDB").as_deref(),
        Some("http://localhost:3333"),
        "set in code, for all services, wins over the environment"
    );
}

#[test]
fn fips_and_dual_stack_come_from_the_environment() {
    let config = ConfigBuilder::from_env_with(env(&[
        KEYS[0],
        KEYS[1],
        ("AWS_REGION", "us-east-1"),
        ("AWS_USE_FIPS_ENDPOINT", "TRUE"),
        ("AWS_USE_DUALSTACK_ENDPOINT", "true"),
    ]))
    .build()
    .unwrap();
    assert!(config.use_fips() && config.use_dual_stack());
}

#[test]
fn a_flag_that_is_not_a_boolean_is_a_build_error() {
    let err = ConfigBuilder::from_env_with(env(&[
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
    let err = ConfigBuilder::from_env_with(env(&[KEYS[0], ("AWS_REGION", "us-east-1")]))
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
    let err = ConfigBuilder::from_env_with(env(&[("AWS_REGION", "us-east-1")]))
        .build()
        .unwrap_err();
    assert!(matches!(err, BuildError::MissingCredentials), "{err}");
}

#[test]
fn without_credentials_the_error_names_aws_profile_when_it_is_set() {
    let err =
        ConfigBuilder::from_env_with(env(&[("AWS_REGION", "us-east-1"), ("AWS_PROFILE", "dev")]))
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
    let config = ConfigBuilder::from_env_with(env(&[
        KEYS[0],
        KEYS[1],
        ("AWS_REGION", "us-east-1"),
        ("AWS_MAX_ATTEMPTS", "7"),
        ("AWS_NEW_RETRIES_2026", "true"),
    ]))
    .build()
    .unwrap();
    assert_eq!(config.retry_config().max_attempts(), 7);
    assert_eq!(config.retry_config().spec(), RetrySpec::V2_1);
    let err = ConfigBuilder::from_env_with(env(&[
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
    let err = ConfigBuilder::from_env_with(env(&[KEYS[0], KEYS[1], ("AWS_REGION", "us-east-1")]))
        .ca_bundle(&missing)
        .build()
        .unwrap_err();
    assert!(matches!(err, BuildError::CaBundle { .. }), "{err}");
    assert!(
        err.to_string().contains("cleanrooms-no-such-bundle.pem"),
        "{err}"
    );

    let empty = std::env::temp_dir().join(format!("cleanrooms-empty-{}.pem", std::process::id()));
    std::fs::write(&empty, "no certificates here").unwrap();
    let err = ConfigBuilder::from_env_with(env(&[KEYS[0], KEYS[1], ("AWS_REGION", "us-east-1")]))
        .ca_bundle(&empty)
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("no PEM certificate"), "{err}");
    let _ = std::fs::remove_file(&empty);
}

#[test]
fn a_custom_endpoint_still_needs_a_region_to_sign() {
    let err = ConfigBuilder::from_env_with(env(&[
        KEYS[0],
        KEYS[1],
        ("AWS_ENDPOINT_URL", "http://127.0.0.1:2222"),
    ]))
    .build()
    .unwrap_err();
    assert!(matches!(err, BuildError::MissingRegion), "{err}");
}

#[test]
fn without_a_region_the_error_says_a_region_is_needed_even_with_an_endpoint() {
    // With an endpoint or without, the one fix is a region: the message offers no other.
    for endpoint in [None, Some("http://127.0.0.1:2222")] {
        let mut builder = ConfigBuilder::from_env_with(env(&KEYS));
        if let Some(url) = endpoint {
            builder = builder.endpoint_url(url);
        }
        let err = builder.build().unwrap_err();
        assert!(matches!(err, BuildError::MissingRegion), "{err}");
        let message = err.to_string();
        assert!(
            message.contains("needed even with a custom endpoint"),
            "{message}"
        );
        assert!(!message.contains("or a custom endpoint"), "{message}");
    }
}

#[test]
fn a_region_that_is_not_a_host_label_is_a_build_error() {
    for region in ["us-east-1.evil.com", "a/b", "x@y", "-us", "us east", "é"] {
        let err = ConfigBuilder::from_env_with(env(&KEYS))
            .region(region)
            .build()
            .unwrap_err();
        assert!(
            matches!(&err, BuildError::InvalidRegion { region: r } if r == region),
            "{region}: {err}"
        );
    }
}

#[test]
fn debug_of_the_builder_shows_no_secret() {
    let builder = ConfigBuilder::from_env_with(env(&[
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
