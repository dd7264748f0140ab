//! Unit tests of the endpoint rules: regional, FIPS and dual-stack hosts, partitions, custom
//! endpoints and the configuration errors.

use super::*;

fn url(region: &str, use_fips: bool, use_dual_stack: bool) -> String {
    resolve_endpoint(&EndpointParams {
        region: Some(region),
        use_fips,
        use_dual_stack,
        endpoint: None,
    })
    .map(|e| e.url().to_owned())
    .unwrap_or_else(|e| e.to_string())
}

#[test]
fn regional_endpoint_is_cleanrooms_dot_region_dot_dns_suffix() {
    assert_eq!(
        url("us-east-1", false, false),
        "https://cleanrooms.us-east-1.amazonaws.com"
    );
    assert_eq!(
        url("mx-central-1", false, false),
        "https://cleanrooms.mx-central-1.amazonaws.com"
    );
    assert_eq!(
        url("cn-northwest-1", false, false),
        "https://cleanrooms.cn-northwest-1.amazonaws.com.cn"
    );
    assert_eq!(
        url("us-gov-west-1", false, false),
        "https://cleanrooms.us-gov-west-1.amazonaws.com"
    );
    assert_eq!(
        url("us-iso-east-1", false, false),
        "https://cleanrooms.us-iso-east-1.c2s.ic.gov"
    );
    assert_eq!(
        url("us-isob-east-1", false, false),
        "https://cleanrooms.us-isob-east-1.sc2s.sgov.gov"
    );
}

#[test]
fn fips_uses_the_cleanrooms_fips_host() {
    assert_eq!(
        url("us-east-1", true, false),
        "https://cleanrooms-fips.us-east-1.amazonaws.com"
    );
    assert_eq!(
        url("us-gov-east-1", true, false),
        "https://cleanrooms-fips.us-gov-east-1.amazonaws.com"
    );
    assert_eq!(
        url("us-iso-east-1", true, false),
        "https://cleanrooms-fips.us-iso-east-1.c2s.ic.gov"
    );
}

#[test]
fn dual_stack_uses_the_partition_dual_stack_suffix() {
    assert_eq!(
        url("us-east-1", false, true),
        "https://cleanrooms.us-east-1.api.aws"
    );
    assert_eq!(
        url("cn-north-1", false, true),
        "https://cleanrooms.cn-north-1.api.amazonwebservices.com.cn"
    );
    assert_eq!(
        url("us-gov-west-1", false, true),
        "https://cleanrooms.us-gov-west-1.api.aws"
    );
    assert_eq!(
        url("us-iso-east-1", false, true),
        "https://cleanrooms.us-iso-east-1.api.aws.ic.gov"
    );
    assert_eq!(
        url("us-isob-east-1", false, true),
        "https://cleanrooms.us-isob-east-1.api.aws.scloud"
    );
}

#[test]
fn fips_and_dual_stack_together_use_fips_host_and_dual_stack_suffix() {
    assert_eq!(
        url("us-west-2", true, true),
        "https://cleanrooms-fips.us-west-2.api.aws"
    );
    assert_eq!(
        url("cn-north-1", true, true),
        "https://cleanrooms-fips.cn-north-1.api.amazonwebservices.com.cn"
    );
}

#[test]
fn partitions_are_chosen_by_region_prefix() {
    let name = |region| partition(region).name;
    assert_eq!(name("eu-central-2"), "aws");
    assert_eq!(name("il-central-1"), "aws");
    assert_eq!(name("cn-north-1"), "aws-cn");
    assert_eq!(name("us-gov-east-1"), "aws-us-gov");
    assert_eq!(name("us-iso-west-1"), "aws-iso");
    assert_eq!(name("us-isob-east-1"), "aws-iso-b");
    assert_eq!(name("eu-isoe-west-1"), "aws-iso-e");
    assert_eq!(name("us-isof-south-1"), "aws-iso-f");
    assert_eq!(name("eusc-de-east-1"), "aws-eusc");
    assert_eq!(name("aws-cn-global"), "aws-cn");
    assert_eq!(name("aws-us-gov-global"), "aws-us-gov");
}

#[test]
fn unknown_regions_fall_back_to_the_aws_partition() {
    assert_eq!(partition("xx-unknown-1").name, "aws");
    assert_eq!(partition("us-east").name, "aws");
    assert_eq!(partition("local").name, "aws");
    assert_eq!(
        url("local", false, false),
        "https://cleanrooms.local.amazonaws.com"
    );
}

#[test]
fn custom_endpoint_is_used_as_given() {
    let endpoint = resolve_endpoint(&EndpointParams {
        region: Some("us-east-1"),
        endpoint: Some("http://localhost:8080/base/"),
        ..EndpointParams::default()
    })
    .unwrap();
    assert_eq!(endpoint.url(), "http://localhost:8080/base/");
    assert_eq!(endpoint.base_path(), "/base");
    assert_eq!(endpoint.host_header(), "localhost:8080");
}

#[test]
fn custom_endpoint_needs_no_region() {
    let endpoint = resolve_endpoint(&EndpointParams {
        endpoint: Some("https://example.com"),
        ..EndpointParams::default()
    })
    .unwrap();
    assert_eq!(endpoint.url(), "https://example.com");
    assert_eq!(endpoint.base_path(), "");
}

#[test]
fn custom_endpoint_with_fips_is_a_configuration_error() {
    let err = resolve_endpoint(&EndpointParams {
        region: Some("us-east-1"),
        use_fips: true,
        endpoint: Some("https://example.com"),
        ..EndpointParams::default()
    })
    .unwrap_err();
    assert_eq!(err, EndpointError::FipsWithCustomEndpoint);
    assert_eq!(
        err.to_string(),
        "Invalid Configuration: FIPS and custom endpoint are not supported"
    );
}

#[test]
fn custom_endpoint_with_dual_stack_is_a_configuration_error() {
    let err = resolve_endpoint(&EndpointParams {
        region: Some("us-east-1"),
        use_dual_stack: true,
        endpoint: Some("https://example.com"),
        ..EndpointParams::default()
    })
    .unwrap_err();
    assert_eq!(err, EndpointError::DualStackWithCustomEndpoint);
    assert_eq!(
        err.to_string(),
        "Invalid Configuration: Dualstack and custom endpoint are not supported"
    );
}

#[test]
fn no_region_and_no_custom_endpoint_is_a_configuration_error() {
    assert_eq!(
        resolve_endpoint(&EndpointParams::default()),
        Err(EndpointError::MissingRegion)
    );
    assert_eq!(
        resolve_endpoint(&EndpointParams {
            region: Some(""),
            endpoint: Some(""),
            ..EndpointParams::default()
        }),
        Err(EndpointError::MissingRegion)
    );
}

#[test]
fn a_region_that_is_not_a_host_label_is_rejected() {
    for region in ["us-east-1.evil.com", "a/b", "x@y", "-us", "us east", "é"] {
        assert_eq!(
            resolve_endpoint(&EndpointParams {
                region: Some(region),
                ..EndpointParams::default()
            }),
            Err(EndpointError::InvalidRegion(region.to_owned())),
            "{region}"
        );
    }
}

#[test]
fn a_custom_endpoint_must_be_an_absolute_http_url() {
    for bad in [
        "localhost:8080",
        "ftp://example.com",
        "/just/a/path",
        "https://example.com/?a=b",
        "https://example.com/#x",
        "https://user@example.com",
        "not a url",
    ] {
        let err = Endpoint::parse(bad).unwrap_err();
        assert!(
            matches!(err, EndpointError::InvalidEndpoint { .. }),
            "{bad}: {err}"
        );
    }
}

#[test]
fn host_header_omits_the_default_port() {
    assert_eq!(
        Endpoint::parse("https://h.example:443")
            .unwrap()
            .host_header(),
        "h.example"
    );
    assert_eq!(
        Endpoint::parse("http://h.example:80")
            .unwrap()
            .host_header(),
        "h.example"
    );
    assert_eq!(
        Endpoint::parse("http://127.0.0.1:9000")
            .unwrap()
            .host_header(),
        "127.0.0.1:9000"
    );
}
