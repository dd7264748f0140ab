//! Clean Rooms's endpoint rule set, embedded in the compact form and run by
//! `aws-union-client`'s rules engine, agrees with AWS's own resolver: every row below is what
//! botocore 1.44.8's `EndpointProvider` gives for Clean Rooms' endpoint rule set and
//! partitions (regenerate with the snippet in this file's last comment).

use aws_union_client::endpoint::{Endpoint, Params, ResolveError, RuleSet};
use cleanrooms_runtime::protocol::SERVICE;

/// The endpoint for the rule set's parameters, as the client gives them (`Region`, `UseFIPS`,
/// `UseDualStack`, `Endpoint`).
fn resolve(
    region: Option<&str>,
    use_fips: bool,
    use_dual_stack: bool,
    endpoint: Option<&str>,
) -> Result<Endpoint, ResolveError> {
    let rules = RuleSet::from_compact(SERVICE.endpoint_rules).expect("the embedded rule set loads");
    let mut params = Params::new()
        .with("UseFIPS", use_fips)
        .with("UseDualStack", use_dual_stack);
    if let Some(region) = region {
        params.set("Region", region);
    }
    if let Some(endpoint) = endpoint {
        params.set("Endpoint", endpoint);
    }
    rules.resolve(&params)
}

const BOTOCORE_RESOLVED: &[(&str, bool, bool, &str)] = &[
    (
        "us-east-1",
        false,
        false,
        "https://cleanrooms.us-east-1.amazonaws.com",
    ),
    (
        "us-east-1",
        false,
        true,
        "https://cleanrooms.us-east-1.api.aws",
    ),
    (
        "us-east-1",
        true,
        false,
        "https://cleanrooms-fips.us-east-1.amazonaws.com",
    ),
    (
        "us-east-1",
        true,
        true,
        "https://cleanrooms-fips.us-east-1.api.aws",
    ),
    (
        "cn-north-1",
        false,
        false,
        "https://cleanrooms.cn-north-1.amazonaws.com.cn",
    ),
    (
        "cn-north-1",
        false,
        true,
        "https://cleanrooms.cn-north-1.api.amazonwebservices.com.cn",
    ),
    (
        "cn-north-1",
        true,
        false,
        "https://cleanrooms-fips.cn-north-1.amazonaws.com.cn",
    ),
    (
        "cn-north-1",
        true,
        true,
        "https://cleanrooms-fips.cn-north-1.api.amazonwebservices.com.cn",
    ),
    (
        "us-gov-west-1",
        false,
        false,
        "https://cleanrooms.us-gov-west-1.amazonaws.com",
    ),
    (
        "us-gov-west-1",
        false,
        true,
        "https://cleanrooms.us-gov-west-1.api.aws",
    ),
    (
        "us-gov-west-1",
        true,
        false,
        "https://cleanrooms-fips.us-gov-west-1.amazonaws.com",
    ),
    (
        "us-gov-west-1",
        true,
        true,
        "https://cleanrooms-fips.us-gov-west-1.api.aws",
    ),
    (
        "us-iso-east-1",
        false,
        false,
        "https://cleanrooms.us-iso-east-1.c2s.ic.gov",
    ),
    (
        "us-iso-east-1",
        false,
        true,
        "https://cleanrooms.us-iso-east-1.api.aws.ic.gov",
    ),
    (
        "us-iso-east-1",
        true,
        false,
        "https://cleanrooms-fips.us-iso-east-1.c2s.ic.gov",
    ),
    (
        "us-iso-east-1",
        true,
        true,
        "https://cleanrooms-fips.us-iso-east-1.api.aws.ic.gov",
    ),
    (
        "us-isob-east-1",
        false,
        false,
        "https://cleanrooms.us-isob-east-1.sc2s.sgov.gov",
    ),
    (
        "us-isob-east-1",
        false,
        true,
        "https://cleanrooms.us-isob-east-1.api.aws.scloud",
    ),
    (
        "us-isob-east-1",
        true,
        false,
        "https://cleanrooms-fips.us-isob-east-1.sc2s.sgov.gov",
    ),
    (
        "us-isob-east-1",
        true,
        true,
        "https://cleanrooms-fips.us-isob-east-1.api.aws.scloud",
    ),
    (
        "eu-west-1",
        false,
        false,
        "https://cleanrooms.eu-west-1.amazonaws.com",
    ),
    (
        "eu-west-1",
        false,
        true,
        "https://cleanrooms.eu-west-1.api.aws",
    ),
    (
        "eu-west-1",
        true,
        false,
        "https://cleanrooms-fips.eu-west-1.amazonaws.com",
    ),
    (
        "eu-west-1",
        true,
        true,
        "https://cleanrooms-fips.eu-west-1.api.aws",
    ),
    (
        "mx-central-1",
        false,
        false,
        "https://cleanrooms.mx-central-1.amazonaws.com",
    ),
    (
        "mx-central-1",
        false,
        true,
        "https://cleanrooms.mx-central-1.api.aws",
    ),
    (
        "mx-central-1",
        true,
        false,
        "https://cleanrooms-fips.mx-central-1.amazonaws.com",
    ),
    (
        "mx-central-1",
        true,
        true,
        "https://cleanrooms-fips.mx-central-1.api.aws",
    ),
    (
        "eusc-de-east-1",
        false,
        false,
        "https://cleanrooms.eusc-de-east-1.amazonaws.eu",
    ),
    (
        "eusc-de-east-1",
        false,
        true,
        "https://cleanrooms.eusc-de-east-1.api.amazonwebservices.eu",
    ),
    (
        "eusc-de-east-1",
        true,
        false,
        "https://cleanrooms-fips.eusc-de-east-1.amazonaws.eu",
    ),
    (
        "eusc-de-east-1",
        true,
        true,
        "https://cleanrooms-fips.eusc-de-east-1.api.amazonwebservices.eu",
    ),
    (
        "eu-isoe-west-1",
        false,
        false,
        "https://cleanrooms.eu-isoe-west-1.cloud.adc-e.uk",
    ),
    (
        "eu-isoe-west-1",
        false,
        true,
        "https://cleanrooms.eu-isoe-west-1.api.cloud-aws.adc-e.uk",
    ),
    (
        "eu-isoe-west-1",
        true,
        false,
        "https://cleanrooms-fips.eu-isoe-west-1.cloud.adc-e.uk",
    ),
    (
        "eu-isoe-west-1",
        true,
        true,
        "https://cleanrooms-fips.eu-isoe-west-1.api.cloud-aws.adc-e.uk",
    ),
    (
        "us-isof-south-1",
        false,
        false,
        "https://cleanrooms.us-isof-south-1.csp.hci.ic.gov",
    ),
    (
        "us-isof-south-1",
        false,
        true,
        "https://cleanrooms.us-isof-south-1.api.aws.hci.ic.gov",
    ),
    (
        "us-isof-south-1",
        true,
        false,
        "https://cleanrooms-fips.us-isof-south-1.csp.hci.ic.gov",
    ),
    (
        "us-isof-south-1",
        true,
        true,
        "https://cleanrooms-fips.us-isof-south-1.api.aws.hci.ic.gov",
    ),
    (
        "xx-unknown-1",
        false,
        false,
        "https://cleanrooms.xx-unknown-1.amazonaws.com",
    ),
    (
        "xx-unknown-1",
        false,
        true,
        "https://cleanrooms.xx-unknown-1.api.aws",
    ),
    (
        "xx-unknown-1",
        true,
        false,
        "https://cleanrooms-fips.xx-unknown-1.amazonaws.com",
    ),
    (
        "xx-unknown-1",
        true,
        true,
        "https://cleanrooms-fips.xx-unknown-1.api.aws",
    ),
];

#[test]
fn regional_endpoints_match_botocores_resolver() {
    for &(region, use_fips, use_dual_stack, expected) in BOTOCORE_RESOLVED {
        let endpoint = resolve(Some(region), use_fips, use_dual_stack, None).unwrap_or_else(|e| {
            panic!("{region} fips={use_fips} dual-stack={use_dual_stack}: {e}")
        });
        assert_eq!(
            endpoint.url(),
            expected,
            "{region} fips={use_fips} dual-stack={use_dual_stack}"
        );
    }
}

#[test]
fn a_custom_endpoint_with_fips_or_dual_stack_is_a_configuration_error_as_in_botocore() {
    // botocore: "Invalid Configuration: FIPS and custom endpoint are not supported" and
    // "Invalid Configuration: Dualstack and custom endpoint are not supported".
    for (use_fips, use_dual_stack, message) in [
        (
            true,
            false,
            "Invalid Configuration: FIPS and custom endpoint are not supported",
        ),
        (
            false,
            true,
            "Invalid Configuration: Dualstack and custom endpoint are not supported",
        ),
    ] {
        let error = resolve(
            Some("us-east-1"),
            use_fips,
            use_dual_stack,
            Some("https://example.com"),
        )
        .expect_err("a configuration error");
        assert_eq!(error.to_string(), message);
    }
}

#[test]
fn no_region_and_no_custom_endpoint_is_a_configuration_error_as_in_botocore() {
    // botocore: "Invalid Configuration: Missing Region".
    let error = resolve(None, false, false, None).expect_err("a configuration error");
    assert!(
        error
            .to_string()
            .starts_with("Invalid Configuration: Missing Region"),
        "{error}"
    );
}

#[test]
fn a_custom_endpoint_is_used_as_given_with_or_without_a_region() {
    for region in [Some("us-east-1"), None] {
        let endpoint = resolve(region, false, false, Some("http://localhost:8080/base/")).unwrap();
        assert_eq!(endpoint.url(), "http://localhost:8080/base/");
    }
}

// Regenerate the table (in the conformance venv):
//   from botocore.endpoint_provider import EndpointProvider; import botocore.session
//   loader = botocore.session.get_session().get_component('data_loader')
//   ep = EndpointProvider(loader.load_service_model('cleanrooms', 'endpoint-rule-set-1'),
//                         loader.load_data('partitions'))
//   ep.resolve_endpoint(Region=region, UseFIPS=fips, UseDualStack=ds).url
