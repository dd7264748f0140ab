//! Recursive shapes: one edge of each containment cycle is boxed; list and map edges already
//! break cycles.
mod common;
use aws_union_codegen::plan::Ty;
use common::*;

fn ty_of(shapes: &str, shape: &str, member: &str) -> Ty {
    let plan = plan(shapes);
    fields(&plan, shape)
        .iter()
        .find(|f| f.wire == member)
        .unwrap()
        .ty
        .clone()
}

fn boxed(name: &str) -> Ty {
    Ty::Boxed(Box::new(Ty::Named(name.into())))
}

#[test]
fn a_structure_containing_itself_is_boxed() {
    let shapes = r#""A": {"type": "structure", "members": {"next": {"shape": "A"}}}"#;
    assert_eq!(ty_of(shapes, "A", "next"), boxed("A"));
    assert_contains(
        &generate(shapes),
        "pub next: ::core::option::Option<::aws_union::__private::Box<A>>,",
    );
}

#[test]
fn a_two_shape_cycle_boxes_one_edge() {
    let shapes = r#""A": {"type": "structure", "members": {"b": {"shape": "B"}}},
                    "B": {"type": "structure", "members": {"a": {"shape": "A"}}}"#;
    assert_eq!(ty_of(shapes, "A", "b"), Ty::Named("B".into()));
    assert_eq!(ty_of(shapes, "B", "a"), boxed("A"));
}

#[test]
fn a_required_recursive_member_is_a_plain_box() {
    let shapes = r#""A": {"type": "structure", "required": ["b"], "members": {"b": {"shape": "B"}}},
                    "B": {"type": "structure", "union": true, "members": {"a": {"shape": "A"}, "leaf": {"shape": "T"}}},
                    "T": {"type": "string"}"#;
    let code = generate(shapes);
    assert_contains(&code, "pub b: B,");
    assert_contains(&code, "A(::aws_union::__private::Box<A>),");
}

#[test]
fn list_and_map_edges_are_not_boxed() {
    let shapes = r#""A": {"type": "structure", "members": {"kids": {"shape": "L"}, "byName": {"shape": "M"}}},
                    "L": {"type": "list", "member": {"shape": "A"}},
                    "M": {"type": "map", "key": {"shape": "K"}, "value": {"shape": "A"}},
                    "K": {"type": "string"}"#;
    assert_eq!(
        ty_of(shapes, "A", "kids"),
        Ty::List(Box::new(Ty::Named("A".into())), false)
    );
    let map = Ty::Map(Box::new(Ty::String), Box::new(Ty::Named("A".into())), false);
    assert_eq!(ty_of(shapes, "A", "byName"), map);
}

#[test]
fn shapes_outside_a_cycle_are_not_boxed() {
    let shapes = r#""A": {"type": "structure", "members": {"b": {"shape": "B"}, "c": {"shape": "C"}}},
                    "B": {"type": "structure", "members": {"c": {"shape": "C"}}},
                    "C": {"type": "structure", "members": {}}"#;
    assert_eq!(ty_of(shapes, "A", "b"), Ty::Named("B".into()));
    assert_eq!(ty_of(shapes, "A", "c"), Ty::Named("C".into()));
    assert_eq!(ty_of(shapes, "B", "c"), Ty::Named("C".into()));
}
