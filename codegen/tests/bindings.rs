//! Members bound outside the body: fields like any other, outside the serde form, each with
//! its binding in the plan; awsJson and rpcv2Cbor ignore the bindings a model may carry.
mod common;
use aws_union_codegen::plan::{Binding, PayloadKind};
use common::*;

const SHAPES: &str = r#"
    "In": {"type": "structure", "required": ["id", "title"], "members": {
        "id": {"shape": "T", "location": "uri", "locationName": "Id"},
        "page": {"shape": "N", "location": "querystring", "locationName": "page"},
        "tags": {"shape": "Ts", "location": "querystring", "locationName": "tag"},
        "extra": {"shape": "M", "location": "querystring"},
        "token": {"shape": "Secret", "location": "header", "locationName": "X-Token"},
        "doc": {"shape": "T", "location": "header", "locationName": "X-Doc", "jsonvalue": true},
        "since": {"shape": "Time", "location": "header", "locationName": "X-Since", "timestampFormat": "iso8601"},
        "meta": {"shape": "M", "location": "headers", "locationName": "x-meta-"},
        "title": {"shape": "T", "locationName": "Title"}}},
    "Out": {"type": "structure", "required": ["code", "body"], "payload": "body", "members": {
        "code": {"shape": "N", "location": "statusCode"},
        "etag": {"shape": "T", "location": "header", "locationName": "ETag"},
        "body": {"shape": "Inner"}}},
    "Inner": {"type": "structure", "required": ["x"], "members": {"x": {"shape": "T"}}},
    "T": {"type": "string"},
    "Secret": {"type": "string", "sensitive": true},
    "N": {"type": "integer"},
    "Ts": {"type": "list", "member": {"shape": "T"}},
    "M": {"type": "map", "key": {"shape": "T"}, "value": {"shape": "T"}},
    "Time": {"type": "timestamp"}"#;

const OPS: &str = r#""Do": {"name": "Do", "http": {"method": "POST", "requestUri": "/do/{Id}"},
                     "input": {"shape": "In"}, "output": {"shape": "Out"}}"#;

#[test]
fn rest_json_members_keep_their_binding_and_model_name() {
    let plan = plan_of(&model_meta(REST_META, OPS, SHAPES));
    let bindings: Vec<(&str, &str, Binding)> = fields(&plan, "In")
        .iter()
        .map(|f| (f.member.as_str(), f.wire.as_str(), f.binding.clone()))
        .collect();
    assert_eq!(
        bindings,
        [
            ("id", "Id", Binding::Label("Id".into())),
            ("page", "page", Binding::Query("page".into())),
            ("tags", "tag", Binding::Query("tag".into())),
            ("extra", "extra", Binding::QueryMap),
            ("token", "X-Token", Binding::Header("X-Token".into())),
            ("doc", "X-Doc", Binding::JsonHeader("X-Doc".into())),
            ("since", "X-Since", Binding::Header("X-Since".into())),
            ("meta", "x-meta-", Binding::PrefixHeaders("x-meta-".into())),
            ("title", "Title", Binding::Body),
        ]
    );
    let out: Vec<Binding> = fields(&plan, "Out")
        .iter()
        .map(|f| f.binding.clone())
        .collect();
    assert_eq!(
        out,
        [
            Binding::StatusCode,
            Binding::Header("ETag".into()),
            Binding::Payload(PayloadKind::Structure),
        ]
    );
}

#[test]
fn every_member_of_an_input_is_optional() {
    let plan = plan_of(&model_meta(REST_META, OPS, SHAPES));
    assert!(fields(&plan, "In").iter().all(|f| !f.required));
    let code = generate_of(&model_meta(REST_META, OPS, SHAPES));
    assert_contains(
        &code,
        "pub title: ::core::option::Option<::aws_union::__private::String>,",
    );
}

#[test]
fn an_output_keeps_required_body_members_plain_and_bound_ones_optional() {
    let plan = plan_of(&model_meta(REST_META, OPS, SHAPES));
    let required: Vec<(&str, bool)> = fields(&plan, "Out")
        .iter()
        .chain(fields(&plan, "Inner"))
        .map(|f| (f.member.as_str(), f.required))
        .collect();
    assert_eq!(
        required,
        [
            ("code", false),
            ("etag", false),
            ("body", false),
            ("x", true)
        ]
    );
}

#[test]
fn a_bound_member_is_skipped_by_the_serde_form_and_keeps_its_redaction() {
    let code = generate_of(&model_meta(REST_META, OPS, SHAPES));
    assert_contains(&code, "    #[aws(skip)]\n    pub id:");
    assert_contains(&code, "    #[aws(skip, sensitive)]\n    pub token:");
    assert_contains(&code, "    #[aws(rename = \"Title\")]\n    pub title:");
}

#[test]
fn the_type_docs_say_which_members_are_bound_where() {
    let code = generate_of(&model_meta(REST_META, OPS, SHAPES));
    for line in [
        "/// Members bound outside the body, which its serde form leaves out:",
        "/// - `id`: the URI label `{Id}`",
        "/// - `page`: the query parameter `page`",
        "/// - `extra`: query parameters, one per entry",
        "/// - `token`: the header `X-Token`",
        "/// - `doc`: the header `X-Doc`, as base64 JSON",
        "/// - `meta`: the headers starting with `x-meta-`, one per entry",
        "/// - `code`: the HTTP status code",
        "/// - `body`: the whole HTTP body",
    ] {
        assert_contains(&code, line);
    }
}

#[test]
fn a_bound_timestamp_keeps_the_format_its_member_declares() {
    let plan = plan_of(&model_meta(REST_META, OPS, SHAPES));
    let since = fields(&plan, "In")
        .iter()
        .find(|f| f.member == "since")
        .unwrap();
    assert_eq!(since.declared_timestamp, Some("date-time"));
    assert_eq!(since.timestamp, None);
}

#[test]
fn aws_json_ignores_the_bindings_a_model_carries() {
    let plan = plan_of(&model_meta(JSON_META, OPS, SHAPES));
    assert!(fields(&plan, "In")
        .iter()
        .all(|f| f.binding == Binding::Body));
    let token = fields(&plan, "In")
        .iter()
        .find(|f| f.member == "token")
        .unwrap();
    assert_eq!(token.wire, "X-Token");
}

#[test]
fn each_kind_of_payload_is_bound_as_it_is_read_and_written() {
    let shapes = r#"
        "Blob": {"type": "structure", "payload": "p", "members": {"p": {"shape": "B"}}},
        "Text": {"type": "structure", "payload": "p", "members": {"p": {"shape": "T"}}},
        "Choice": {"type": "structure", "payload": "p", "members": {"p": {"shape": "E"}}},
        "Union": {"type": "structure", "payload": "p", "members": {"p": {"shape": "U"}}},
        "Doc": {"type": "structure", "payload": "p", "members": {"p": {"shape": "D"}}},
        "B": {"type": "blob", "streaming": true},
        "T": {"type": "string"},
        "E": {"type": "string", "enum": ["A"]},
        "U": {"type": "structure", "union": true, "members": {"a": {"shape": "T"}}},
        "D": {"type": "structure", "document": true, "members": {}}"#;
    let plan = plan_of(&model_meta(REST_META, "", shapes));
    let kind = |shape: &str| fields(&plan, shape)[0].binding.clone();
    assert_eq!(kind("Blob"), Binding::Payload(PayloadKind::Blob));
    assert_eq!(kind("Text"), Binding::Payload(PayloadKind::Text));
    assert_eq!(kind("Choice"), Binding::Payload(PayloadKind::Text));
    assert_eq!(kind("Union"), Binding::Payload(PayloadKind::Json));
    assert_eq!(kind("Doc"), Binding::Payload(PayloadKind::Json));
}

#[test]
fn a_member_bound_where_its_type_cannot_go_is_an_error_naming_it() {
    let shapes = r#""S": {"type": "structure", "members": {
                        "inner": {"shape": "Inner", "location": "header", "locationName": "X-Inner"}}},
                    "Inner": {"type": "structure", "members": {}}"#;
    let error = error_generating(&model_meta(REST_META, "", shapes));
    assert_eq!(error.shape(), Some("S"));
    assert_contains(error.message(), "member `inner` is bound to a header");
}

#[test]
fn a_header_name_that_is_not_a_header_name_is_an_error() {
    let shapes = r#""S": {"type": "structure", "members": {
                        "x": {"shape": "T", "location": "header", "locationName": "X Bad"}}},
                    "T": {"type": "string"}"#;
    let error = error_generating(&model_meta(REST_META, "", shapes));
    assert_contains(
        error.message(),
        "header `X Bad`, which is not a header name",
    );
}

#[test]
fn a_prefix_headers_member_without_a_location_name_takes_every_header() {
    let shapes = r#"
        "In": {"type": "structure", "required": ["id"], "members": {
            "id": {"shape": "T", "location": "uri", "locationName": "Id"}}},
        "Out": {"type": "structure", "members": {
            "all": {"shape": "M", "location": "headers"}}},
        "T": {"type": "string"},
        "M": {"type": "map", "key": {"shape": "T"}, "value": {"shape": "T"}}"#;
    let plan = plan_of(&model_meta(REST_META, OPS, shapes));
    let out: Vec<Binding> = fields(&plan, "Out")
        .iter()
        .map(|f| f.binding.clone())
        .collect();
    assert_eq!(out, [Binding::PrefixHeaders(String::new())]);
    let code = generate_of(&model_meta(REST_META, OPS, shapes));
    assert_contains(&code, "/// - `all`: the headers, one per entry");
}
