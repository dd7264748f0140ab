//! Names: shapes keep UpperCamelCase names, others follow the documented rule; members are
//! snake_case with raw identifiers for keywords; variants are UpperCamelCase.
mod common;
use aws_union_codegen::plan::ItemKind;
use common::*;

#[test]
fn upper_camel_case_shape_names_are_kept() {
    let plan = plan(r#""ProtectedQuerySQLParameters": {"type": "structure", "members": {}}"#);
    assert_eq!(
        plan.item("ProtectedQuerySQLParameters").unwrap().name,
        "ProtectedQuerySQLParameters"
    );
}

#[test]
fn other_shape_names_follow_the_documented_rule() {
    let plan = plan(
        r#""AbpV1_0_x": {"type": "structure", "members": {}},
           "AbpV1_1": {"type": "structure", "members": {}},
           "logicalOperator": {"type": "string", "enum": ["AND"]},
           "__AdTriggersElement": {"type": "string", "enum": ["X"]},
           "rs": {"type": "string", "enum": ["Y"]}"#,
    );
    let name = |s: &str| plan.item(s).unwrap().name.clone();
    assert_eq!(name("AbpV1_0_x"), "AbpV1_0X");
    assert_eq!(name("AbpV1_1"), "AbpV1_1");
    assert_eq!(name("logicalOperator"), "LogicalOperator");
    assert_eq!(name("__AdTriggersElement"), "AdTriggersElement");
    assert_eq!(name("rs"), "Rs");
}

#[test]
fn a_converted_name_already_taken_gets_shape_appended() {
    let plan = plan(
        r#""LogicalOperator": {"type": "string", "enum": ["OR"]},
           "logicalOperator": {"type": "string", "enum": ["AND"]}"#,
    );
    assert_eq!(
        plan.item("LogicalOperator").unwrap().name,
        "LogicalOperator"
    );
    assert_eq!(
        plan.item("logicalOperator").unwrap().name,
        "LogicalOperatorShape"
    );
}

#[test]
fn members_are_snake_case() {
    let plan = plan(
        r#""S": {"type": "structure", "members": {
              "SSEDescription": {"shape": "T"}, "memberList": {"shape": "T"},
              "S3Bucket": {"shape": "T"}, "error_description": {"shape": "T"},
              "AbpV1_0_x": {"shape": "T"}, "ipv6Address": {"shape": "T"}}},
           "T": {"type": "string"}"#,
    );
    let names: Vec<&str> = fields(&plan, "S").iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "sse_description",
            "member_list",
            "s3_bucket",
            "error_description",
            "abp_v1_0_x",
            "ipv6_address"
        ]
    );
}

#[test]
fn keywords_become_raw_identifiers() {
    let code = generate(
        r#""S": {"type": "structure", "members": {
              "type": {"shape": "T"}, "match": {"shape": "T"}, "async": {"shape": "T"},
              "self": {"shape": "T"}, "crate": {"shape": "T"}}},
           "T": {"type": "string"}"#,
    );
    for field in [
        "pub r#type:",
        "pub r#match:",
        "pub r#async:",
        "pub self_:",
        "pub crate_:",
    ] {
        assert_contains(&code, field);
    }
}

#[test]
fn colliding_member_names_get_a_number() {
    let plan = plan(
        r#""S": {"type": "structure", "members": {"fooBar": {"shape": "T"}, "FooBar": {"shape": "T"}}},
           "T": {"type": "string"}"#,
    );
    let names: Vec<&str> = fields(&plan, "S").iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["foo_bar", "foo_bar_2"]);
}

#[test]
fn union_members_are_upper_camel_case_variants() {
    let plan = plan(
        r#""U": {"type": "structure", "union": true, "members": {
              "s3": {"shape": "T"}, "memberList": {"shape": "T"}, "SS": {"shape": "T"},
              "NULL": {"shape": "T"}, "SdkUnknownMember": {"shape": "T"}}},
           "T": {"type": "string"}"#,
    );
    let names: Vec<&str> = fields(&plan, "U").iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        ["S3", "MemberList", "Ss", "Null", "SdkUnknownMemberValue"]
    );
}

#[test]
fn enum_values_are_upper_camel_case_variants() {
    let plan = plan(
        r#""E": {"type": "string", "enum": ["IN_PROGRESS", "ml.m5.large", "0.5", "5m",
              "UNKNOWN", "INVALID_REQUEST", "invalid_request", "*Other"]}"#,
    );
    let ItemKind::Enum(values) = &plan.item("E").unwrap().kind else {
        panic!("not an enum")
    };
    let names: Vec<&str> = values.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "InProgress",
            "MlM5Large",
            "V0_5",
            "V5m",
            "UnknownValue",
            "InvalidRequest",
            "InvalidRequestValue",
            "Other"
        ]
    );
}
