//! The compact form of endpoint rule sets that generated code embeds.

use aws_union_codegen::endpoint_rules::{compact_rule_set, rule_set_literal, MAGIC};

/// A rule set whose two rules share their condition and endpoint properties.
const RULES: &str = r#"{"version": "1.0", "documentation": "about the service",
  "parameters": {"Region": {"type": "string", "documentation": "the region"}},
  "rules": [
    {"type": "tree", "documentation": "a tree", "conditions": [], "rules": [
      {"type": "endpoint", "documentation": "first",
       "conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}],
       "endpoint": {"url": "https://one.{Region}", "properties": {"documentation": "kept", "authSchemes": [{"name": "sigv4"}]}}},
      {"type": "endpoint", "documentation": "second",
       "conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}],
       "endpoint": {"url": "https://two.{Region}", "properties": {"documentation": "kept", "authSchemes": [{"name": "sigv4"}]}}}
    ]}
  ]}"#;

fn count(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle)
        .count()
}

#[test]
fn the_compact_form_leaves_out_the_documentation_of_the_rule_set_its_parameters_and_rules() {
    let compact = compact_rule_set(RULES, "rules").unwrap();
    for gone in [
        "about the service",
        "the region",
        "a tree",
        "first",
        "second",
    ] {
        assert_eq!(count(&compact, gone.as_bytes()), 0, "{gone}");
    }
    // A property that happens to be called `documentation` is data.
    assert_eq!(count(&compact, b"kept"), 1);
}

#[test]
fn a_repeated_subtree_is_stored_once() {
    let compact = compact_rule_set(RULES, "rules").unwrap();
    assert_eq!(count(&compact, b"isSet"), 1);
    let once = compact.len();
    // A third rule like the others adds its URL and some indexes, not another copy.
    let three = RULES.replacen(
        r#"{"type": "endpoint", "documentation": "second","#,
        r#"{"type": "endpoint", "conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}],
             "endpoint": {"url": "https://six.{Region}", "properties": {"documentation": "kept", "authSchemes": [{"name": "sigv4"}]}}},
           {"type": "endpoint", "documentation": "second","#,
        1,
    );
    let grown = compact_rule_set(&three, "rules").unwrap().len();
    assert!(
        grown - once < "https://six.{Region}".len() + 32,
        "{once} -> {grown}"
    );
}

#[test]
fn the_same_rule_set_gives_the_same_bytes_whatever_its_layout() {
    let compact = compact_rule_set(RULES, "rules").unwrap();
    assert!(compact.starts_with(MAGIC));
    let reformatted: serde_json::Value = serde_json::from_str(RULES).unwrap();
    let pretty = serde_json::to_string_pretty(&reformatted).unwrap();
    assert_eq!(compact_rule_set(&pretty, "rules").unwrap(), compact);
}

#[test]
fn the_literal_is_a_byte_string_of_the_compact_form() {
    let literal: syn::LitByteStr = syn::parse2(rule_set_literal(RULES, "rules").unwrap()).unwrap();
    assert_eq!(literal.value(), compact_rule_set(RULES, "rules").unwrap());
}

#[test]
fn text_that_is_not_a_rule_set_is_refused_naming_its_origin() {
    assert!(compact_rule_set("{", "kinesis")
        .unwrap_err()
        .to_string()
        .starts_with("kinesis: not JSON: EOF while parsing"));
    assert_eq!(
        compact_rule_set("[]", "kinesis").unwrap_err().to_string(),
        "kinesis: an endpoint rule set is a JSON object"
    );
    assert_eq!(
        compact_rule_set(r#"{"version": "1.0", "rules": []}"#, "kinesis")
            .unwrap_err()
            .to_string(),
        "kinesis: an endpoint rule set has `parameters`"
    );
}

#[test]
fn a_number_that_is_not_a_whole_number_is_refused() {
    let json = r#"{"version": "1.0", "parameters": {}, "rules": [{"type": "error", "conditions": [], "error": 1.5}]}"#;
    assert_eq!(
        compact_rule_set(json, "x").unwrap_err().to_string(),
        "x: the number 1.5 is not a whole number in the range of i64"
    );
}
