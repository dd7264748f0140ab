//! CloudWatch Logs (awsJson1_1): events put, then read back a page at a time, by stream and by
//! filter.

use std::time::{SystemTime, UNIX_EPOCH};

use aws_union_client::Client;
use aws_union_services::logs::{
    CreateLogGroup, CreateLogGroupRequest, CreateLogStream, CreateLogStreamRequest,
    FilterLogEvents, FilterLogEventsRequest, GetLogEvents, GetLogEventsRequest, InputLogEvent,
    PutLogEvents, PutLogEventsRequest, SERVICE,
};

use crate::support::{client, unique};

/// How many events each test puts.
const EVENTS: usize = 7;

/// A log group with one stream holding `EVENTS` events `event 0`, `event 1`, …, a millisecond
/// apart; returns the group's and the stream's names.
async fn group_with_events(client: &Client) -> (String, String) {
    let group = unique("group");
    let stream = "stream".to_owned();
    let mut create_group = CreateLogGroupRequest::default();
    create_group.log_group_name = Some(group.clone());
    client.call::<CreateLogGroup>(&create_group).await.unwrap();
    let mut create_stream = CreateLogStreamRequest::default();
    create_stream.log_group_name = Some(group.clone());
    create_stream.log_stream_name = Some(stream.clone());
    client
        .call::<CreateLogStream>(&create_stream)
        .await
        .unwrap();
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let events = (0..EVENTS)
        .map(|i| {
            let mut event = InputLogEvent::default();
            event.timestamp = now + i as i64;
            event.message = format!("event {i}");
            event
        })
        .collect();
    let mut put = PutLogEventsRequest::default();
    put.log_group_name = Some(group.clone());
    put.log_stream_name = Some(stream.clone());
    put.log_events = Some(events);
    let output = client.call::<PutLogEvents>(&put).await.unwrap();
    assert_eq!(output.rejected_log_events_info, None);
    (group, stream)
}

fn expected_messages() -> Vec<String> {
    (0..EVENTS).map(|i| format!("event {i}")).collect()
}

#[tokio::test]
async fn get_log_events_pages_forward_until_the_token_repeats() {
    let Some(client) = client(&SERVICE) else {
        return;
    };
    let (group, stream) = group_with_events(&client).await;
    let mut input = GetLogEventsRequest::default();
    input.log_group_name = Some(group);
    input.log_stream_name = Some(stream);
    input.start_from_head = Some(true);
    input.limit = Some(3);
    let mut pages = Vec::new();
    for _page in 0..100 {
        let output = client.call::<GetLogEvents>(&input).await.unwrap();
        let messages: Vec<String> = output
            .events
            .unwrap_or_default()
            .into_iter()
            .filter_map(|e| e.message)
            .collect();
        // The end: the same token again (GetLogEvents never leaves it out).
        let next = output.next_forward_token.expect("a forward token");
        let done = input.next_token.as_ref() == Some(&next);
        if !messages.is_empty() {
            pages.push(messages);
        }
        if done {
            break;
        }
        input.next_token = Some(next);
    }
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [3, 3, 1]);
    assert_eq!(pages.concat(), expected_messages());
}

#[tokio::test]
async fn filter_log_events_pages_follow_next_token_to_the_end() {
    let Some(client) = client(&SERVICE) else {
        return;
    };
    let (group, stream) = group_with_events(&client).await;
    let mut input = FilterLogEventsRequest::default();
    input.log_group_name = Some(group);
    input.filter_pattern = Some("event".into());
    input.limit = Some(3);
    let mut pages = Vec::new();
    for _page in 0..100 {
        let output = client.call::<FilterLogEvents>(&input).await.unwrap();
        let events = output.events.unwrap_or_default();
        assert!(events
            .iter()
            .all(|e| e.log_stream_name.as_deref() == Some(stream.as_str())));
        pages.push(
            events
                .into_iter()
                .filter_map(|e| e.message)
                .collect::<Vec<_>>(),
        );
        match output.next_token {
            Some(token) => input.next_token = Some(token),
            None => break,
        }
    }
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [3, 3, 1]);
    assert_eq!(pages.concat(), expected_messages());
}
