//! `--strings borrowed`: string shapes become `aws_union::CowStr<'a>`, and exactly the
//! structures and unions that reach one (through lists, maps, boxes, other types, recursion)
//! get the lifetime `'a`; enums and the unknown member stay owned; the default is unchanged.
mod common;
use aws_union_codegen::{DocsMode, Generator, Strings};
use common::*;

const SHAPES: &str = r#"
    "Top": {"type": "structure", "required": ["id"], "members": {
        "id": {"shape": "Str"}, "count": {"shape": "Int"}, "tags": {"shape": "Strs"},
        "byName": {"shape": "ByName"}, "node": {"shape": "Node"}, "plain": {"shape": "Plain"},
        "state": {"shape": "State"}, "byState": {"shape": "ByState"}, "value": {"shape": "Value"}}},
    "Node": {"type": "structure", "members": {"next": {"shape": "Node"}, "leaf": {"shape": "Leaf"}}},
    "Leaf": {"type": "structure", "members": {"items": {"shape": "Values"}}},
    "Value": {"type": "structure", "union": true, "members": {
        "s": {"shape": "Str"}, "l": {"shape": "Values"}, "n": {"shape": "Int"}}},
    "Values": {"type": "list", "member": {"shape": "Value"}},
    "Plain": {"type": "structure", "members": {"count": {"shape": "Int"}, "again": {"shape": "Plain"},
        "state": {"shape": "State"}, "byState": {"shape": "ByState"}}},
    "Numbers": {"type": "structure", "union": true, "members": {"n": {"shape": "Int"}}},
    "Strs": {"type": "list", "member": {"shape": "Str"}},
    "ByName": {"type": "map", "key": {"shape": "Str"}, "value": {"shape": "Int"}},
    "ByState": {"type": "map", "key": {"shape": "State"}, "value": {"shape": "Int"}},
    "State": {"type": "string", "enum": ["ON", "OFF"]},
    "Str": {"type": "string"}, "Int": {"type": "integer"}"#;

fn generator() -> Generator {
    Generator::from_bytes(&model(SHAPES), "test.json").docs(DocsMode::Facts)
}

fn borrowed() -> String {
    generator()
        .strings(Strings::Borrowed)
        .types_only(true)
        .generate_string()
        .unwrap_or_else(|e| panic!("generation failed: {e}"))
}

#[test]
fn borrowed_strings_carry_a_lifetime_only_where_reached() {
    let plan = generator()
        .strings(Strings::Borrowed)
        .types_only(true)
        .plan()
        .unwrap();
    let with: Vec<&str> = plan
        .items
        .iter()
        .filter(|i| i.lifetime)
        .map(|i| i.shape.as_str())
        .collect();
    // `Node` reaches a string only through `Leaf` → list → union; `Top` directly and through
    // all of those.
    assert_eq!(with, ["Leaf", "Node", "Top", "Value"]);
    let code = borrowed();
    for decl in [
        "pub struct Top<'a> {",
        "pub struct Node<'a> {",
        "pub enum Value<'a> {",
        "pub struct Plain {",
        "pub enum Numbers {",
        "pub enum State {",
    ] {
        assert_contains(&code, decl);
    }
}

#[test]
fn borrowed_strings_are_cow_strs_wherever_they_are() {
    let code = borrowed();
    for field in [
        "pub id: ::aws_union::CowStr<'a>,",
        "pub tags: ::core::option::Option<::aws_union::__private::Vec<::aws_union::CowStr<'a>>>,",
        "pub by_name: ::core::option::Option<::aws_union::__private::BTreeMap<::aws_union::CowStr<'a>, i32>>,",
        "pub node: ::core::option::Option<Node<'a>>,",
        "pub next: ::core::option::Option<::aws_union::__private::Box<Node<'a>>>,",
        "S(::aws_union::CowStr<'a>),",
        "L(::aws_union::__private::Vec<Value<'a>>),",
        "pub plain: ::core::option::Option<Plain>,",
    ] {
        // Compared without whitespace: prettyplease wraps long types (with a trailing comma).
        assert_contains(&squashed(&code), &squashed(field));
    }
}

fn squashed(text: &str) -> String {
    text.split_whitespace()
        .collect::<String>()
        .replace(",>", ">")
}

#[test]
fn members_holding_the_lifetime_are_marked_borrow() {
    let code = borrowed();
    assert_contains(&code, "#[aws(rename = \"id\", required, borrow)]");
    assert_contains(&code, "#[aws(rename = \"s\", borrow)]");
    assert_contains(&code, "#[aws(rename = \"n\")]\n    N(i32),");
    assert_contains(&code, "#[aws(rename = \"count\")]\n    pub count:");
}

#[test]
fn borrowed_mode_keeps_enums_and_the_unknown_member_owned() {
    let code = borrowed();
    assert_contains(&code, "Unknown(::aws_union::__private::String),");
    assert_contains(&code, "name: ::aws_union::__private::String,");
    assert_contains(
        &code,
        "pub by_state: ::core::option::Option<::aws_union::__private::BTreeMap<State, i32>>,",
    );
}

#[test]
fn owned_strings_are_the_default() {
    let default = generator().generate_string().unwrap();
    let owned = generator()
        .strings(Strings::Owned)
        .generate_string()
        .unwrap();
    assert_eq!(default, owned);
    assert!(!default.contains("CowStr"), "{default}");
    assert!(!default.contains("'a"), "{default}");
    assert!(!default.contains("borrow"), "{default}");
}

#[test]
fn borrowed_module_docs_say_strings_are_borrowed() {
    assert_contains(
        &borrowed(),
        "//! Strings are `aws_union::CowStr<'a>`, borrowed from the input",
    );
}

/// Long members and a long type name, now carrying `<'a>`, laid out as rustfmt lays them out.
const WIDE: &str = r#""Wide": {"type": "structure", "members": {
        "attributeValueList": {"shape": "ValueList"},
        "items": {"shape": "ItemList"},
        "u": {"shape": "WideUnion"}}},
    "ValueList": {"type": "list", "member": {"shape": "AttributeValueEntryWithALongName"}},
    "ItemList": {"type": "list", "member": {"shape": "Item"}},
    "Item": {"type": "map", "key": {"shape": "T"}, "value": {"shape": "AttributeValueEntryWithALongName"}},
    "AttributeValueEntryWithALongName": {"type": "structure", "members": {"v": {"shape": "T"}}},
    "WideUnion": {"type": "structure", "union": true, "members": {
        "m": {"shape": "ItemMapOfListsOfAttributeValueEntriesWithLongNames"}}},
    "ItemMapOfListsOfAttributeValueEntriesWithLongNames": {"type": "map", "key": {"shape": "T"}, "value": {"shape": "ValueList"}},
    "AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateLaunchTemplateSpecific": {
        "type": "structure", "members": {"a": {"shape": "T"}}},
    "AwsAthenaWorkGroupConfigurationResultConfigurationEncryptionConfigurationDetails": {
        "type": "structure", "members": {"a": {"shape": "T"}}},
    "T": {"type": "string"}"#;

#[test]
fn borrowed_output_is_rustfmt_clean() {
    let code = Generator::from_bytes(&model(WIDE), "test.json")
        .docs(DocsMode::Facts)
        .strings(Strings::Borrowed)
        .types_only(true)
        .generate_string()
        .unwrap();
    assert_contains(&code, "pub struct Wide<'a>");
    assert_contains(
        &code,
        "pub struct AwsAthenaWorkGroupConfigurationResultConfigurationEncryptionConfigurationDetails<'a> {",
    );
    assert_rustfmt_clean(&code, "borrowed-fmt");
}
