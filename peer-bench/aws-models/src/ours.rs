//! The generated DynamoDB operations of `aws-union-services` called through
//! `aws_union_client::Client`, the whole call as a user makes it (build the request, sign it
//! with SigV4, hand it to the transport, read the response into the generated output), over
//! an in-memory [`Transport`] that answers every request with the given body.

use aws_union_client::retry::RetryConfig;
use aws_union_client::{Client, Config, Credentials, Transport, TransportFuture};
use aws_union_services::dynamodb::{AttributeValue, GetItem, GetItemInput, GetItemOutput, Query};
use aws_union_services::dynamodb::{QueryInput, QueryOutput, SERVICE};
use bytes::Bytes;

/// Answers every request with the same body (shared, not copied), after checking it was signed.
#[derive(Debug)]
struct Answering(Bytes);

impl Transport for Answering {
    fn send(&self, request: http::Request<Vec<u8>>) -> TransportFuture<'_> {
        assert!(
            request.headers().contains_key("authorization"),
            "the request reached the transport unsigned"
        );
        let response = http::Response::builder()
            .status(200)
            .header("content-type", "application/x-amz-json-1.0")
            .header("x-amzn-requestid", "bench")
            .body(self.0.clone())
            .expect("a valid response");
        Box::pin(async move { Ok(response) })
    }
}

/// A DynamoDB client whose every call is answered with `body`; retries disabled.
pub fn dynamodb(body: Vec<u8>) -> Client {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            Some("session-token".into()),
            None,
            "bench",
        ))
        .retry_config(RetryConfig::disabled())
        .transport(Answering(Bytes::from(body)))
        .build()
        .expect("a configuration");
    Client::new(&config, &SERVICE).expect("a client")
}

/// The input of [`query`], built once as a user would keep it.
pub fn query_input() -> QueryInput {
    let mut input = QueryInput::default();
    input.table_name = Some("bench".into());
    input.key_condition_expression = Some("pk = :pk".into());
    input.expression_attribute_values = Some(
        [(":pk".into(), AttributeValue::S("cust#000001".into()))]
            .into_iter()
            .collect(),
    );
    input
}

/// One `Query` call.
pub async fn query(client: &Client, input: &QueryInput) -> QueryOutput {
    client.call::<Query>(input).await.expect("the body parses")
}

/// The input of [`get_item`].
pub fn get_item_input() -> GetItemInput {
    let mut input = GetItemInput::default();
    input.table_name = Some("bench".into());
    input.key = Some(
        [
            ("pk".into(), AttributeValue::S("cust#000007".into())),
            ("sk".into(), AttributeValue::N("1700000000007".into())),
        ]
        .into_iter()
        .collect(),
    );
    input
}

/// One `GetItem` call.
pub async fn get_item(client: &Client, input: &GetItemInput) -> GetItemOutput {
    client
        .call::<GetItem>(input)
        .await
        .expect("the body parses")
}
