//! SQS (awsJson1_0 with query-compatible errors): a queue's messages sent, received, deleted,
//! and a missing queue's error with the code the query-compatible header gives.

use aws_union_services::sqs::{
    Client, CreateQueueRequest, DeleteMessageRequest, GetQueueUrlRequest, ReceiveMessageRequest,
    SendMessageRequest,
};

use crate::support::{client, unique};

/// Receives at most 10 messages of `queue_url`, leaving them visible to the next receive.
fn receive(queue_url: &str) -> ReceiveMessageRequest {
    ReceiveMessageRequest::default()
        .queue_url(queue_url)
        .max_number_of_messages(10)
        .visibility_timeout(0)
        .wait_time_seconds(0)
}

#[tokio::test]
async fn a_message_sent_is_received_with_its_body_and_gone_once_deleted() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let create = CreateQueueRequest::default().queue_name(unique("queue"));
    let queue_url = client
        .create_queue(create)
        .await
        .unwrap()
        .queue_url
        .expect("the queue's URL");

    let body = "hello, queue: ünïcode & <xml>";
    let send = SendMessageRequest::default()
        .queue_url(&queue_url)
        .message_body(body);
    let sent = client.send_message(send).await.unwrap();
    let message_id = sent.message_id.expect("the message's id");
    // The MD5 of "hello, queue: ünïcode & <xml>" in UTF-8, as SQS computes it.
    assert_eq!(
        sent.md5_of_message_body.as_deref(),
        Some("03846a7e4cd2c62b96288d6a3109ee36")
    );

    let received = client.receive_message(receive(&queue_url)).await.unwrap();
    let messages = received.messages.unwrap_or_default();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert_eq!(messages[0].message_id.as_deref(), Some(message_id.as_str()));
    assert_eq!(messages[0].body.as_deref(), Some(body));

    let mut delete = DeleteMessageRequest::default().queue_url(&queue_url);
    delete.receipt_handle = messages[0].receipt_handle.clone();
    client.delete_message(delete).await.unwrap();
    let after = client.receive_message(receive(&queue_url)).await.unwrap();
    assert_eq!(after.messages.unwrap_or_default(), []);
}

#[tokio::test]
async fn a_missing_queue_is_queue_does_not_exist_with_the_query_compatible_code() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let input = GetQueueUrlRequest::default().queue_name(unique("missing"));
    let error = client.get_queue_url(input).await.unwrap_err();
    let service = error.as_service_error().expect("a service error");
    assert!(service.kind().is_queue_does_not_exist(), "{error:?}");
    // The code of the `x-amzn-query-error` header, as SQS's query protocol named it.
    assert_eq!(
        service.code(),
        Some("AWS.SimpleQueueService.NonExistentQueue")
    );
    assert_eq!(service.status(), 400);
}
