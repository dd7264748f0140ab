//! Redaction: a member is `sensitive` when its target is, or a list item or map entry it holds
//! is; a sensitive structure, union or string enum redacts itself whole; a sensitive value
//! inside another generated type is redacted by that type's own `Debug`.
mod common;
use common::*;

const SHAPES: &str = r#"
    "Outer": {"type": "structure", "members": {
        "secret": {"shape": "Secret"}, "secrets": {"shape": "SecretList"},
        "byName": {"shape": "SecretMap"}, "params": {"shape": "Params"},
        "inner": {"shape": "Inner"}, "plain": {"shape": "Plain"},
        "level": {"shape": "Level"}, "colour": {"shape": "Colour"}, "choice": {"shape": "Choice"}}},
    "Level": {"type": "string", "enum": ["LOW", "TOP_SECRET"], "sensitive": true},
    "Colour": {"type": "string", "enum": ["RED", "BLUE"]},
    "Choice": {"type": "structure", "union": true, "sensitive": true,
        "members": {"a": {"shape": "Plain"}, "b": {"shape": "Plain"}}},
    "Secret": {"type": "string", "sensitive": true},
    "SecretList": {"type": "list", "member": {"shape": "Secret"}},
    "SecretMap": {"type": "map", "key": {"shape": "Plain"}, "value": {"shape": "Secret"}},
    "Params": {"type": "structure", "sensitive": true, "members": {"q": {"shape": "Plain"}}},
    "Inner": {"type": "structure", "members": {"token": {"shape": "Secret"}, "note": {"shape": "Plain"}}},
    "Plain": {"type": "string"}"#;

fn sensitive(shape: &str, member: &str) -> bool {
    let plan = plan(SHAPES);
    fields(&plan, shape)
        .iter()
        .find(|f| f.wire == member)
        .unwrap()
        .sensitive
}

#[test]
fn a_member_whose_target_is_sensitive_is_redacted() {
    assert!(sensitive("Outer", "secret"));
    assert_contains(&generate(SHAPES), r#"#[aws(rename = "secret", sensitive)]"#);
}

#[test]
fn a_member_holding_sensitive_list_items_or_map_values_is_redacted() {
    assert!(sensitive("Outer", "secrets"));
    assert!(sensitive("Outer", "byName"));
}

#[test]
fn a_sensitive_structure_is_redacted_whole_and_where_it_is_used() {
    assert!(sensitive("Outer", "params"));
    assert!(plan(SHAPES).item("Params").unwrap().sensitive);
    assert_contains(
        &generate(SHAPES),
        "#[aws(debug, default, sensitive)]\n#[non_exhaustive]\npub struct Params",
    );
}

#[test]
fn a_sensitive_value_inside_another_type_is_redacted_by_that_type() {
    assert!(!sensitive("Outer", "inner"));
    assert!(sensitive("Inner", "token"));
    assert!(!sensitive("Inner", "note"));
    assert!(!sensitive("Outer", "plain"));
}

#[test]
fn a_sensitive_enum_is_redacted_whole_and_where_it_is_used() {
    assert!(sensitive("Outer", "level"));
    assert!(plan(SHAPES).item("Level").unwrap().sensitive);
    let code = generate(SHAPES);
    // The derive's `Debug`, which prints only the marker, instead of `#[derive(Debug)]`.
    assert_contains(
        &code,
        "#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, ::aws_union::AwsEnum)]\n\
         #[aws(debug, sensitive)]\n#[non_exhaustive]\n#[allow(clippy::enum_variant_names)]\n\
         pub enum Level",
    );
}

#[test]
fn an_enum_that_is_not_sensitive_derives_debug() {
    assert!(!sensitive("Outer", "colour"));
    assert!(!plan(SHAPES).item("Colour").unwrap().sensitive);
    assert_contains(
        &generate(SHAPES),
        "#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, ::aws_union::AwsEnum)]\n\
         #[non_exhaustive]\n#[allow(clippy::enum_variant_names)]\npub enum Colour",
    );
}

#[test]
fn a_sensitive_union_is_redacted_whole_and_where_it_is_used() {
    assert!(sensitive("Outer", "choice"));
    assert!(plan(SHAPES).item("Choice").unwrap().sensitive);
    assert_contains(
        &generate(SHAPES),
        "#[derive(Clone, PartialEq, ::aws_union::AwsUnion)]\n#[aws(debug, sensitive)]\n\
         #[non_exhaustive]\n#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]\n\
         pub enum Choice",
    );
}
