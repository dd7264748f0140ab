//! `--union NAME` turns a structure into a union; DynamoDB's `AttributeValue` is one by default.
mod common;
use aws_union_codegen::plan::ItemKind;
use aws_union_codegen::{Generator, DEFAULT_UNION_OVERRIDES};
use common::*;

const ATTRIBUTE_VALUE: &str = r#"
    "AttributeValue": {"type": "structure", "members": {"S": {"shape": "T"}, "M": {"shape": "Map"}}},
    "Map": {"type": "map", "key": {"shape": "T"}, "value": {"shape": "AttributeValue"}},
    "T": {"type": "string"}"#;

fn is_union(model: &[u8], extra: Option<&str>) -> bool {
    let mut generator = Generator::from_bytes(model, "t.json");
    if let Some(name) = extra {
        generator = generator.union(name);
    }
    let plan = generator.plan().unwrap();
    matches!(
        plan.item("AttributeValue").unwrap().kind,
        ItemKind::Union(_)
    )
}

#[test]
fn union_option_turns_a_structure_into_a_union() {
    let model = model(ATTRIBUTE_VALUE);
    assert!(!is_union(&model, None));
    assert!(is_union(&model, Some("AttributeValue")));
}

#[test]
fn dynamodb_attribute_value_is_a_union_by_default() {
    assert!(DEFAULT_UNION_OVERRIDES.contains(&("DynamoDB", "AttributeValue")));
    let model = model_with("json", "DynamoDB", "", ATTRIBUTE_VALUE);
    assert!(is_union(&model, None));
}

#[test]
fn union_option_naming_no_structure_is_an_error() {
    let model = model(ATTRIBUTE_VALUE);
    let missing = Generator::from_bytes(&model, "t.json")
        .union("Nope")
        .plan()
        .unwrap_err();
    assert_eq!(missing.shape(), Some("Nope"));
    let not_structure = Generator::from_bytes(&model, "t.json")
        .union("T")
        .plan()
        .unwrap_err();
    assert_eq!(not_structure.shape(), Some("T"));
}
