//! A small DynamoDB program, end to end against moto (a local AWS) on this machine:
//!
//! ```text
//! cargo run --example dynamodb_moto
//! ```
//!
//! It starts moto on a loopback port (installing it first, into `target/moto-venv`, if it is not
//! there yet: Python 3 with venv and pip is needed), creates a table, writes a few items in one
//! batch, reads one back, pages through a query, shows a failed condition as its typed error,
//! deletes the table, and stops moto. The client and its operations are the ones
//! `aws-union-services` generates from botocore's DynamoDB model, built from one shared
//! `Config`; the query's pages come from the generated paginator.

use std::collections::BTreeMap;
use std::error::Error;
use std::process::ExitCode;

use aws_union_client::{Config, Credentials};
use aws_union_services::dynamodb::{
    AttributeDefinition, AttributeValue, BatchWriteItemInput, BillingMode, Client,
    CreateTableInput, DeleteTableInput, GetItemInput, KeySchemaElement, KeyType, PutRequest,
    QueryInput, ScalarAttributeType, UpdateItemError, UpdateItemInput, WriteRequest,
};
use aws_union_services::moto::MotoServer;

type Item = BTreeMap<String, AttributeValue>;

const TABLE: &str = "Music";

fn main() -> ExitCode {
    let moto = match MotoServer::start() {
        Ok(moto) => moto,
        Err(e) if e.is_python_missing() => {
            eprintln!("{e}\nInstall Python 3 (with venv and pip) to run this example.");
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    println!("moto is listening at {}", moto.endpoint_url());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let result = runtime.block_on(run(&moto.endpoint_url()));
    // Stopped here, and on any early return or panic when `moto` is dropped.
    moto.stop();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(endpoint_url: &str) -> Result<(), Box<dyn Error>> {
    // moto accepts any credentials; it does not check signatures.
    let config = Config::builder()
        .endpoint_url(endpoint_url)
        .region("us-east-1")
        .credentials(Credentials::new(
            "testing", "testing", None, None, "example",
        ))
        .build()?;
    let dynamodb = Client::new(&config)?;

    let create = CreateTableInput::default()
        .table_name(TABLE)
        .key_schema(key("Artist", KeyType::Hash))
        .key_schema(key("SongTitle", KeyType::Range))
        .attribute_definitions(attribute("Artist", ScalarAttributeType::S))
        .attribute_definitions(attribute("SongTitle", ScalarAttributeType::S))
        .billing_mode(BillingMode::PayPerRequest);
    let table = dynamodb.create_table(create).await?;
    let status = table.table_description.and_then(|t| t.table_status);
    println!("created table {TABLE}: {status:?}");

    let songs = ["Call Me Today", "Happy Day", "Lonely Road", "Night Train"];
    let writes = songs
        .iter()
        .enumerate()
        .map(|(plays, title)| {
            let mut put = PutRequest::default();
            put.item = song("No One You Know", title, plays);
            let mut write = WriteRequest::default();
            write.put_request = Some(put);
            write
        })
        .collect();
    let batch = BatchWriteItemInput::default().request_items(TABLE, writes);
    dynamodb.batch_write_item(batch).await?;
    println!("wrote {} songs in one BatchWriteItem", songs.len());

    let mut get = GetItemInput::default().table_name(TABLE);
    get.key = Some(song_key("No One You Know", "Happy Day"));
    let item = dynamodb.get_item(get).await?.item;
    println!("GetItem: {item:?}");

    let query = QueryInput::default()
        .table_name(TABLE)
        .key_condition_expression("Artist = :artist")
        .expression_attribute_values(":artist", AttributeValue::S("No One You Know".into()))
        .limit(3);
    // Each page one call; the paginator sends each page's `LastEvaluatedKey` as the next's
    // `ExclusiveStartKey`, and ends after the page without one.
    let mut pages = dynamodb.query_pages(query);
    let mut page = 1;
    while let Some(output) = pages.next().await {
        let output = output?;
        let titles: Vec<&str> = output
            .items
            .iter()
            .flatten()
            .filter_map(|item| match item.get("SongTitle") {
                Some(AttributeValue::S(title)) => Some(title.as_str()),
                _ => None,
            })
            .collect();
        println!("Query page {page}: {titles:?}");
        page += 1;
    }

    let mut update = UpdateItemInput::default()
        .table_name(TABLE)
        .update_expression("SET Plays = Plays + :one")
        .condition_expression("Plays > :many")
        .expression_attribute_values(":one", AttributeValue::N("1".into()))
        .expression_attribute_values(":many", AttributeValue::N("1000".into()));
    update.key = Some(song_key("No One You Know", "Happy Day"));
    match dynamodb.update_item(update).await {
        Err(e) => match e.as_service_error().map(|s| s.kind()) {
            Some(UpdateItemError::ConditionalCheckFailedException(failed)) => {
                let message = failed.message.as_deref().unwrap_or("no message");
                println!("UpdateItem refused: ConditionalCheckFailedException ({message})");
            }
            _ => return Err(e.into()),
        },
        Ok(_) => return Err("the condition should have failed".into()),
    }

    let delete = DeleteTableInput::default().table_name(TABLE);
    dynamodb.delete_table(delete).await?;
    println!("deleted table {TABLE}");
    Ok(())
}

fn key(name: &str, key_type: KeyType) -> KeySchemaElement {
    let mut element = KeySchemaElement::default();
    element.attribute_name = name.into();
    element.key_type = key_type;
    element
}

fn attribute(name: &str, attribute_type: ScalarAttributeType) -> AttributeDefinition {
    let mut definition = AttributeDefinition::default();
    definition.attribute_name = name.into();
    definition.attribute_type = attribute_type;
    definition
}

fn song_key(artist: &str, title: &str) -> Item {
    Item::from([
        ("Artist".to_owned(), AttributeValue::S(artist.into())),
        ("SongTitle".to_owned(), AttributeValue::S(title.into())),
    ])
}

fn song(artist: &str, title: &str, plays: usize) -> Item {
    let mut item = song_key(artist, title);
    item.insert("Plays".into(), AttributeValue::N(plays.to_string()));
    item
}
