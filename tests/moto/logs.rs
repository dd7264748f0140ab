//! CloudWatch Logs (awsJson1_1): events put, then read back a page at a time, by stream and by
//! filter.

use std::time::{SystemTime, UNIX_EPOCH};

use aws_union_services::logs::{
    Client, CreateLogGroupRequest, CreateLogStreamRequest, FilterLogEventsRequest,
    GetLogEventsRequest, InputLogEvent, PutLogEventsRequest,
};

use crate::support::{client, unique};

/// How many events each test puts.
const EVENTS: usize = 7;

/// A log group with one stream holding `EVENTS` events `event 0`, `event 1`, …, a millisecond
/// apart; returns the group's and the stream's names.
async fn group_with_events(client: &Client) -> (String, String) {
    let group = unique("group");
    let stream = "stream".to_owned();
    let create_group = CreateLogGroupRequest::default().log_group_name(&group);
    client.create_log_group(create_group).await.unwrap();
    let create_stream = CreateLogStreamRequest::default()
        .log_group_name(&group)
        .log_stream_name(&stream);
    client.create_log_stream(create_stream).await.unwrap();
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
    let mut put = PutLogEventsRequest::default()
        .log_group_name(&group)
        .log_stream_name(&stream);
    put.log_events = Some(events);
    let output = client.put_log_events(put).await.unwrap();
    assert_eq!(output.rejected_log_events_info, None);
    (group, stream)
}

fn expected_messages() -> Vec<String> {
    (0..EVENTS).map(|i| format!("event {i}")).collect()
}

#[tokio::test]
async fn get_log_events_pages_forward_until_the_token_repeats() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let (group, stream) = group_with_events(&client).await;
    // botocore's paginators-1.json has no paginator for GetLogEvents, so the generated client
    // has no `get_log_events_pages`: AWS documents that at the end of the stream GetLogEvents
    // answers the token it was sent (it never leaves its forward token out), which the
    // generated paginators' guard would end with an error, taking it for a service stuck on
    // one page. Here, as AWS documents, the repeated token is the end: the loop stays.
    let mut input = GetLogEventsRequest::default()
        .log_group_name(group)
        .log_stream_name(stream)
        .start_from_head(true)
        .limit(3);
    let mut pages = Vec::new();
    let mut calls_until_the_token_repeats = None;
    for call in 1..=100 {
        let output = client.get_log_events(input.clone()).await.unwrap();
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
            calls_until_the_token_repeats = Some(call);
            break;
        }
        input.next_token = Some(next);
    }
    // Three calls bring events (3, 3, 1); a fourth, with no events, answers the token it was sent.
    assert_eq!(calls_until_the_token_repeats, Some(4), "{pages:?}");
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [3, 3, 1]);
    assert_eq!(pages.concat(), expected_messages());
}

#[tokio::test]
async fn filter_log_events_pages_follow_next_token_to_the_end() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let (group, stream) = group_with_events(&client).await;
    let input = FilterLogEventsRequest::default()
        .log_group_name(group)
        .filter_pattern("event")
        .limit(3);
    let mut stream_of_pages = client.filter_log_events_pages(input);
    let mut pages = Vec::new();
    while let Some(page) = stream_of_pages.next().await {
        let events = page.unwrap().events.unwrap_or_default();
        assert!(events
            .iter()
            .all(|e| e.log_stream_name.as_deref() == Some(stream.as_str())));
        pages.push(
            events
                .into_iter()
                .filter_map(|e| e.message)
                .collect::<Vec<_>>(),
        );
        assert!(pages.len() <= 100, "nextToken never ends: {pages:?}");
    }
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [3, 3, 1]);
    assert_eq!(pages.concat(), expected_messages());
}
