//! One `Config` for many service clients: one transport and one identity cache shared, and
//! what the configuration gives every call (signing or not, idempotency tokens, the user
//! agent).
#![cfg(feature = "client")]

#[path = "support/queue_service.rs"]
mod queue_service;

use std::sync::atomic::Ordering;

use aws_union_client::operation::IdempotencyTokens;
use aws_union_client::{BuildError, Client};
use queue_service::{
    assert_signed_for, builder, message, Counting, GetRow, Ping, Recorder, SendMessage, QUEUE,
    TABLE,
};

#[tokio::test]
async fn one_config_serves_many_services_with_one_transport_and_one_identity_cache() {
    let transport = Recorder::ok();
    let credentials = Counting::default();
    let config = builder(&transport)
        .credentials_provider(credentials.clone())
        .build()
        .unwrap();
    let queue = Client::new(&config, &QUEUE).unwrap();
    let table = Client::new(&config, &TABLE).unwrap();
    queue.call::<SendMessage>(&message("a")).await.unwrap();
    table.call::<GetRow>(&()).await.unwrap();
    queue.call::<SendMessage>(&message("c")).await.unwrap();
    let hosts = transport.hosts();
    assert_eq!(
        hosts,
        [
            "queue.eu-west-1.amazonaws.com",
            "table.eu-west-1.amazonaws.com",
            "queue.eu-west-1.amazonaws.com"
        ]
    );
    assert_eq!(
        credentials.0.load(Ordering::SeqCst),
        1,
        "one load for every client"
    );
    assert_signed_for(&transport.sent()[1], "/eu-west-1/table/aws4_request");
}

#[tokio::test]
async fn an_unsigned_operation_is_sent_without_credentials_or_signature() {
    let transport = Recorder::answering(200, "{}");
    let credentials = Counting::default();
    let config = builder(&transport)
        .credentials_provider(credentials.clone())
        .build()
        .unwrap();
    let client = Client::new(&config, &QUEUE).unwrap();
    client.call::<Ping>(&()).await.unwrap();
    let sent = &transport.sent()[0];
    assert!(sent.headers().get("authorization").is_none());
    assert!(sent.headers().get("x-amz-date").is_none());
    assert_eq!(credentials.0.load(Ordering::SeqCst), 0);
}

#[derive(Debug)]
struct Fixed;

impl IdempotencyTokens for Fixed {
    fn next_token(&self) -> String {
        "00000000-0000-4000-8000-000000000001".into()
    }
}

#[tokio::test]
async fn idempotency_tokens_come_from_the_configured_source() {
    let transport = Recorder::ok();
    let config = builder(&transport)
        .idempotency_tokens(Fixed)
        .build()
        .unwrap();
    let client = Client::new(&config, &QUEUE).unwrap();
    client.call::<SendMessage>(&message("a")).await.unwrap();
    let body: serde_json::Value = serde_json::from_slice(transport.sent()[0].body()).unwrap();
    assert_eq!(body["Token"], "00000000-0000-4000-8000-000000000001");
}

#[tokio::test]
async fn requests_name_the_client_in_the_user_agent_unless_a_service_crate_names_itself() {
    let transport = Recorder::ok();
    let config = builder(&transport).build().unwrap();
    let plain = Client::new(&config, &QUEUE).unwrap();
    let named = Client::with_user_agent(&config, &QUEUE, "queue-crate/2.0").unwrap();
    plain.call::<SendMessage>(&message("a")).await.unwrap();
    named.call::<SendMessage>(&message("b")).await.unwrap();
    let sent = transport.sent();
    assert_eq!(
        sent[0].headers()["user-agent"],
        concat!("aws-union-client/", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(sent[1].headers()["user-agent"], "queue-crate/2.0");
    let error = Client::with_user_agent(&config, &QUEUE, "line\nbreak").unwrap_err();
    assert!(matches!(error, BuildError::UserAgent { .. }), "{error:?}");
}
