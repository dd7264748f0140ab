//! Which operations are generated, what they are called, and what each checks and sends:
//! rules tested on the plan (`plan::OperationPlan`).
mod common;
use aws_union_codegen::plan::{CheckKind, HostPiece, PathPiece, Protocol};
use aws_union_codegen::Generator;
use common::*;

const SHAPES: &str = r#"
    "PutIn": {"type": "structure", "required": ["name", "size"], "members": {
        "name": {"shape": "Name"}, "size": {"shape": "Size"}, "tags": {"shape": "Tags"},
        "labels": {"shape": "Labels"}, "data": {"shape": "Data"}, "kind": {"shape": "Kind"},
        "token": {"shape": "Plain", "idempotencyToken": true}}},
    "PutOut": {"type": "structure", "members": {"id": {"shape": "Plain"}}},
    "Name": {"type": "string", "min": 3},
    "Plain": {"type": "string"},
    "Size": {"type": "integer", "min": 1},
    "Tags": {"type": "list", "member": {"shape": "Plain"}, "min": 1},
    "Labels": {"type": "map", "key": {"shape": "Plain"}, "value": {"shape": "Plain"}, "min": 2},
    "Data": {"type": "blob", "min": 4},
    "Kind": {"type": "string", "enum": ["A"], "min": 1},
    "Gone": {"type": "structure", "members": {"message": {"shape": "Plain"}}, "exception": true,
             "error": {"code": "Example.Gone"}},
    "Busy": {"type": "structure", "members": {}, "exception": true}"#;

const OPS: &str = r#"
    "Put": {"name": "Put", "http": {"method": "POST", "requestUri": "/"},
            "input": {"shape": "PutIn"}, "output": {"shape": "PutOut"},
            "errors": [{"shape": "Gone"}, {"shape": "Busy"}, {"shape": "Gone"}],
            "documentation": "<p>Puts a thing.</p><p>More.</p>"},
    "Ping": {"name": "Ping", "http": {"method": "POST", "requestUri": "/"}}"#;

fn json_plan() -> aws_union_codegen::plan::Plan {
    plan_of(&model_meta(JSON_META, OPS, SHAPES))
}

#[test]
fn every_operation_is_generated_by_default() {
    let plan = json_plan();
    let names: Vec<&str> = plan.operations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Ping", "Put"]);
    assert!(plan.item("Gone").is_some() && plan.item("Busy").is_some());
}

#[test]
fn an_operation_is_a_unit_struct_named_after_it_with_an_error_enum() {
    let plan = json_plan();
    let put = plan.operation("Put").unwrap();
    assert_eq!(put.rust_name, "Put");
    assert_eq!(put.error, "PutError");
    assert_eq!(put.input.as_deref(), Some("PutIn"));
    assert_eq!(put.output.as_deref(), Some("PutOut"));
    let code = generate_of(&model_meta(JSON_META, OPS, SHAPES));
    assert_contains(&code, "pub struct Put;");
    assert_contains(&code, "pub enum PutError {");
    assert_contains(
        &code,
        "impl ::aws_union_client::operation::Operation for Put {",
    );
}

#[test]
fn an_operation_without_input_or_output_has_unit_input_and_output() {
    let plan = json_plan();
    let ping = plan.operation("Ping").unwrap();
    assert_eq!(
        (ping.input.as_deref(), ping.output.as_deref()),
        (None, None)
    );
    let code = generate_of(&model_meta(JSON_META, OPS, SHAPES));
    assert_contains(
        &code,
        "    type Input = ();\n    type Output = ();\n    type Error = PingError;",
    );
}

#[test]
fn a_name_a_shape_already_has_gives_the_operation_a_suffix() {
    let shapes = format!(
        r#"{SHAPES}, "Ping": {{"type": "structure", "members": {{}}}},
        "PutError": {{"type": "structure", "members": {{}}}}"#
    );
    let plan = plan_of(&model_meta(JSON_META, OPS, &shapes));
    let ping = plan.operation("Ping").unwrap();
    assert_eq!(
        (ping.rust_name.as_str(), ping.error.as_str()),
        ("PingOperation", "PingError")
    );
    let put = plan.operation("Put").unwrap();
    assert_eq!(
        (put.rust_name.as_str(), put.error.as_str()),
        ("Put", "PutOperationError")
    );
}

#[test]
fn the_error_variants_are_the_modelled_errors_once_each_with_their_codes() {
    let plan = json_plan();
    let errors: Vec<(&str, &str)> = plan
        .operation("Put")
        .unwrap()
        .errors
        .iter()
        .map(|e| (e.variant.as_str(), e.code.as_str()))
        .collect();
    assert_eq!(errors, [("Gone", "Example.Gone"), ("Busy", "Busy")]);
}

#[test]
fn an_error_is_selected_by_its_wire_code_or_its_own_query_code() {
    // The wire code (`__type`, `X-Amzn-ErrorType`) is the shape's name; a shape with a code of
    // its own (a query-compatible service's) is also selected by that code.
    let code = generate_of(&model_meta(JSON_META, OPS, SHAPES));
    assert_contains(&code, "match response.meta.code() {");
    assert_contains(&code, r#"Some("Gone" | "Example.Gone") => {"#);
    assert_contains(&code, r#"Some("Busy") => read::json_error("#);
    assert!(!code.contains("user_code()"), "{code}");
}

#[test]
fn required_members_are_checked_first_then_minimums() {
    let plan = json_plan();
    let checks: Vec<(&str, &CheckKind)> = plan
        .operation("Put")
        .unwrap()
        .checks
        .iter()
        .map(|c| (c.member.as_str(), &c.kind))
        .collect();
    assert_eq!(
        checks,
        [
            ("name", &CheckKind::Required),
            ("size", &CheckKind::Required),
            ("name", &CheckKind::MinLength(3)),
            ("size", &CheckKind::MinValue(1.0)),
            ("tags", &CheckKind::MinLength(1)),
            ("labels", &CheckKind::MinLength(2)),
            ("data", &CheckKind::MinLength(4)),
        ]
    );
}

#[test]
fn an_unset_idempotency_token_member_is_filled() {
    assert_eq!(json_plan().operation("Put").unwrap().tokens, ["token"]);
}

#[test]
fn the_operation_docs_are_the_first_paragraph_of_the_model() {
    let plan = Generator::from_bytes(&model_meta(JSON_META, OPS, SHAPES), "t.json")
        .plan()
        .unwrap();
    let docs = &plan.operation("Put").unwrap().docs;
    assert_eq!(docs[0], "Puts a thing.");
    assert!(!docs.join(" ").contains("More."));
    let facts = json_plan().operation("Put").unwrap().docs.join(" ");
    assert_contains(&facts, "The `Put` operation.");
}

#[test]
fn the_service_constant_has_the_signing_name_protocol_and_target() {
    let service = json_plan().service.unwrap();
    assert_eq!(service.signing_name, "example");
    assert_eq!(service.protocol, Protocol::AwsJson1_1);
    assert_eq!(service.target_prefix, "Example_2024");
    assert!(!service.query_compatible);
    let meta = r#""protocol": "json", "jsonVersion": "1.0", "targetPrefix": "T",
                  "signingName": "signer", "awsQueryCompatible": {}"#;
    let service = plan_of(&model_meta(meta, OPS, SHAPES)).service.unwrap();
    assert_eq!(service.protocol, Protocol::AwsJson1_0);
    assert_eq!(service.signing_name, "signer");
    assert!(service.query_compatible);
}

const RULES: &str = r#"{"version": "1.0", "parameters": {},
    "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://example.com"}}]}"#;

#[test]
fn the_service_constant_embeds_the_endpoint_rule_set_given_compact() {
    let plan = Generator::from_bytes(&model_meta(JSON_META, OPS, SHAPES), "t.json")
        .endpoint_rules(RULES, "rules.json")
        .plan()
        .unwrap();
    let rules = plan.service.unwrap().endpoint_rules;
    assert_eq!(
        rules,
        aws_union_codegen::endpoint_rules::compact_rule_set(RULES, "rules.json").unwrap()
    );
    let code = Generator::from_bytes(&model_meta(JSON_META, OPS, SHAPES), "t.json")
        .endpoint_rules(RULES, "rules.json")
        .generate_string()
        .unwrap();
    assert_contains(&code, r#"endpoint_rules: b"AUER\x01"#);
}

#[test]
fn the_endpoint_rule_set_beside_a_model_file_is_embedded_and_its_absence_said() {
    let dir = std::env::temp_dir().join(format!("codegen-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let model = dir.join("service-2.json");
    std::fs::write(&model, model_meta(JSON_META, OPS, SHAPES)).unwrap();
    let without = Generator::from_path(&model).generate_string().unwrap();
    std::fs::write(dir.join("endpoint-rule-set-1.json"), RULES).unwrap();
    let with = Generator::from_path(&model).plan().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_contains(&without, "endpoint_rules: b\"\"");
    assert_contains(&without, "given no endpoint rule set");
    assert!(with
        .service
        .unwrap()
        .endpoint_rules
        .starts_with(aws_union_codegen::endpoint_rules::MAGIC));
}

#[test]
fn an_rpc_service_without_a_target_prefix_is_an_error() {
    let error = error_generating(&model_meta(r#""protocol": "json""#, OPS, SHAPES));
    assert_contains(error.message(), "targetPrefix");
}

#[test]
fn a_shape_selection_alone_generates_no_operation() {
    let plan = Generator::from_bytes(&model_meta(JSON_META, OPS, SHAPES), "t.json")
        .shape("PutOut")
        .plan()
        .unwrap();
    assert!(plan.operations.is_empty() && plan.service.is_none());
}

#[test]
fn an_operation_selection_brings_its_errors() {
    let plan = Generator::from_bytes(&model_meta(JSON_META, OPS, SHAPES), "t.json")
        .operation("Put")
        .plan()
        .unwrap();
    let shapes: Vec<&str> = plan.items.iter().map(|i| i.shape.as_str()).collect();
    assert_eq!(shapes, ["Busy", "Gone", "Kind", "PutIn", "PutOut"]);
}

const STREAM_SHAPES: &str = r#"
    "TalkIn": {"type": "structure", "members": {"id": {"shape": "T"}}},
    "TalkOut": {"type": "structure", "members": {"events": {"shape": "Events"}}},
    "Events": {"type": "structure", "eventstream": true, "members": {"chunk": {"shape": "Chunk"}}},
    "Chunk": {"type": "structure", "event": true, "members": {"text": {"shape": "T"}}},
    "T": {"type": "string"}"#;
const STREAM_OPS: &str = r#"
    "Talk": {"name": "Talk", "http": {"method": "POST", "requestUri": "/talk"},
             "input": {"shape": "TalkIn"}, "output": {"shape": "TalkOut"}}"#;

#[test]
fn an_event_stream_operation_is_not_generated_and_says_why() {
    let plan = plan_of(&model_meta(REST_META, STREAM_OPS, STREAM_SHAPES));
    assert!(plan.operations.is_empty());
    assert_eq!(plan.skipped[0].name, "Talk");
    assert_contains(
        &plan.skipped[0].reason,
        "output member `events` is an event stream",
    );
    assert!(plan.item("TalkIn").is_none() && plan.item("TalkOut").is_none());
    assert_contains(
        &plan.module_docs.join(" "),
        "Not generated: `Talk`: its output member",
    );
}

#[test]
fn naming_an_event_stream_operation_is_an_error() {
    let error = Generator::from_bytes(&model_meta(REST_META, STREAM_OPS, STREAM_SHAPES), "t.json")
        .operation("Talk")
        .generate_string()
        .unwrap_err();
    assert_contains(error.message(), "operation `Talk` cannot be generated");
}

const REST_SHAPES: &str = r#"
    "GetIn": {"type": "structure", "required": ["bucket", "key"], "members": {
        "bucket": {"shape": "T", "location": "uri", "locationName": "Bucket"},
        "key": {"shape": "T", "location": "uri", "locationName": "Key"},
        "account": {"shape": "T", "hostLabel": true}}},
    "T": {"type": "string"}"#;

fn rest_op(uri: &str, host_prefix: &str) -> String {
    format!(
        r#""Get": {{"name": "Get", "http": {{"method": "GET", "requestUri": "{uri}"}},
                  "input": {{"shape": "GetIn"}}, "endpoint": {{"hostPrefix": "{host_prefix}"}}}}"#
    )
}

#[test]
fn the_request_uri_is_literal_text_labels_and_a_literal_query() {
    let plan = plan_of(&model_meta(
        REST_META,
        &rest_op("/b/{Bucket}/k/{Key+}?x-id=Get", "{account}.data-"),
        REST_SHAPES,
    ));
    let get = plan.operation("Get").unwrap();
    let label = |field: &str, member: &str, greedy| PathPiece::Label {
        field: field.into(),
        member: member.into(),
        greedy,
    };
    assert_eq!(
        get.path,
        [
            PathPiece::Literal("/b/".into()),
            label("bucket", "bucket", false),
            PathPiece::Literal("/k/".into()),
            label("key", "key", true),
        ]
    );
    assert_eq!(get.literal_query, "x-id=Get");
    assert_eq!(get.method, "GET");
    assert_eq!(
        get.host_prefix,
        [
            HostPiece::Label {
                field: "account".into(),
                member: "account".into()
            },
            HostPiece::Literal(".data-".into()),
        ]
    );
}

#[test]
fn a_uri_label_no_member_is_bound_to_is_an_error() {
    let error = error_generating(&model_meta(
        REST_META,
        &rest_op("/b/{Bucket}/{Other}/{Key}", "x."),
        REST_SHAPES,
    ));
    assert_contains(
        error.message(),
        "label `{Other}` no input member is bound to",
    );
}

#[test]
fn a_member_bound_to_a_label_the_uri_lacks_is_an_error() {
    let error = error_generating(&model_meta(
        REST_META,
        &rest_op("/b/{Bucket}", "x."),
        REST_SHAPES,
    ));
    assert_contains(
        error.message(),
        "input member `key` is bound to the label `{Key}`",
    );
}

#[test]
fn a_host_prefix_label_must_be_a_host_label_member() {
    let error = error_generating(&model_meta(
        REST_META,
        &rest_op("/b/{Bucket}/{Key}", "{bucket}."),
        REST_SHAPES,
    ));
    assert_contains(error.message(), "no `hostLabel` string member");
}

#[test]
fn a_method_that_is_not_an_http_method_is_an_error() {
    let ops = r#""Get": {"name": "Get", "http": {"method": "get me", "requestUri": "/"}}"#;
    let error = error_generating(&model_meta(REST_META, ops, REST_SHAPES));
    assert_contains(error.message(), "`get me` is not an HTTP method");
}

#[test]
fn request_compression_gzips_the_built_request_and_is_noted_in_the_module_docs() {
    let ops = r#""Put": {"name": "Put", "http": {"method": "POST", "requestUri": "/"},
                 "input": {"shape": "PutOut"}, "requestcompression": {"encodings": ["gzip"]}}"#;
    let model = model_meta(JSON_META, ops, SHAPES);
    let plan = plan_of(&model);
    assert!(plan.operation("Put").unwrap().compression);
    assert_contains(&plan.module_docs.join(" "), "is sent gzipped");
    assert_contains(
        &generate_of(&model),
        "compression::gzip_request(Self::NAME, request)",
    );
}

#[test]
fn an_input_with_no_member_to_send_is_not_an_unused_variable() {
    let ops = r#""Get": {"name": "Get", "http": {"method": "GET", "requestUri": "/inputs/input"},
                 "input": {"shape": "Empty"}}"#;
    let shapes = r#""Empty": {"type": "structure", "members": {}}"#;
    let code = generate_of(&model_meta(REST_META, ops, shapes));
    assert_contains(&code, "        _input: &Self::Input,");
    let code = generate_of(&model_meta(
        REST_META,
        ops,
        r#""Empty": {"type": "structure", "members": {"a": {"shape": "T"}}}, "T": {"type": "string"}"#,
    ));
    assert_contains(&code, "        input: &Self::Input,");
}

#[test]
fn the_token_stream_holds_the_operations_too() {
    let tokens = Generator::from_bytes(&model_meta(JSON_META, OPS, SHAPES), "t.json")
        .generate()
        .unwrap()
        .to_string();
    assert_contains(&tokens, "Operation for Put");
    assert_contains(&tokens, "pub const SERVICE");
}
