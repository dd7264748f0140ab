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

/// botocore's own unit tests of its rules engine: small rule sets, one per function or
/// feature (`tests/unit/data/endpoints/valid-rules`), most with cases (`test-cases`), as
/// `tests/unit/test_endpoint_provider.py` runs them.
#[test]
fn every_rule_set_of_botocores_engine_suites_loads_and_resolves_its_cases_as_expected() {
    let data = support::botocore::sdist().join("tests/unit/data/endpoints");
    let read = |path: &std::path::Path| {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let mut suites: Vec<_> = std::fs::read_dir(data.join("valid-rules"))
        .expect("valid-rules")
        .map(|entry| entry.expect("entry").path())
        .collect();
    suites.sort();
    let mut tally = Tally::default();
    for rules_path in &suites {
        let suite = rules_path.file_stem().unwrap().to_string_lossy();
        let rules =
            RuleSet::from_json(&read(rules_path)).unwrap_or_else(|e| panic!("{suite}: {e}"));
        let cases_path = data.join("test-cases").join(format!("{suite}.json"));
        if !cases_path.is_file() {
            continue;
        }
        let tests: serde_json::Value = serde_json::from_str(&read(&cases_path)).unwrap();
        for case in tests["testCases"].as_array().expect("testCases") {
            let case = endpoint_cases::Case::from_json(case);
            let outcome = case.check(&rules.resolve(&case.params()));
            tally.record(&suite, outcome.map_err(|got| case.report(&suite, &got)));
        }
    }
    assert_eq!(suites.len(), 18, "botocore 1.44.8 has 18 such rule sets");
    println!("{}", tally.table("botocore 1.44.8 rules engine suites:"));
    tally.assert_all_passed();
    assert_eq!(tally.total(), (101, 101));
}
