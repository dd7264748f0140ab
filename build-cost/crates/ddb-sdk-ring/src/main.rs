//! One DynamoDB `GetItem` call with aws-sdk-dynamodb and aws-config's default chain, over an
//! HTTPS client on rustls with ring.

use aws_config::BehaviorVersion;
use aws_sdk_dynamodb::types::AttributeValue;
use aws_smithy_http_client::tls::{rustls_provider::CryptoMode, Provider};
use aws_smithy_http_client::Builder;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let https = Builder::new()
        .tls_provider(Provider::Rustls(CryptoMode::Ring))
        .build_https();
    let config = aws_config::defaults(BehaviorVersion::latest())
        .http_client(https)
        .load()
        .await;
    let client = aws_sdk_dynamodb::Client::new(&config);
    let output = client
        .get_item()
        .table_name("bench")
        .key("pk", AttributeValue::S("cust#000001".into()))
        .send()
        .await?;
    println!("{:?}", output.item().map(|item| item.len()));
    Ok(())
}
