//! The compact form generated code embeds, over every rule set of the JSON/CBOR services:
//! encoded by `aws-union-codegen`, decoded here, it resolves every botocore test case exactly
//! as the rule set's JSON does (and as botocore expects).

mod support;

use aws_union_client::endpoint::RuleSet;
use aws_union_codegen::endpoint_rules::compact_rule_set;
use support::botocore::JSON_AND_CBOR;
use support::endpoint_cases::{self, Tally};

#[test]
fn every_json_and_cbor_rule_set_resolves_the_same_from_its_compact_form() {
    let services = endpoint_cases::load(JSON_AND_CBOR, true);
    assert_eq!(services.len(), 423);
    let mut tally = Tally::default();
    let mut sizes = Vec::new();
    for service in &services {
        let name = &service.service.name;
        let compact = compact_rule_set(&service.rule_set, name).unwrap_or_else(|e| panic!("{e}"));
        sizes.push((compact.len(), service.rule_set.len(), name.as_str()));
        let from_json =
            RuleSet::from_json(&service.rule_set).unwrap_or_else(|e| panic!("{name}: {e}"));
        let from_compact =
            RuleSet::from_compact(&compact).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(from_compact.parameters(), from_json.parameters(), "{name}");
        for case in &service.cases {
            let params = case.params();
            let expected = from_json.resolve(&params);
            let got = from_compact.resolve(&params);
            let outcome = if got == expected {
                case.check(&got)
            } else {
                Err(format!("{got:?}, but from JSON {expected:?}"))
            };
            tally.record(
                &service.service.model_protocol,
                outcome.map_err(|why| case.report(name, &why)),
            );
        }
    }
    sizes.sort();
    let total: usize = sizes.iter().map(|s| s.0).sum();
    let json_total: usize = sizes.iter().map(|s| s.1).sum();
    let (min, median, max) = (sizes[0], sizes[sizes.len() / 2], sizes[sizes.len() - 1]);
    println!(
        "compact rule sets of {} services: min {} B ({}), median {} B, max {} B ({}, {} B of JSON), \
         total {} B ({} B of JSON)",
        sizes.len(),
        min.0,
        min.2,
        median.0,
        max.0,
        max.2,
        max.1,
        total,
        json_total
    );
    println!("{}", tally.table("from the compact form:"));
    tally.assert_all_passed();
    assert_eq!(tally.total(), (13_297, 13_297));
}
