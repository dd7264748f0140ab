//! Nothing collides with shapes named like the standard library's types: the output names
//! every standard type by an absolute path, and a shape named `Self` is renamed.
mod common;
use common::*;

const STD_NAMED: &str = r#"
    "String": {"type": "structure", "members": {"value": {"shape": "Text"}}},
    "Option": {"type": "string", "enum": ["A"]},
    "Result": {"type": "structure", "union": true, "members": {"ok": {"shape": "Text"}}},
    "Box": {"type": "structure", "members": {"items": {"shape": "Vec"}}},
    "Vec": {"type": "list", "member": {"shape": "String"}},
    "Holder": {"type": "structure", "required": ["s"], "members": {
        "s": {"shape": "String"}, "o": {"shape": "Option"}, "r": {"shape": "Result"},
        "b": {"shape": "Box"}, "t": {"shape": "Text"}}},
    "Text": {"type": "string"}"#;

#[test]
fn shapes_named_like_std_types_keep_their_names() {
    let code = generate(STD_NAMED);
    for item in [
        "pub struct String {",
        "pub enum Option {",
        "pub enum Result {",
        "pub struct Box {",
    ] {
        assert_contains(&code, item);
    }
}

#[test]
fn std_types_are_named_by_absolute_paths() {
    let code = generate(STD_NAMED);
    assert_contains(&code, "pub s: String,");
    assert_contains(&code, "pub o: ::core::option::Option<Option>,");
    assert_contains(
        &code,
        "pub t: ::core::option::Option<::aws_union::__private::String>,",
    );
    assert_contains(
        &code,
        "pub items: ::core::option::Option<::aws_union::__private::Vec<String>>,",
    );
    for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
        for bare in [
            "<Vec<",
            " Vec<",
            "<Box<",
            " Box<",
            "Option<Option<",
            " BTreeMap<",
        ] {
            assert!(!line.contains(bare), "bare std path `{bare}` in `{line}`");
        }
    }
}

#[test]
fn a_shape_named_self_is_renamed() {
    let code = generate(
        r#""Self": {"type": "structure", "members": {}},
           "Holder": {"type": "structure", "members": {"me": {"shape": "Self"}}}"#,
    );
    assert_contains(&code, "pub struct SelfShape {");
    assert_contains(&code, "pub me: ::core::option::Option<SelfShape>,");
}
