//! SQS (awsJson1_0 with query-compatible errors): a queue's messages sent, received, deleted,
//! and a missing queue's error with the code the query-compatible header gives.

use aws_union_services::sqs::{
    CreateQueue, CreateQueueRequest, DeleteMessage, DeleteMessageRequest, GetQueueUrl,
    GetQueueUrlError, GetQueueUrlRequest, ReceiveMessage, ReceiveMessageRequest, SendMessage,
    SendMessageRequest, SERVICE,
};

use crate::support::{client, unique};

/// Receives at most 10 messages of `queue_url`, leaving them visible to the next receive.
fn receive(queue_url: &str) -> ReceiveMessageRequest {
    let mut input = ReceiveMessageRequest::default();
    input.queue_url = Some(queue_url.to_owned());
    input.max_number_of_messages = Some(10);
    input.visibility_timeout = Some(0);
    input.wait_time_seconds = Some(0);
    input
}

#[tokio::test]
async fn a_message_sent_is_received_with_its_body_and_gone_once_deleted() {
    let Some(client) = client(&SERVICE) else {
        return;
    };
    let mut create = CreateQueueRequest::default();
    create.queue_name = Some(unique("queue"));
    let queue_url = client
        .call::<CreateQueue>(&create)
        .await
        .unwrap()
        .queue_url
        .expect("the queue's URL");

    let mut send = SendMessageRequest::default();
    send.queue_url = Some(queue_url.clone());
    send.message_body = Some("hello, queue: ünïcode & <xml>".into());
    let sent = client.call::<SendMessage>(&send).await.unwrap();
    let message_id = sent.message_id.expect("the message's id");
    // The MD5 of "hello, queue: ünïcode & <xml>" in UTF-8, as SQS computes it.
    assert_eq!(
        sent.md5_of_message_body.as_deref(),
        Some("03846a7e4cd2c62b96288d6a3109ee36")
    );

    let received = client
        .call::<ReceiveMessage>(&receive(&queue_url))
        .await
        .unwrap();
    let messages = received.messages.unwrap_or_default();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert_eq!(messages[0].message_id.as_deref(), Some(message_id.as_str()));
    assert_eq!(messages[0].body, send.message_body);

    let mut delete = DeleteMessageRequest::default();
    delete.queue_url = Some(queue_url.clone());
    delete.receipt_handle = messages[0].receipt_handle.clone();
    client.call::<DeleteMessage>(&delete).await.unwrap();
    let after = client
        .call::<ReceiveMessage>(&receive(&queue_url))
        .await
        .unwrap();
    assert_eq!(after.messages.unwrap_or_default(), []);
}

#[tokio::test]
async fn a_missing_queue_is_queue_does_not_exist_with_the_query_compatible_code() {
    let Some(client) = client(&SERVICE) else {
        return;
    };
    let mut input = GetQueueUrlRequest::default();
    input.queue_name = Some(unique("missing"));
    let error = client.call::<GetQueueUrl>(&input).await.unwrap_err();
    let service = error.as_service_error().expect("a service error");
    assert!(
        matches!(service.kind(), GetQueueUrlError::QueueDoesNotExist(_)),
        "{error:?}"
    );
    // The code of the `x-amzn-query-error` header, as SQS's query protocol named it.
    assert_eq!(
        service.code(),
        Some("AWS.SimpleQueueService.NonExistentQueue")
    );
    assert_eq!(service.status(), 400);
}
