//! The service client: a method per selected operation, paginators from `paginators-1.json`
//! (tokens, `more_results`, items, JMESPath's `[-1]`), `is_*` helpers, setters, and a selection
//! that leaves out every method, paginator and shape of what is not selected.
mod common;
use aws_union_codegen::plan::{Step, Ty};
use aws_union_codegen::{DocsMode, Generator};
use common::*;

const OPS: &str = r#"
    "ListThings": {"name": "ListThings", "http": {"method": "POST", "requestUri": "/"},
                   "input": {"shape": "ListIn"}, "output": {"shape": "ListOut"},
                   "errors": [{"shape": "Gone"}]},
    "ListThingsPages": {"name": "ListThingsPages", "http": {"method": "POST", "requestUri": "/"},
                        "input": {"shape": "PagesIn"}, "output": {"shape": "PagesOut"}},
    "Describe": {"name": "Describe", "http": {"method": "POST", "requestUri": "/"},
                 "input": {"shape": "DescribeIn"}, "output": {"shape": "DescribeOut"}}"#;

const SHAPES: &str = r#"
    "ListIn": {"type": "structure", "members": {"Next": {"shape": "Text"}, "Max": {"shape": "Count"}}},
    "ListOut": {"type": "structure", "required": ["Things"], "members": {
        "Next": {"shape": "Text"}, "Things": {"shape": "Things"}, "Count": {"shape": "Count"},
        "More": {"shape": "Flag"}}},
    "Things": {"type": "list", "member": {"shape": "Thing"}},
    "Thing": {"type": "structure", "members": {"Id": {"shape": "Text"}}},
    "PagesIn": {"type": "structure", "members": {"Only": {"shape": "OnlyHere"}}},
    "PagesOut": {"type": "structure", "members": {}},
    "OnlyHere": {"type": "structure", "members": {"Deep": {"shape": "Text"}}},
    "DescribeIn": {"type": "structure", "members": {"Start": {"shape": "Text"}}},
    "DescribeOut": {"type": "structure", "required": ["Desc"], "members": {"Desc": {"shape": "Desc"}}},
    "Desc": {"type": "structure", "required": ["Parts"], "members": {
        "Parts": {"shape": "Parts"}, "HasMore": {"shape": "Flag"}}},
    "Parts": {"type": "list", "member": {"shape": "Part"}},
    "Part": {"type": "structure", "required": ["PartId"], "members": {"PartId": {"shape": "Text"}}},
    "Gone": {"type": "structure", "members": {"message": {"shape": "Text"}}, "exception": true},
    "Text": {"type": "string"},
    "Count": {"type": "integer"},
    "Flag": {"type": "boolean"}"#;

const PAGINATORS: &str = r#"{"pagination": {
    "ListThings": {"input_token": "Next", "output_token": "Next", "limit_key": "Max",
                   "result_key": ["Things", "Count"], "more_results": "More"},
    "Describe": {"input_token": "Start", "output_token": "Desc.Parts[-1].PartId",
                 "result_key": "Desc.Parts", "more_results": "Desc.HasMore"}}}"#;

fn generator(paginators: &str) -> Generator {
    Generator::from_bytes(&model_meta(JSON_META, OPS, SHAPES), "t.json")
        .docs(DocsMode::Facts)
        .paginators(paginators, "paginators-1.json")
}

fn client_plan(generator: Generator) -> aws_union_codegen::plan::ClientPlan {
    generator.plan().unwrap().client.expect("a client")
}

#[test]
fn the_client_has_one_async_method_per_operation() {
    let client = client_plan(generator(PAGINATORS));
    assert_eq!(client.name, "Client");
    let names: Vec<&str> = client.methods.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["describe", "list_things", "list_things_pages"]);
    let code = generator(PAGINATORS).generate_string().unwrap();
    assert_contains(
        &code,
        "pub async fn list_things(\n        &self,\n        input: ListIn,\n",
    );
    assert_contains(
        &code,
        ") -> ::aws_union_client::CallResult<ListOut, ListThingsError> {",
    );
    assert_contains(&code, "impl ::aws_union_client::FromConfig for Client {");
}

#[test]
fn a_paginator_method_name_an_operation_has_gets_a_suffix() {
    let client = client_plan(generator(PAGINATORS));
    let list = &client.methods[1];
    let paginator = list.paginator.as_ref().unwrap();
    assert_eq!(paginator.pages_method, "list_things_pages_2");
    assert_eq!(paginator.items_method.as_deref(), Some("list_things_items"));
}

#[test]
fn the_items_are_the_one_list_among_the_result_keys() {
    let client = client_plan(generator(PAGINATORS));
    let paginator = client.methods[1].paginator.as_ref().unwrap();
    let (steps, item) = paginator.items.as_ref().unwrap();
    assert_eq!(
        steps,
        &[Step::Field {
            name: "things".to_owned(),
            required: true
        }]
    );
    assert_eq!(item, &Ty::Named("Thing".to_owned()));
    assert_eq!(paginator.limit.as_deref(), Some("max"));
    assert!(paginator.more_results.is_some());
}

#[test]
fn a_dotted_output_token_with_a_last_index_reads_the_last_items_member() {
    let client = client_plan(generator(PAGINATORS));
    let paginator = client.methods[0].paginator.as_ref().unwrap();
    assert_eq!(
        paginator.output_token,
        [
            Step::Field {
                name: "desc".to_owned(),
                required: true
            },
            Step::Field {
                name: "parts".to_owned(),
                required: true
            },
            Step::Last,
            Step::Field {
                name: "part_id".to_owned(),
                required: true
            },
        ]
    );
    let code = generator(PAGINATORS).generate_string().unwrap();
    assert_contains(&code, "let value = value.last()?;");
}

#[test]
fn a_paginator_naming_a_member_the_model_lacks_is_an_error_naming_it() {
    let broken =
        r#"{"pagination": {"ListThings": {"input_token": "Cursor", "output_token": "Next"}}}"#;
    let error = generator(broken).generate_string().unwrap_err().to_string();
    assert!(error.starts_with("paginators-1.json"), "{error}");
    assert!(error.contains("paginator of `ListThings`"), "{error}");
    assert!(error.contains("no member `Cursor`"), "{error}");
}

#[test]
fn unselected_operations_produce_no_method_no_paginator_and_no_shape() {
    let code = generator(PAGINATORS)
        .operation("ListThings")
        .generate_string()
        .unwrap();
    assert_contains(&code, "pub async fn list_things(");
    assert_contains(&code, "pub fn list_things_pages(");
    for absent in [
        "fn describe",
        "Paginated for Describe",
        "pub struct DescribeIn",
        "pub struct Desc ",
        "fn list_things_pages_2",
        "pub struct OnlyHere",
    ] {
        assert_lacks(&code, absent);
    }
}

#[test]
fn each_modelled_error_has_an_is_helper() {
    let code = generator(PAGINATORS).generate_string().unwrap();
    assert_contains(&code, "impl ListThingsError {");
    assert_contains(&code, "pub fn is_gone(&self) -> bool {");
}

#[test]
fn structures_an_input_reaches_get_setters_and_outputs_do_not() {
    let client = client_plan(generator(PAGINATORS));
    let with: Vec<&str> = client.setters.iter().map(String::as_str).collect();
    assert_eq!(with, ["DescribeIn", "ListIn", "OnlyHere", "PagesIn"]);
    let code = generator(PAGINATORS).generate_string().unwrap();
    assert_contains(&code, "impl ListIn {");
    assert_lacks(&code, "impl ListOut {");
}

#[test]
fn no_client_leaves_out_the_client_type_but_keeps_setters_and_is_helpers() {
    let code = generator(PAGINATORS)
        .no_client(true)
        .generate_string()
        .unwrap();
    assert_lacks(&code, "pub struct Client");
    assert_lacks(&code, "impl Client {");
    assert_contains(&code, "impl ListIn {");
    assert_contains(&code, "pub fn is_gone(&self) -> bool {");
    assert_contains(
        &code,
        "impl ::aws_union_client::operation::Operation for ListThings {",
    );
}

#[test]
fn a_shape_named_client_keeps_its_name() {
    let shapes = format!(
        r#"{SHAPES}, "Client": {{"type": "structure", "members": {{"Id": {{"shape": "Text"}}}}}}"#
    );
    let model = model_meta(JSON_META, OPS, &shapes);
    let plan = Generator::from_bytes(&model, "t.json").plan().unwrap();
    assert!(plan.item_named("Client").is_some());
    assert_eq!(plan.client.unwrap().name, "ClientService");
}

#[test]
fn the_generated_client_is_rustfmt_clean() {
    let code = generator(PAGINATORS).generate_string().unwrap();
    assert_rustfmt_clean(&code, "client");
}
