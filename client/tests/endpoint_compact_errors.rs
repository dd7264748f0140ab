//! Bytes that are not a well-formed compact rule set are refused with the byte offset and the
//! reason, never a panic, never a hang: truncation, corruption, forward references, and trees
//! that would expand beyond reason.

use aws_union_client::endpoint::{LoadError, Params, RuleSet};
use aws_union_codegen::endpoint_rules::compact_rule_set;

const RULES: &str = r#"{"version": "1.0",
  "parameters": {"Region": {"type": "string", "builtIn": "AWS::Region", "documentation": "d"},
                 "UseFIPS": {"type": "boolean", "default": false, "required": true}},
  "rules": [
    {"type": "endpoint", "documentation": "FIPS",
     "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]},
                    {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"}],
     "endpoint": {"url": "https://fips.{Region}.{P#dnsSuffix}", "properties": {"n": -7}}},
    {"type": "error", "conditions": [], "error": "no endpoint for {Region}"}
  ]}"#;

fn compact() -> Vec<u8> {
    compact_rule_set(RULES, "test").expect("encodes")
}

fn refused(bytes: &[u8]) -> LoadError {
    RuleSet::from_compact(bytes).expect_err("refused")
}

/// A compact rule set of the given strings and nodes (each node's bytes as written).
fn assemble(strings: &[&str], nodes: &[&[u8]]) -> Vec<u8> {
    let mut out = b"AUER\x01".to_vec();
    out.push(strings.len() as u8);
    for s in strings {
        out.push(s.len() as u8);
        out.extend_from_slice(s.as_bytes());
    }
    out.extend(varint(nodes.len() as u64));
    for node in nodes {
        out.extend_from_slice(node);
    }
    out
}

fn varint(mut n: u64) -> Vec<u8> {
    let mut out = Vec::new();
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
    out
}

#[test]
fn a_compact_rule_set_resolves_as_its_json_does() {
    let from_json = RuleSet::from_json(RULES).unwrap();
    let from_compact = RuleSet::from_compact(&compact()).unwrap();
    for params in [
        Params::new()
            .with("Region", "us-gov-west-1")
            .with("UseFIPS", true),
        Params::new().with("Region", "eu-west-1"),
    ] {
        assert_eq!(from_compact.resolve(&params), from_json.resolve(&params));
    }
}

#[test]
fn bytes_without_the_magic_and_version_are_refused() {
    assert_eq!(
        refused(br#"{"version": "1.0"}"#).to_string(),
        "compact endpoint rule set: at byte 0: not a compact endpoint rule set (its first bytes are not `AUER` 1)"
    );
    assert_eq!(refused(b"AUER\x02\x00\x00").path(), "byte 0");
}

#[test]
fn every_truncation_of_a_compact_rule_set_is_refused() {
    let bytes = compact();
    for len in 0..bytes.len() {
        let error = refused(&bytes[..len]);
        assert!(error.path().starts_with("byte "), "{len}: {error}");
    }
}

#[test]
fn trailing_bytes_are_refused() {
    let mut bytes = compact();
    bytes.push(0);
    assert_eq!(
        refused(&bytes).message(),
        "trailing bytes after the last node"
    );
}

#[test]
fn every_corruption_of_one_byte_is_refused_or_loads_but_never_panics() {
    let bytes = compact();
    let params = Params::new()
        .with("Region", "us-east-1")
        .with("UseFIPS", true);
    for at in 0..bytes.len() {
        for value in [0x00, 0x01, 0x05, 0x06, 0x7f, 0x80, 0xff] {
            let mut corrupt = bytes.clone();
            corrupt[at] = value;
            // A corruption may still be a valid rule set (a changed letter); then it resolves.
            if let Ok(rules) = RuleSet::from_compact(&corrupt) {
                let _ = rules.resolve(&params);
            }
        }
    }
}

#[test]
fn a_node_referring_to_itself_or_a_later_node_is_refused() {
    // Node 0 is an array holding node 0.
    let error = refused(&assemble(&[], &[&[5, 1, 0]]));
    assert_eq!(error.to_string(), "compact endpoint rule set: at byte 9: node index 0 is out of range (there are 0 before it)");
    let error = refused(&assemble(&["k"], &[&[0], &[6, 1, 0, 5]]));
    assert_eq!(
        error.message(),
        "node index 5 is out of range (there are 1 before it)"
    );
    let error = refused(&assemble(&["k"], &[&[4, 1]]));
    assert_eq!(
        error.message(),
        "string index 1 is out of range (there are 1 before it)"
    );
}

#[test]
fn a_tree_that_expands_exponentially_is_refused() {
    // Each node is a pair of the one before: 2^40 values once expanded, in 200 bytes.
    let mut nodes: Vec<Vec<u8>> = vec![vec![0]];
    for i in 0..40u8 {
        nodes.push(vec![5, 2, i, i]);
    }
    let nodes: Vec<&[u8]> = nodes.iter().map(Vec::as_slice).collect();
    let error = refused(&assemble(&[], &nodes));
    assert_eq!(error.message(), "expands to more than 4194304 JSON values");
}

#[test]
fn nesting_deeper_than_128_levels_is_refused() {
    let mut nodes: Vec<Vec<u8>> = vec![vec![0]];
    for i in 0..200u64 {
        let mut node = vec![5, 1];
        node.extend(varint(i));
        nodes.push(node);
    }
    let nodes: Vec<&[u8]> = nodes.iter().map(Vec::as_slice).collect();
    let error = refused(&assemble(&[], &nodes));
    assert_eq!(error.message(), "nested deeper than 128 levels");
}

#[test]
fn a_string_that_is_not_utf8_is_refused() {
    let mut bytes = assemble(&["ab"], &[&[4, 0]]);
    bytes[7] = 0xff;
    assert_eq!(
        refused(&bytes).to_string(),
        "compact endpoint rule set: at byte 7: a string is not UTF-8"
    );
}

#[test]
fn a_count_larger_than_the_bytes_left_is_refused() {
    let mut bytes = b"AUER\x01".to_vec();
    bytes.extend(varint(u64::MAX));
    assert_eq!(
        refused(&bytes).message(),
        format!("a count of {} with only 0 bytes left", u64::MAX)
    );
    bytes.truncate(5);
    bytes.extend([0xff; 11]);
    assert_eq!(
        refused(&bytes).message(),
        "a number does not fit in 64 bits"
    );
}

#[test]
fn a_compact_form_that_is_not_a_rule_set_is_refused_as_the_json_would_be() {
    let error = refused(&assemble(&["version"], &[&[2]]));
    assert_eq!(
        error.to_string(),
        "compact endpoint rule set: expected an object, found a boolean"
    );
}
