//! The generic service client's errors, separated by where they happened: the input, the
//! service, the response's body, the client an operation was called through, the
//! configuration.
#![cfg(feature = "client")]

#[path = "support/queue_service.rs"]
mod queue_service;

use aws_union_client::{BuildError, Client, EndpointError, Error};
use queue_service::{builder, message, Recorder, SendMessage, QUEUE, TABLE};

#[tokio::test]
async fn an_invalid_input_fails_the_call_before_anything_is_sent() {
    let transport = Recorder::ok();
    let client = Client::new(&builder(&transport).build().unwrap(), &QUEUE).unwrap();
    let error = client.call::<SendMessage>(&message("")).await.unwrap_err();
    let Error::InvalidInput(input) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(input.member(), "Body");
    assert!(transport.sent().is_empty());
}

#[tokio::test]
async fn a_service_error_keeps_its_code_and_says_whether_it_is_retried() {
    let transport = Recorder::answering(
        400,
        r#"{"__type": "ThrottlingException", "message": "slow down"}"#,
    );
    let client = Client::new(&builder(&transport).build().unwrap(), &QUEUE).unwrap();
    let error = client.call::<SendMessage>(&message("a")).await.unwrap_err();
    let service = error.as_service_error().expect("a service error");
    assert_eq!(service.code(), Some("ThrottlingException"));
    assert_eq!(service.kind().message(), Some("slow down"));
    assert!(error.is_throttling() && error.is_retryable());
    assert_eq!(error.request_id(), Some("r-1"));
}

#[tokio::test]
async fn a_2xx_body_that_is_not_the_output_is_a_decode_error_naming_its_path() {
    let transport = Recorder::answering(200, r#"{"MessageId": 5}"#);
    let client = Client::new(&builder(&transport).build().unwrap(), &QUEUE).unwrap();
    let error = client.call::<SendMessage>(&message("a")).await.unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(decode.path(), "MessageId");
    assert_eq!(decode.operation(), "SendMessage");
}

#[tokio::test]
async fn an_operation_of_another_service_is_refused_before_anything_is_sent() {
    let transport = Recorder::ok();
    let table = Client::new(&builder(&transport).build().unwrap(), &TABLE).unwrap();
    let error = table.call::<SendMessage>(&message("a")).await.unwrap_err();
    assert!(
        matches!(error, Error::Endpoint(EndpointError::OtherService { .. })),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "SendMessage is an operation of Example Queue, not of Example Table: call it through a client of Example Queue"
    );
    assert!(transport.sent().is_empty());
}

#[test]
fn a_region_that_is_not_a_host_label_is_refused_when_the_config_is_built() {
    let transport = Recorder::ok();
    let error = builder(&transport)
        .region("eu-west-1.evil.example")
        .build()
        .unwrap_err();
    assert!(
        matches!(error, BuildError::InvalidRegion { .. }),
        "{error:?}"
    );
}
