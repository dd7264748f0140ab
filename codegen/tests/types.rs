//! How shapes map to Rust types: scalars, timestamps with their format, floats, sparse lists and
//! maps, documents, blobs, required and optional members.
mod common;
use aws_union_codegen::Generator;
use common::*;

const SHAPES: &str = r#"
    "S": {"type": "structure", "required": ["n"], "members": {
        "n": {"shape": "Int"}, "l": {"shape": "Long"}, "b": {"shape": "Bool"}, "s": {"shape": "Str"},
        "f": {"shape": "Float"}, "d": {"shape": "Double"}, "blob": {"shape": "Bytes"},
        "doc": {"shape": "Doc"}, "e": {"shape": "E"},
        "t": {"shape": "Time"}, "iso": {"shape": "Iso"}, "http": {"shape": "Time", "timestampFormat": "rfc822"},
        "times": {"shape": "Times"}, "ds": {"shape": "Doubles"}, "sparse": {"shape": "SparseList"},
        "sparseMap": {"shape": "SparseMap"}, "byState": {"shape": "ByState"}}},
    "Int": {"type": "integer"}, "Long": {"type": "long"}, "Bool": {"type": "boolean"},
    "Str": {"type": "string"}, "Float": {"type": "float"}, "Double": {"type": "double"},
    "Bytes": {"type": "blob"}, "Doc": {"type": "structure", "document": true, "members": {}},
    "E": {"type": "string", "enum": ["A"]},
    "Time": {"type": "timestamp"}, "Iso": {"type": "timestamp", "timestampFormat": "iso8601"},
    "Times": {"type": "list", "member": {"shape": "Iso"}},
    "Doubles": {"type": "list", "member": {"shape": "Double"}},
    "SparseList": {"type": "list", "sparse": true, "member": {"shape": "Str"}},
    "SparseMap": {"type": "map", "sparse": true, "key": {"shape": "Str"}, "value": {"shape": "Int"}},
    "ByState": {"type": "map", "key": {"shape": "E"}, "value": {"shape": "Str"}}"#;

#[test]
fn required_members_are_plain_and_others_optional() {
    let code = generate(SHAPES);
    assert_contains(&code, "#[aws(rename = \"n\", required)]\n    pub n: i32,");
    assert_contains(&code, "pub l: ::core::option::Option<i64>,");
}

#[test]
fn scalars_map_to_rust_and_aws_union_types() {
    let code = generate(SHAPES);
    for field in [
        "pub b: ::core::option::Option<bool>,",
        "pub s: ::core::option::Option<::aws_union::__private::String>,",
        "pub blob: ::core::option::Option<::aws_union::Blob>,",
        "pub doc: ::core::option::Option<::aws_union::Document>,",
        "pub e: ::core::option::Option<E>,",
    ] {
        assert_contains(&code, field);
    }
}

#[test]
fn floats_carry_the_float_attribute() {
    let code = generate(SHAPES);
    assert_contains(
        &code,
        "#[aws(rename = \"f\", float)]\n    pub f: ::core::option::Option<f32>,",
    );
    assert_contains(
        &code,
        "#[aws(rename = \"d\", float)]\n    pub d: ::core::option::Option<f64>,",
    );
    assert_contains(&code, "#[aws(rename = \"ds\", float)]");
}

#[test]
fn timestamps_carry_their_format_defaulting_to_epoch_seconds() {
    let code = generate(SHAPES);
    assert_contains(&code, "#[aws(rename = \"t\", timestamp = \"epoch-seconds\")]\n    pub t: ::core::option::Option<::aws_union::Timestamp>,");
    assert_contains(&code, "#[aws(rename = \"iso\", timestamp = \"date-time\")]");
    assert_contains(
        &code,
        "#[aws(rename = \"http\", timestamp = \"http-date\")]",
    );
    assert_contains(
        &code,
        "#[aws(rename = \"times\", timestamp = \"date-time\")]",
    );
}

#[test]
fn cbor_timestamps_are_always_epoch_seconds() {
    let model = model_with("smithy-rpc-v2-cbor", "Example", "", SHAPES);
    let code = Generator::from_bytes(&model, "t.json")
        .generate_string()
        .unwrap();
    assert_lacks(&code, "date-time");
    assert_lacks(&code, "http-date");
}

#[test]
fn sparse_lists_and_maps_keep_nulls_as_none() {
    let code = generate(SHAPES);
    assert_contains(
        &code,
        "::aws_union::__private::Vec<::core::option::Option<::aws_union::__private::String>>",
    );
    assert_contains(&code, "::aws_union::__private::BTreeMap<\n            ::aws_union::__private::String,\n            ::core::option::Option<i32>,");
}

#[test]
fn maps_are_btree_maps_keyed_by_enums_when_the_model_says_so() {
    let code = generate(SHAPES);
    assert_contains(
        &code,
        "::aws_union::__private::BTreeMap<E, ::aws_union::__private::String>",
    );
    assert_contains(&code, "PartialOrd, Ord, Hash, ::aws_union::AwsEnum");
}

#[test]
fn generated_types_follow_the_facade_contract_style() {
    let code = generate(
        r#""S": {"type": "structure", "members": {"u": {"shape": "U"}}},
           "U": {"type": "structure", "union": true, "members": {"a": {"shape": "T"}}},
           "T": {"type": "string"}"#,
    );
    assert_contains(&code, "#[derive(Clone, PartialEq, ::aws_union::AwsStructure)]\n#[aws(debug, default)]\n#[non_exhaustive]\npub struct S {");
    assert_contains(
        &code,
        "#[derive(Clone, PartialEq, ::aws_union::AwsUnion)]\n#[aws(debug)]\n#[non_exhaustive]",
    );
    assert_contains(&code, "#[aws(unknown)]\n    SdkUnknownMember {");
    assert_contains(
        &code,
        "value: ::aws_union::__private::Box<::aws_union::AnyValue>,",
    );
}

#[test]
fn an_older_models_character_shape_is_a_string() {
    let plan = plan(
        r#""S": {"type": "structure", "members": {"c": {"shape": "C"}}}, "C": {"type": "character"}"#,
    );
    assert_eq!(
        fields(&plan, "S")[0].ty,
        aws_union_codegen::plan::Ty::String
    );
}
