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

#[test]
fn the_output_is_rustfmt_clean() {
    let code = generate(A);
    let file = syn::parse_file(&code).unwrap();
    assert_eq!(prettyplease::unparse(&file), code);
}
