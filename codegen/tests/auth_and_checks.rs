//! Which operations are signed, and which types below an input check their members: rules
//! tested on the plan (`plan::OperationPlan`, `plan::TypeChecks`).
mod common;
use aws_union_codegen::plan::{CheckKind, MemberCheck, NestedCheck};
use common::*;

const SHAPES: &str = r#"
    "PutIn": {"type": "structure", "required": ["rows"], "members": {
        "rows": {"shape": "Rows"}, "names": {"shape": "Names"}, "note": {"shape": "Note"}}},
    "Rows": {"type": "list", "member": {"shape": "Row"}},
    "Row": {"type": "structure", "required": ["name", "kind", "cell"], "members": {
        "name": {"shape": "Name"}, "kind": {"shape": "Kind"}, "cell": {"shape": "Cell"},
        "plain": {"shape": "Plain"}}},
    "Cell": {"type": "structure", "union": true, "members": {
        "text": {"shape": "Plain"}, "rows": {"shape": "Rows"}}},
    "Note": {"type": "structure", "members": {"text": {"shape": "Plain"}}},
    "Names": {"type": "map", "key": {"shape": "Name"}, "value": {"shape": "Count"}},
    "Name": {"type": "string", "min": 2},
    "Count": {"type": "integer", "min": 1},
    "Plain": {"type": "string"},
    "Kind": {"type": "string", "enum": ["A"], "min": 1}"#;

fn ops(auth: &str) -> String {
    format!(
        r#""Put": {{"name": "Put", "http": {{"method": "POST", "requestUri": "/"}},
                  "input": {{"shape": "PutIn"}}{auth}}}"#
    )
}

#[test]
fn an_operation_marked_authtype_none_or_no_auth_is_unsigned() {
    for auth in [
        r#", "authtype": "none""#,
        r#", "auth": ["smithy.api#noAuth"]"#,
        r#", "authtype": "none", "auth": ["smithy.api#noAuth"]"#,
    ] {
        let model = model_meta(JSON_META, &ops(auth), SHAPES);
        assert!(!plan_of(&model).operation("Put").unwrap().signed, "{auth}");
        assert_contains(&generate_of(&model), "const SIGNED: bool = false;");
    }
}

#[test]
fn an_operation_whose_first_auth_scheme_signs_is_signed() {
    for auth in ["", r#", "auth": ["aws.auth#sigv4", "smithy.api#noAuth"]"#] {
        let model = model_meta(JSON_META, &ops(auth), SHAPES);
        assert!(plan_of(&model).operation("Put").unwrap().signed, "{auth}");
        assert!(!generate_of(&model).contains("const SIGNED"), "{auth}");
    }
}

fn check(field: &str, kind: NestedCheck) -> MemberCheck {
    MemberCheck {
        field: field.into(),
        member: field.into(),
        kind,
    }
}

/// (`Kind` has a `min` length: an enum's is not checked, as botocore does not check it.)
#[test]
fn a_nested_structure_checks_its_required_enums_and_unions_and_its_mins() {
    let plan = plan_of(&model_meta(JSON_META, &ops(""), SHAPES));
    let row = plan.validated.iter().find(|t| t.name == "Row").unwrap();
    assert_eq!(
        row.checks,
        [
            check("name", NestedCheck::MinLength(2)),
            check("kind", NestedCheck::EnumSet),
            check("cell", NestedCheck::UnionSet),
            check("cell", NestedCheck::Nested),
        ]
    );
    let cell = plan.validated.iter().find(|t| t.name == "Cell").unwrap();
    assert!(cell.union);
    // A union's checks are by variant.
    let rows = MemberCheck {
        field: "Rows".into(),
        ..check("rows", NestedCheck::Nested)
    };
    assert_eq!(cell.checks, [rows]);
}

#[test]
fn a_type_with_nothing_to_check_gets_no_checks_and_is_not_walked() {
    let plan = plan_of(&model_meta(JSON_META, &ops(""), SHAPES));
    let names: Vec<&str> = plan.validated.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Cell", "Row"]);
    let put = plan.operation("Put").unwrap();
    let below: Vec<(&str, &CheckKind)> = put
        .checks
        .iter()
        .filter(|c| matches!(c.kind, CheckKind::Below(_)))
        .map(|c| (c.member.as_str(), &c.kind))
        .collect();
    assert_eq!(
        below,
        [
            ("rows", &CheckKind::Below(NestedCheck::Nested)),
            ("names", &CheckKind::Below(NestedCheck::ItemsMinValue(1.0))),
            ("names", &CheckKind::Below(NestedCheck::KeysMinLength(2))),
        ]
    );
}

#[test]
fn body_types_only_check_nothing() {
    let model = model_meta(JSON_META, &ops(""), SHAPES);
    let code = aws_union_codegen::Generator::from_bytes(&model, "t.json")
        .types_only(true)
        .generate_string()
        .unwrap();
    assert!(!code.contains("Validate"));
}

#[test]
fn a_checksum_is_planned_when_required_or_when_there_is_an_algorithm_member() {
    let note = r#", "httpChecksum": {"requestAlgorithmMember": "note"}"#;
    for (auth, algorithm) in [
        (r#", "httpChecksumRequired": true"#, None),
        (
            r#", "httpChecksum": {"requestChecksumRequired": true}"#,
            None,
        ),
        (note, Some(("note".to_owned(), "note".to_owned()))),
    ] {
        let plan = plan_of(&model_meta(JSON_META, &ops(auth), SHAPES));
        let checksum = plan.operation("Put").unwrap().checksum.clone();
        assert_eq!(checksum.map(|c| c.algorithm), Some(algorithm), "{auth}");
    }
}

#[test]
fn a_checksum_neither_required_nor_chosen_is_not_planned() {
    let auth = r#", "httpChecksum": {"requestValidationModeMember": "note"}"#;
    let plan = plan_of(&model_meta(JSON_META, &ops(auth), SHAPES));
    assert_eq!(plan.operation("Put").unwrap().checksum, None);
}
