//! DynamoDB (awsJson1_0): tables, items, conditions, pages, batches, and the typed errors.

use std::collections::BTreeMap;

use aws_union::Blob;
use aws_union_client::Error;
use aws_union_services::dynamodb::{
    AttributeDefinition, AttributeValue, BatchWriteItemInput, BillingMode, Client,
    CreateTableInput, DeleteTableInput, GetItemError, GetItemInput, KeySchemaElement, KeyType,
    PutItemInput, PutRequest, QueryInput, ReturnValue, ScalarAttributeType, ScanInput,
    UpdateItemInput, WriteRequest,
};

use crate::support::{client, unique};

type Item = BTreeMap<String, AttributeValue>;

fn s(value: &str) -> AttributeValue {
    AttributeValue::S(value.to_owned())
}

fn n(value: u32) -> AttributeValue {
    AttributeValue::N(value.to_string())
}

/// An item of the test tables: partition key `pk`, sort key `sk`, and `more` attributes.
fn item(pk: &str, sk: u32, more: &[(&str, AttributeValue)]) -> Item {
    let mut item = Item::from([("pk".to_owned(), s(pk)), ("sk".to_owned(), n(sk))]);
    item.extend(more.iter().map(|(k, v)| ((*k).to_owned(), v.clone())));
    item
}

fn key(pk: &str, sk: u32) -> Item {
    item(pk, sk, &[])
}

fn key_element(name: &str, key_type: KeyType) -> KeySchemaElement {
    let mut element = KeySchemaElement::default();
    element.attribute_name = name.to_owned();
    element.key_type = key_type;
    element
}

fn attribute(name: &str, attribute_type: ScalarAttributeType) -> AttributeDefinition {
    let mut definition = AttributeDefinition::default();
    definition.attribute_name = name.to_owned();
    definition.attribute_type = attribute_type;
    definition
}

/// Creates a table keyed by `pk` (string) and `sk` (number), on demand, and returns its name.
async fn create_table(client: &Client, prefix: &str) -> String {
    let name = unique(prefix);
    let key_schema = vec![
        key_element("pk", KeyType::Hash),
        key_element("sk", KeyType::Range),
    ];
    let mut input = CreateTableInput::default()
        .table_name(&name)
        .attribute_definitions(attribute("pk", ScalarAttributeType::S))
        .attribute_definitions(attribute("sk", ScalarAttributeType::N))
        .billing_mode(BillingMode::PayPerRequest);
    input.key_schema = Some(key_schema.clone());
    let output = client.create_table(input).await.unwrap();
    let table = output.table_description.expect("the table's description");
    assert_eq!(table.table_name.as_deref(), Some(name.as_str()));
    assert_eq!(
        table.key_schema.unwrap(),
        key_schema,
        "the key schema comes back as sent"
    );
    name
}

async fn put(client: &Client, table: &str, item: Item) {
    let mut input = PutItemInput::default().table_name(table);
    input.item = Some(item);
    client.put_item(input).await.unwrap();
}

async fn get(client: &Client, table: &str, key: Item) -> Result<Option<Item>, Error<GetItemError>> {
    let mut input = GetItemInput::default()
        .table_name(table)
        .consistent_read(true);
    input.key = Some(key);
    Ok(client.get_item(input).await?.item)
}

/// Writes `count` items under partition `pk` (sort keys `0..count`) with one BatchWriteItem.
async fn batch_write(client: &Client, table: &str, pk: &str, count: u32) {
    let requests = (0..count)
        .map(|sk| {
            let mut put = PutRequest::default();
            put.item = item(pk, sk, &[("payload", s(&format!("item {sk}")))]);
            let mut request = WriteRequest::default();
            request.put_request = Some(put);
            request
        })
        .collect();
    let input = BatchWriteItemInput::default().request_items(table, requests);
    let output = client.batch_write_item(input).await.unwrap();
    let unprocessed = output.unprocessed_items.unwrap_or_default();
    assert!(
        unprocessed.values().all(Vec::is_empty),
        "nothing left unprocessed: {unprocessed:?}"
    );
}

/// The sort keys of `items`, in their order.
fn sort_keys(items: &[Item]) -> Vec<u32> {
    items
        .iter()
        .map(|item| match &item["sk"] {
            AttributeValue::N(number) => number.parse().unwrap(),
            other => panic!("sk is a number: {other:?}"),
        })
        .collect()
}

#[tokio::test]
async fn an_item_put_is_read_back_with_every_type_it_holds_blobs_included() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let table = create_table(&client, "items").await;
    let written = item(
        "a",
        1,
        &[
            ("blob", AttributeValue::B(Blob::new(vec![0, 1, 2, 255]))),
            ("flag", AttributeValue::Bool(true)),
            ("tags", AttributeValue::Ss(vec!["x".into(), "y".into()])),
            (
                "nested",
                AttributeValue::M(Item::from([("k".into(), n(7))])),
            ),
        ],
    );
    put(&client, &table, written.clone()).await;
    let read = get(&client, &table, key("a", 1)).await.unwrap();
    assert_eq!(read, Some(written));
    assert_eq!(get(&client, &table, key("a", 2)).await.unwrap(), None);
}

/// A table holding item (`a`, 1) at version 1, and an update of it to version `next` on
/// condition that it is at version `expected`, returning the new values.
async fn versioned_update(
    client: &Client,
    prefix: &str,
    expected: u32,
    next: u32,
) -> (String, UpdateItemInput) {
    let table = create_table(client, prefix).await;
    put(client, &table, item("a", 1, &[("version", n(1))])).await;
    let mut input = UpdateItemInput::default()
        .table_name(&table)
        .update_expression("SET version = :next")
        .condition_expression("version = :expected")
        .expression_attribute_values(":next", n(next))
        .expression_attribute_values(":expected", n(expected))
        .return_values(ReturnValue::UpdatedNew);
    input.key = Some(key("a", 1));
    (table, input)
}

#[tokio::test]
async fn an_update_whose_condition_fails_is_the_typed_conditional_check_failed_exception() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let (table, update) = versioned_update(&client, "conditions", 2, 3).await;
    let error = client.update_item(update).await.unwrap_err();
    let service = error.as_service_error().expect("a service error");
    assert!(
        service.kind().is_conditional_check_failed_exception(),
        "{error:?}"
    );
    assert_eq!(service.status(), 400);
    let unchanged = get(&client, &table, key("a", 1)).await.unwrap();
    assert_eq!(unchanged, Some(item("a", 1, &[("version", n(1))])));
}

#[tokio::test]
async fn an_update_whose_condition_holds_returns_the_new_values() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let (table, update) = versioned_update(&client, "updates", 1, 2).await;
    let output = client.update_item(update).await.unwrap();
    assert_eq!(
        output.attributes,
        Some(Item::from([("version".into(), n(2))]))
    );
    let updated = get(&client, &table, key("a", 1)).await.unwrap();
    assert_eq!(updated, Some(item("a", 1, &[("version", n(2))])));
}

#[tokio::test]
async fn batch_write_item_puts_every_item_of_the_batch() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let table = create_table(&client, "batch").await;
    batch_write(&client, &table, "b", 5).await;
    for sk in 0..5 {
        let read = get(&client, &table, key("b", sk)).await.unwrap();
        let expected = item("b", sk, &[("payload", s(&format!("item {sk}")))]);
        assert_eq!(read, Some(expected));
    }
}

#[tokio::test]
async fn query_pages_follow_last_evaluated_key_to_the_end() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let table = create_table(&client, "query").await;
    batch_write(&client, &table, "q", 7).await;
    batch_write(&client, &table, "other", 2).await;
    let input = QueryInput::default()
        .table_name(&table)
        .key_condition_expression("pk = :pk")
        .expression_attribute_values(":pk", s("q"))
        .limit(3);
    let mut pages = client.query_pages(input);
    let mut keys = Vec::new();
    while let Some(page) = pages.next().await {
        keys.push(sort_keys(&page.unwrap().items.unwrap_or_default()));
    }
    assert_eq!(keys, [vec![0, 1, 2], vec![3, 4, 5], vec![6]]);
}

#[tokio::test]
async fn scan_pages_follow_last_evaluated_key_to_the_end() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let table = create_table(&client, "scan").await;
    batch_write(&client, &table, "s", 8).await;
    let mut pages = client.scan_pages(ScanInput::default().table_name(&table).limit(3));
    let mut keys = Vec::new();
    while let Some(page) = pages.next().await {
        let output = page.unwrap();
        let items = output.items.unwrap_or_default();
        assert_eq!(output.count, Some(items.len() as i32));
        keys.push(sort_keys(&items));
    }
    assert_eq!(keys, [vec![0, 1, 2], vec![3, 4, 5], vec![6, 7]]);
}

#[tokio::test]
async fn a_missing_table_is_the_typed_resource_not_found_exception() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let error = get(&client, &unique("missing"), key("a", 1))
        .await
        .unwrap_err();
    let service = error.as_service_error().expect("a service error");
    assert!(
        service.kind().is_resource_not_found_exception(),
        "{error:?}"
    );
    assert_eq!(service.code(), Some("ResourceNotFoundException"));
    assert!(service.message().is_some_and(|m| !m.is_empty()), "{error}");
}

#[tokio::test]
async fn a_deleted_table_is_gone() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let table = create_table(&client, "deleted").await;
    let input = DeleteTableInput::default().table_name(&table);
    let output = client.delete_table(input).await.unwrap();
    let description = output.table_description.expect("the table's description");
    assert_eq!(description.table_name.as_deref(), Some(table.as_str()));
    // AWS describes the table as it goes, `DELETING`; moto 5.2.5 describes it as it was
    // (`ACTIVE`). The status is a plain enum value of the output, read like any other: the
    // test does not check it here.
    assert!(description.table_status.is_some());
    let error = get(&client, &table, key("a", 1)).await.unwrap_err();
    assert!(
        error
            .as_service_error()
            .is_some_and(|e| e.kind().is_resource_not_found_exception()),
        "{error:?}"
    );
}
