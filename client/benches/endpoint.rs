//! What endpoint rules cost a generated client, on the largest rule sets of the JSON/CBOR
//! services (Kinesis, DynamoDB) and a typical one (Lambda):
//!
//! - `load/compact/<service>`: decoding the compact form generated code embeds, once per client;
//! - `load/json/<service>`: loading the same rule set from its JSON, for comparison;
//! - `resolve/uncached/<service>`: one evaluation of the rules for a regional endpoint;
//! - `resolve/cached/<service>`: what a call pays with a [`Resolver`]: a cache lookup.
//!
//! The rule sets are read from the pinned botocore sdist (fetched into `target/` on first use).
//!
//! ```text
//! cargo bench -p aws-union-client --bench endpoint
//! ```

#[path = "../tests/support/mod.rs"]
mod support;

use std::fs;
use std::hint::black_box;

use aws_union_client::endpoint::{Params, Resolver, RuleSet};
use aws_union_codegen::endpoint_rules::compact_rule_set;
use criterion::{criterion_group, criterion_main, Criterion};

const SERVICES: &[&str] = &["kinesis", "dynamodb", "lambda"];

fn rule_set_json(service: &str) -> String {
    let root = support::botocore::sdist();
    let dir = support::botocore::services(root)
        .into_iter()
        .find(|s| s.name == service)
        .unwrap_or_else(|| panic!("no service {service}"))
        .dir;
    fs::read_to_string(dir.join("endpoint-rule-set-1.json")).expect("rule set")
}

/// A regional call's parameters, as a client configured for us-west-2 passes them.
fn regional() -> Params {
    Params::new()
        .with_builtin("AWS::Region", "us-west-2")
        .with_builtin("AWS::UseFIPS", false)
        .with_builtin("AWS::UseDualStack", false)
}

fn bench(c: &mut Criterion) {
    for &service in SERVICES {
        let json = rule_set_json(service);
        let compact = compact_rule_set(&json, service).expect("encodes");
        println!(
            "{service}: {} B of JSON, {} B compact",
            json.len(),
            compact.len()
        );
        c.bench_function(&format!("load/compact/{service}"), |b| {
            b.iter(|| RuleSet::from_compact(black_box(&compact)).expect("loads"))
        });
        c.bench_function(&format!("load/json/{service}"), |b| {
            b.iter(|| RuleSet::from_json(black_box(&json)).expect("loads"))
        });
        let rules = RuleSet::from_compact(&compact).expect("loads");
        let params = regional();
        c.bench_function(&format!("resolve/uncached/{service}"), |b| {
            b.iter(|| rules.resolve(black_box(&params)).expect("resolves"))
        });
        let resolver = Resolver::new(rules);
        c.bench_function(&format!("resolve/cached/{service}"), |b| {
            b.iter(|| resolver.resolve(black_box(&params)).expect("resolves"))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
