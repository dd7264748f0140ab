//! Which shapes are generated: every shape by default; `--shape` and `--operation` select roots
//! and everything they reach.
mod common;
use aws_union_codegen::plan::Plan;
use aws_union_codegen::Generator;
use common::*;

const OPS: &str = r#""Get": {"name": "Get", "http": {"requestUri": "/{id}"}, "input": {"shape": "GetIn"}, "output": {"shape": "GetOut"}},
                     "Other": {"name": "Other", "http": {}, "output": {"shape": "Unrelated"}}"#;
const SHAPES: &str = r#"
    "GetIn": {"type": "structure", "members": {"id": {"shape": "T", "location": "uri", "locationName": "id"}}},
    "GetOut": {"type": "structure", "members": {"items": {"shape": "Items"}}},
    "Items": {"type": "list", "member": {"shape": "Item"}},
    "Item": {"type": "structure", "members": {"state": {"shape": "State"}}},
    "State": {"type": "string", "enum": ["ON"]},
    "Unrelated": {"type": "structure", "members": {}},
    "NotFound": {"type": "structure", "exception": true, "members": {}},
    "T": {"type": "string"}"#;

fn shapes_of(plan: &Plan) -> Vec<&str> {
    plan.items.iter().map(|i| i.shape.as_str()).collect()
}

#[test]
fn every_shape_is_generated_by_default() {
    let plan = Generator::from_bytes(&model_with("rest-json", "Example", OPS, SHAPES), "t.json")
        .plan()
        .unwrap();
    assert_eq!(
        shapes_of(&plan),
        ["GetIn", "GetOut", "Item", "NotFound", "State", "Unrelated"]
    );
}

#[test]
fn an_operation_selects_its_input_output_and_all_they_reach() {
    let plan = Generator::from_bytes(&model_with("rest-json", "Example", OPS, SHAPES), "t.json")
        .operation("Get")
        .plan()
        .unwrap();
    assert_eq!(shapes_of(&plan), ["GetIn", "GetOut", "Item", "State"]);
}

#[test]
fn a_shape_selects_itself_and_all_it_reaches() {
    let plan = Generator::from_bytes(&model_with("rest-json", "Example", OPS, SHAPES), "t.json")
        .shape("Item")
        .plan()
        .unwrap();
    assert_eq!(shapes_of(&plan), ["Item", "State"]);
}
