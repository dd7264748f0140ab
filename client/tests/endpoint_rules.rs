//! botocore's endpoint tests, every case: the oracle of the endpoint rules engine.
//!
//! The rule sets and cases are read from the pinned botocore sdist at test time (fetched into
//! `target/botocore-sdist/` on first use); nothing is built per service.

mod support;

use aws_union_client::endpoint::RuleSet;
use support::botocore::JSON_AND_CBOR;
use support::endpoint_cases::{self, ServiceCases, Tally};

/// Runs every case of `services`, counting them by the model's own protocol.
fn run(services: &[ServiceCases]) -> Tally {
    let mut tally = Tally::default();
    for service in services {
        let protocol = &service.service.model_protocol;
        match RuleSet::from_json(&service.rule_set) {
            Ok(rules) => {
                for case in &service.cases {
                    let result = rules.resolve(&case.params());
                    let outcome = case
                        .check(&result)
                        .map_err(|got| case.report(&service.service.name, &got));
                    tally.record(protocol, outcome);
                }
            }
            Err(error) => {
                for case in &service.cases {
                    tally.record(
                        protocol,
                        Err(case.report(&service.service.name, &format!("load error {error}"))),
                    );
                }
            }
        }
    }
    tally
}

#[test]
fn every_endpoint_test_case_of_the_json_and_cbor_services_resolves_as_botocore_expects() {
    let services = endpoint_cases::load(JSON_AND_CBOR, true);
    assert_eq!(
        services.len(),
        423,
        "the JSON/CBOR services of botocore 1.44.8"
    );
    let tally = run(&services);
    println!(
        "{}",
        tally.table(
            "botocore 1.44.8 endpoint tests, the 423 JSON/CBOR services (by the model's protocol):"
        )
    );
    tally.assert_all_passed();
    assert_eq!(tally.total(), (13_297, 13_297));
}

#[test]
fn every_endpoint_test_case_of_the_other_services_resolves_as_botocore_expects() {
    // S3, S3 Control, STS, EC2, …: rule sets beyond the JSON/CBOR services, and the richest.
    let services = endpoint_cases::load(JSON_AND_CBOR, false);
    let tally = run(&services);
    println!(
        "{}",
        tally
            .table("botocore 1.44.8 endpoint tests, the other services (by the model's protocol):")
    );
    tally.assert_all_passed();
}
