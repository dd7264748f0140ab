//! One DynamoDB `GetItem` call through the generated module and aws-union-client, with the
//! configuration and credentials from the environment.

mod dynamodb;

use aws_union_client::{Client, Config};
use dynamodb::{AttributeValue, GetItem, GetItemInput};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = Config::load_from_env().await?;
    let client = Client::new(&config, &dynamodb::SERVICE)?;
    let mut input = GetItemInput::default();
    input.table_name = Some("bench".into());
    input.key = Some(
        [("pk".into(), AttributeValue::S("cust#000001".into()))]
            .into_iter()
            .collect(),
    );
    let output = client.call::<GetItem>(&input).await?;
    println!("{:?}", output.item.map(|item| item.len()));
    Ok(())
}
