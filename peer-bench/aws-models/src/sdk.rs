//! aws-sdk-dynamodb's `query().send()` and `get_item().send()`, and aws-sdk-bedrockruntime's
//! `converse().send()`, each over aws-smithy-http-client's `infallible_client_fn`: an in-memory
//! HTTP client that answers every request with the given body. The whole call is measured
//! (build the request, sign it with SigV4, hand it over, parse the response); the same call on
//! a tiny body is measured beside it, so that reading the large body = large − tiny.

use aws_credential_types::Credentials;
use aws_smithy_http_client::test_util::infallible_client_fn;
use aws_smithy_runtime_api::client::http::SharedHttpClient;
use aws_smithy_types::body::SdkBody;
use aws_smithy_types::retry::RetryConfig;
use bytes::Bytes;

const REGION: &str = "us-east-1";

fn credentials() -> Credentials {
    Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        Some("session-token".into()),
        None,
        "bench",
    )
}

/// An in-memory HTTP client answering every request with `body` (shared, not copied).
fn answering(body: Vec<u8>, content_type: &'static str) -> SharedHttpClient {
    let body = Bytes::from(body);
    infallible_client_fn(move |request| {
        assert!(
            request.headers().contains_key("authorization"),
            "the request reached the client unsigned"
        );
        http::Response::builder()
            .status(200)
            .header("content-type", content_type)
            .header("x-amzn-requestid", "bench")
            .body(SdkBody::from(body.clone()))
            .expect("a valid response")
    })
}

/// A DynamoDB client whose every call is answered with `body`; retries disabled.
pub fn dynamodb(body: Vec<u8>) -> aws_sdk_dynamodb::Client {
    let config = aws_sdk_dynamodb::Config::builder()
        .behavior_version(aws_sdk_dynamodb::config::BehaviorVersion::latest())
        .region(aws_sdk_dynamodb::config::Region::new(REGION))
        .credentials_provider(credentials())
        .retry_config(RetryConfig::disabled())
        .http_client(answering(body, "application/x-amz-json-1.0"))
        .build();
    aws_sdk_dynamodb::Client::from_conf(config)
}

/// One `Query` call.
pub async fn query(
    client: &aws_sdk_dynamodb::Client,
) -> aws_sdk_dynamodb::operation::query::QueryOutput {
    client
        .query()
        .table_name("bench")
        .key_condition_expression("pk = :pk")
        .expression_attribute_values(
            ":pk",
            aws_sdk_dynamodb::types::AttributeValue::S("cust#000001".into()),
        )
        .send()
        .await
        .expect("the body parses")
}

/// One `GetItem` call.
pub async fn get_item(
    client: &aws_sdk_dynamodb::Client,
) -> aws_sdk_dynamodb::operation::get_item::GetItemOutput {
    use aws_sdk_dynamodb::types::AttributeValue;
    client
        .get_item()
        .table_name("bench")
        .key("pk", AttributeValue::S("cust#000007".into()))
        .key("sk", AttributeValue::N("1700000000007".into()))
        .send()
        .await
        .expect("the body parses")
}

/// A Bedrock Runtime client whose every call is answered with `body`; retries disabled.
pub fn bedrock(body: Vec<u8>) -> aws_sdk_bedrockruntime::Client {
    let config = aws_sdk_bedrockruntime::Config::builder()
        .behavior_version(aws_sdk_bedrockruntime::config::BehaviorVersion::latest())
        .region(aws_sdk_bedrockruntime::config::Region::new(REGION))
        .credentials_provider(credentials())
        .retry_config(RetryConfig::disabled())
        .http_client(answering(body, "application/json"))
        .build();
    aws_sdk_bedrockruntime::Client::from_conf(config)
}

/// One `Converse` call with a one-line user message.
pub async fn converse(
    client: &aws_sdk_bedrockruntime::Client,
) -> aws_sdk_bedrockruntime::operation::converse::ConverseOutput {
    use aws_sdk_bedrockruntime::types::{ContentBlock, ConversationRole, Message};
    let message = Message::builder()
        .role(ConversationRole::User)
        .content(ContentBlock::Text("Which tables are hot?".into()))
        .build()
        .expect("a message");
    client
        .converse()
        .model_id("bench.model-v1")
        .messages(message)
        .send()
        .await
        .expect("the body parses")
}
