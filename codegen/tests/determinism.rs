//! The same model gives the same bytes, whatever the order of shapes in the file.
mod common;
use aws_union_codegen::Generator;
use common::*;

const A: &str = r#""Zeta": {"type": "structure", "members": {"a": {"shape": "Alpha"}, "m": {"shape": "M"}}},
                   "Alpha": {"type": "string", "enum": ["X", "Y"]},
                   "M": {"type": "map", "key": {"shape": "T"}, "value": {"shape": "Zeta"}},
                   "T": {"type": "string"}"#;
const B: &str = r#""T": {"type": "string"},
                   "M": {"type": "map", "key": {"shape": "T"}, "value": {"shape": "Zeta"}},
                   "Alpha": {"type": "string", "enum": ["X", "Y"]},
                   "Zeta": {"type": "structure", "members": {"a": {"shape": "Alpha"}, "m": {"shape": "M"}}}"#;

#[test]
fn the_same_model_gives_the_same_bytes() {
    let first = Generator::from_bytes(&model(A), "t.json")
        .generate_string()
        .unwrap();
    let second = Generator::from_bytes(&model(A), "t.json")
        .generate_string()
        .unwrap();
    assert_eq!(first, second);
}

#[test]
fn the_order_of_shapes_in_the_file_does_not_matter() {
    assert_eq!(generate(A), generate(B));
}

#[test]
fn members_keep_the_model_order() {
    let code = generate(
        r#""S": {"type": "structure", "members": {"zz": {"shape": "T"}, "aa": {"shape": "T"}}}, "T": {"type": "string"}"#,
    );
    assert!(code.find("pub zz").unwrap() < code.find("pub aa").unwrap());
}

/// Shapes whose members prettyplease (89 columns) and rustfmt (100 columns) lay out
/// differently: a field type that fits in 100 columns, one that fits alone on the next line,
/// one whose inner arguments fit once the outer ones break, a long tuple variant, `#[aws(…)]`
/// attributes past rustfmt's widths and a type name too long for `pub struct Name {`.
const WIDE: &str = r#""Wide": {"type": "structure", "members": {
        "attributeValueList": {"shape": "ValueList"},
        "contradictingReasoningRules": {"shape": "ValueList"},
        "items": {"shape": "ItemList"},
        "backupCreationDateTime": {"shape": "Time", "timestampFormat": "unixTimestamp"},
        "u": {"shape": "WideUnion"}},
      "required": ["backupCreationDateTime"]},
    "ValueList": {"type": "list", "member": {"shape": "AttributeValueEntryWithALongName"}},
    "ItemList": {"type": "list", "member": {"shape": "Item"}},
    "Item": {"type": "map", "key": {"shape": "T"}, "value": {"shape": "AttributeValueEntryWithALongName"}},
    "AttributeValueEntryWithALongName": {"type": "structure", "members": {"v": {"shape": "Choice"}}},
    "Choice": {"type": "string", "enum": ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "x"]},
    "WideUnion": {"type": "structure", "union": true, "members": {
        "m": {"shape": "ItemMapOfListsOfAttributeValueEntriesWithLongNames"}}},
    "ItemMapOfListsOfAttributeValueEntriesWithLongNames": {"type": "map", "key": {"shape": "T"}, "value": {"shape": "ValueList"}},
    "AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification": {
        "type": "structure", "members": {"a": {"shape": "T"}}},
    "Time": {"type": "timestamp"},
    "T": {"type": "string"}"#;

#[test]
fn the_output_is_rustfmt_clean() {
    let code = generate(WIDE);
    assert_rustfmt_clean(&code, "fmt");
}
