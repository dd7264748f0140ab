//! The generated clients on loopback servers that answer as the services do: one method per
//! operation, pages with their token in the body (DynamoDB's map-valued keys) or in the query
//! string (Lambda's `Marker`), the repeated-token guard, `more_results`, typed errors, and one
//! configuration shared by two service clients.

// The workspace's loopback servers; these tests use the scripted one. They are written for
// the facade's older MSRV, where the newer forms clippy suggests here do not exist.
#[path = "../../tests/client_support/servers.rs"]
#[allow(dead_code, clippy::manual_repeat_n, clippy::unnecessary_map_or)]
mod servers;

use std::time::Duration;

use aws_union_client::{Config, Credentials, Error};
use aws_union_services::dynamodb::{self, AttributeValue, GetItemInput, QueryInput};
use aws_union_services::kms::{self, ListKeysRequest};
use aws_union_services::lambda::{self, ListFunctionsRequest};
use servers::{Misbehavior, Received, Server};

/// How long any test may take before it counts as hung.
const HANG: Duration = Duration::from_secs(30);

fn config(server: &Server) -> Config {
    Config::builder()
        .region("us-east-1")
        .endpoint_url(server.http_url())
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "secret",
            None,
            None,
            "test",
        ))
        .build()
        .expect("a configuration")
}

async fn scripted(script: fn(&Received) -> (u16, String)) -> Server {
    Server::start(Misbehavior::Scripted(script)).await
}

/// `Query`: three pages, each key the `pk` of the page's last item.
fn query_pages(request: &Received) -> (u16, String) {
    let start = request.json()["ExclusiveStartKey"]["pk"]["S"].clone();
    let body = match start.as_str() {
        None => {
            r#"{"Items":[{"pk":{"S":"1"}},{"pk":{"S":"2"}}],"Count":2,"ScannedCount":2,"LastEvaluatedKey":{"pk":{"S":"2"}}}"#
        }
        Some("2") => {
            r#"{"Items":[{"pk":{"S":"3"}}],"Count":1,"ScannedCount":1,"LastEvaluatedKey":{"pk":{"S":"3"}}}"#
        }
        Some("3") => r#"{"Items":[{"pk":{"S":"4"}}],"Count":1,"ScannedCount":1}"#,
        Some(_) => return (400, r#"{"__type":"ValidationException"}"#.to_owned()),
    };
    (200, body.to_owned())
}

fn pk(item: &std::collections::BTreeMap<String, AttributeValue>) -> String {
    match &item["pk"] {
        AttributeValue::S(text) => text.clone(),
        other => panic!("a string key, not {other:?}"),
    }
}

#[tokio::test]
async fn a_query_follows_its_map_valued_token_in_the_body_over_several_pages() {
    let server = scripted(query_pages).await;
    let client = dynamodb::Client::new(&config(&server)).unwrap();
    let input = QueryInput::default()
        .table_name("t")
        .key_condition_expression("pk > :a");
    let mut items = client.query_items(input);
    let mut keys = Vec::new();
    tokio::time::timeout(HANG, async {
        while let Some(item) = items.next().await {
            keys.push(pk(&item.unwrap()));
        }
    })
    .await
    .unwrap();
    assert_eq!(keys, ["1", "2", "3", "4"]);
    let sent: Vec<serde_json::Value> = server
        .received()
        .iter()
        .map(|r| r.json()["ExclusiveStartKey"].clone())
        .collect();
    assert_eq!(
        sent,
        [
            serde_json::Value::Null,
            serde_json::json!({"pk": {"S": "2"}}),
            serde_json::json!({"pk": {"S": "3"}}),
        ]
    );
}

/// `ListFunctions`: two pages, the marker in the query string.
fn function_pages(request: &Received) -> (u16, String) {
    let body = match request.target() {
        "/2015-03-31/functions" => r#"{"Functions":[{"FunctionName":"a"}],"NextMarker":"m/1"}"#,
        "/2015-03-31/functions?Marker=m%2F1" => r#"{"Functions":[{"FunctionName":"b"}]}"#,
        _ => return (400, r#"{"Type":"User","message":"unexpected"}"#.to_owned()),
    };
    (200, body.to_owned())
}

#[tokio::test]
async fn list_functions_follows_its_marker_in_the_query_string() {
    let server = scripted(function_pages).await;
    let client = lambda::Client::new(&config(&server)).unwrap();
    let mut pages = client.list_functions_pages(ListFunctionsRequest::default());
    let mut names = Vec::new();
    tokio::time::timeout(HANG, async {
        while let Some(page) = pages.next().await {
            for function in page.unwrap().functions.unwrap_or_default() {
                names.push(function.function_name.unwrap());
            }
        }
    })
    .await
    .unwrap();
    assert_eq!(names, ["a", "b"]);
    let targets: Vec<String> = server
        .received()
        .iter()
        .map(|r| r.target().to_owned())
        .collect();
    assert_eq!(
        targets,
        [
            "/2015-03-31/functions",
            "/2015-03-31/functions?Marker=m%2F1"
        ]
    );
}

/// `ListFunctions` answering the same marker forever.
fn endless_marker(_: &Received) -> (u16, String) {
    (
        200,
        r#"{"Functions":[{"FunctionName":"a"}],"NextMarker":"again"}"#.to_owned(),
    )
}

#[tokio::test]
async fn a_service_answering_the_token_it_was_sent_ends_the_pages_with_an_error() {
    let server = scripted(endless_marker).await;
    let client = lambda::Client::new(&config(&server)).unwrap();
    let mut items = client.list_functions_items(ListFunctionsRequest::default());
    let results = tokio::time::timeout(HANG, async {
        let mut results = Vec::new();
        while let Some(item) = items.next().await {
            results.push(item);
        }
        results
    })
    .await
    .expect("the pages end");
    assert_eq!(
        results.len(),
        3,
        "two pages' items, then the error: {results:?}"
    );
    assert!(results[..2].iter().all(Result::is_ok));
    match &results[2] {
        Err(Error::Pagination(e)) => {
            assert_eq!(e.operation, "ListFunctions");
            assert_eq!(e.page, 2);
            assert!(e.to_string().contains("same pagination token"));
        }
        other => panic!("expected the repeated-token error, got {other:?}"),
    }
    assert_eq!(server.received().len(), 2);
}

/// `ListKeys` with a next marker but `Truncated: false`.
fn not_truncated(_: &Received) -> (u16, String) {
    let body = r#"{"Keys":[{"KeyId":"k1"}],"NextMarker":"m","Truncated":false}"#;
    (200, body.to_owned())
}

#[tokio::test]
async fn more_results_false_ends_the_pages_even_with_a_next_token() {
    let server = scripted(not_truncated).await;
    let client = kms::Client::new(&config(&server)).unwrap();
    let mut pages = client.list_keys_pages(ListKeysRequest::default());
    let first = tokio::time::timeout(HANG, pages.next()).await.unwrap();
    assert!(first.unwrap().is_ok());
    assert!(pages.next().await.is_none());
    assert_eq!(server.received().len(), 1);
}

fn table_not_found(_: &Received) -> (u16, String) {
    let body = r#"{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"Requested resource not found"}"#;
    (400, body.to_owned())
}

#[tokio::test]
async fn a_modelled_error_reaches_the_caller_typed_with_its_is_helper() {
    let server = scripted(table_not_found).await;
    let client = dynamodb::Client::new(&config(&server)).unwrap();
    let input = GetItemInput::default()
        .table_name("missing")
        .key("pk", AttributeValue::S("a".into()));
    let error = tokio::time::timeout(HANG, client.get_item(input))
        .await
        .unwrap()
        .unwrap_err();
    let service_error = error.as_service_error().expect("a service error");
    assert!(service_error.kind().is_resource_not_found_exception());
    assert!(!service_error.kind().is_internal_server_error());
    assert_eq!(
        service_error.message(),
        Some("Requested resource not found")
    );
}

#[tokio::test]
async fn a_required_member_left_unset_is_an_error_naming_it_before_sending() {
    let server = scripted(table_not_found).await;
    let client = dynamodb::Client::new(&config(&server)).unwrap();
    let input = GetItemInput::default().key("pk", AttributeValue::S("a".into()));
    let error = client.get_item(input).await.unwrap_err();
    assert!(matches!(error, Error::InvalidInput(_)), "{error:?}");
    assert!(error.to_string().contains("TableName"), "{error}");
    assert!(server.received().is_empty());
}

fn any_answer(request: &Received) -> (u16, String) {
    match request.header("x-amz-target") {
        Some(_) => (200, r#"{"Item":{"pk":{"S":"a"}}}"#.to_owned()),
        None => (200, r#"{"Functions":[]}"#.to_owned()),
    }
}

#[tokio::test]
async fn service_clients_built_from_one_configuration_share_its_connection_pool() {
    let server = scripted(any_answer).await;
    let config = config(&server);
    let table = dynamodb::Client::new(&config).unwrap();
    let functions = lambda::Client::new(&config).unwrap();
    tokio::time::timeout(HANG, async {
        let item = table
            .get_item(
                GetItemInput::default()
                    .table_name("t")
                    .key("pk", AttributeValue::S("a".into())),
            )
            .await
            .unwrap();
        assert!(item.item.is_some());
        let listed = functions
            .list_functions(ListFunctionsRequest::default())
            .await
            .unwrap();
        assert_eq!(listed.functions, Some(Vec::new()));
    })
    .await
    .unwrap();
    assert_eq!(server.received().len(), 2);
    assert_eq!(
        server.accepted(),
        1,
        "the second client reused the first's connection"
    );
}

#[test]
fn setters_build_the_input_that_assigning_its_fields_builds() {
    let chained = QueryInput::default()
        .table_name("t")
        .limit(10)
        .expression_attribute_values(":a", AttributeValue::N("1".into()))
        .attributes_to_get("pk");
    let mut assigned = QueryInput::default();
    assigned.table_name = Some("t".to_owned());
    assigned.limit = Some(10);
    assigned.expression_attribute_values = Some(
        [(":a".to_owned(), AttributeValue::N("1".into()))]
            .into_iter()
            .collect(),
    );
    assigned.attributes_to_get = Some(vec!["pk".to_owned()]);
    assert_eq!(chained, assigned);
}
