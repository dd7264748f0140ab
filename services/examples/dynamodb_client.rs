//! DynamoDB through its generated client: put an item, get it back, read a partition item by
//! item across pages, and tell a missing table from other failures. Configured the standard
//! way (`AWS_REGION`, `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`; `AWS_ENDPOINT_URL` for
//! DynamoDB Local), on a table whose key is the string `pk` and the number `sk`:
//!
//! ```sh
//! cargo run -p aws-union-services --example dynamodb_client -- TABLE
//! ```

use aws_union_client::Config;
use aws_union_services::dynamodb::{
    AttributeValue, Client, GetItemInput, PutItemInput, QueryInput,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let table = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "items".to_owned());
    // One configuration, loaded once; every service client built from it shares its
    // connection pool and credentials.
    let config = Config::from_env()?;
    let client = Client::new(&config)?;

    let item = PutItemInput::default()
        .table_name(&table)
        .item("pk", AttributeValue::S("user#1".into()))
        .item("sk", AttributeValue::N("1".into()))
        .item("name", AttributeValue::S("Ada".into()));
    client.put_item(item).await?;

    let key = GetItemInput::default()
        .table_name(&table)
        .key("pk", AttributeValue::S("user#1".into()))
        .key("sk", AttributeValue::N("1".into()));
    let found = client.get_item(key).await?;
    println!("got: {:?}", found.item);

    // Every item of the partition, page after page (each page one call).
    let query = QueryInput::default()
        .table_name(&table)
        .key_condition_expression("pk = :pk")
        .expression_attribute_values(":pk", AttributeValue::S("user#1".into()));
    let mut items = client.query_items(query);
    while let Some(item) = items.next().await {
        println!("item: {:?}", item?);
    }

    let missing = GetItemInput::default()
        .table_name("no-such-table")
        .key("pk", AttributeValue::S("user#1".into()));
    match client.get_item(missing).await {
        Err(e)
            if e.as_service_error()
                .is_some_and(|e| e.kind().is_resource_not_found_exception()) =>
        {
            println!("no such table, as expected");
        }
        other => println!("unexpected: {other:?}"),
    }
    Ok(())
}
