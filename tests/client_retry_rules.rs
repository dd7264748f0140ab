//! The standard retry mode's finer rules over loopback HTTP, one test per rule: the cap on the
//! server's `x-amz-retry-after` (the wait itself is a scenario every client shares,
//! `client_support::faults`), the quota costs, the refund, the shared partition, a bare 429,
//! and clock-skew correction. Waits are tiny; nothing here asserts on time.

mod client_support;

use std::time::Duration;

use cleanrooms_runtime::client::{Client, RetryPartition};
use cleanrooms_runtime::local::{LocalEndpoint, LocalResponse};
use cleanrooms_runtime::model::ProtectedQueryStatus;
use cleanrooms_runtime::protocol::retry::{RetryConfig, RetrySpec};
use client_support::{builder, cancel, endpoint, MEMBERSHIP};

/// A client of `endpoint` in its own retry partition `name`, retrying with 1 ms waits.
fn client_in(endpoint: &LocalEndpoint, name: &str) -> Client {
    builder(endpoint).retry_partition(name).build().unwrap()
}

async fn call(client: &Client, endpoint: &LocalEndpoint) -> bool {
    let query = endpoint.seed_running_query(MEMBERSHIP);
    client
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .is_ok()
}

fn throttled_with_retry_after(millis: u64) -> LocalResponse {
    LocalResponse::new(429, "application/json", r#"{"message":"Rate exceeded"}"#)
        .header("x-amzn-errortype", "ThrottlingException")
        .header("x-amz-retry-after", &millis.to_string())
}

// `x_amz_retry_after_replaces_the_backoff` is one of the scenarios every client shares
// (`client_support::faults`), run in client_retries.rs.

#[tokio::test]
async fn x_amz_retry_after_is_capped_at_the_max_backoff() {
    let endpoint = endpoint().await;
    endpoint.respond_next(1, throttled_with_retry_after(600_000));
    let client = builder(&endpoint)
        .retry_partition("x_amz_retry_after_is_capped_at_the_max_backoff")
        .retry_config(
            RetryConfig::standard()
                .with_initial_backoff(Duration::from_millis(1))
                .with_max_backoff(Duration::from_millis(10)),
        )
        // Ten minutes of waiting would run into this and fail the call.
        .operation_timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    assert!(call(&client, &endpoint).await);
}

#[tokio::test]
async fn a_throttling_retry_costs_5_and_a_transient_retry_costs_10() {
    let endpoint = endpoint().await;
    let client = client_in(&endpoint, "costs-2.0");
    endpoint.throttle_next(3);
    assert!(!call(&client, &endpoint).await);
    assert_eq!(client.retry_partition().available(), 500 - 2 * 5);
    endpoint.fail_next(3, 503);
    assert!(!call(&client, &endpoint).await);
    assert_eq!(client.retry_partition().available(), 490 - 2 * 10);
}

#[tokio::test]
async fn retry_behavior_2_1_costs_14_for_a_transient_retry() {
    let endpoint = endpoint().await;
    let client = builder(&endpoint)
        .retry_partition("costs-2.1")
        .retry_config(
            RetryConfig::standard()
                .with_spec(RetrySpec::V2_1)
                .with_initial_backoff(Duration::from_millis(1))
                .with_non_throttling_initial_backoff(Duration::from_millis(1)),
        )
        .build()
        .unwrap();
    endpoint.fail_next(3, 500);
    assert!(!call(&client, &endpoint).await);
    assert_eq!(client.retry_partition().available(), 500 - 2 * 14);
}

#[tokio::test]
async fn only_the_last_retry_is_refunded_when_a_call_succeeds() {
    let endpoint = endpoint().await;
    let client = client_in(&endpoint, "only_the_last_retry_is_refunded");
    endpoint.throttle_next(2);
    assert!(call(&client, &endpoint).await);
    assert_eq!(endpoint.request_count(), 3);
    // Two retries took 5 each; the last one came back.
    assert_eq!(client.retry_partition().available(), 495);
}

#[tokio::test]
async fn a_first_try_success_gives_one_token_back() {
    let endpoint = endpoint().await;
    let client = client_in(&endpoint, "a_first_try_success_gives_one_token_back");
    endpoint.throttle_next(2);
    assert!(call(&client, &endpoint).await);
    assert!(call(&client, &endpoint).await);
    assert_eq!(client.retry_partition().available(), 496);
}

#[tokio::test]
async fn clients_of_one_endpoint_and_region_share_the_retry_quota() {
    let endpoint = endpoint().await;
    let first = builder(&endpoint).build().unwrap();
    let second = builder(&endpoint).build().unwrap();
    assert_eq!(first.retry_partition(), second.retry_partition());
    endpoint.fail_next(3, 500);
    assert!(!call(&first, &endpoint).await);
    assert_eq!(second.retry_partition().available(), 480);

    let elsewhere = builder(&endpoint).region("eu-west-1").build().unwrap();
    assert_ne!(elsewhere.retry_partition(), first.retry_partition());
}

#[tokio::test]
async fn an_empty_retry_quota_stops_retrying() {
    let endpoint = endpoint().await;
    let client = client_in(&endpoint, "an_empty_retry_quota_stops_retrying");
    // Each failed call takes two transient retries: 20 tokens. 25 calls drain 500.
    for _ in 0..25 {
        endpoint.fail_next(3, 500);
        assert!(!call(&client, &endpoint).await);
    }
    assert_eq!(client.retry_partition().available(), 0);
    let before = endpoint.request_count();
    endpoint.fail_next(3, 500);
    assert!(!call(&client, &endpoint).await);
    assert_eq!(
        endpoint.request_count(),
        before + 1,
        "no retry without quota"
    );
    assert_eq!(
        RetryPartition::new("an_empty_retry_quota_stops_retrying").available(),
        0
    );
}

#[tokio::test]
async fn a_429_without_an_error_code_is_retried_as_throttling() {
    let endpoint = endpoint().await;
    let client = client_in(&endpoint, "a_429_without_an_error_code");
    endpoint.respond_next(3, LocalResponse::new(429, "text/plain", "slow down"));
    let error = client
        .update_protected_query(&cancel(
            MEMBERSHIP,
            &endpoint.seed_running_query(MEMBERSHIP),
        ))
        .await
        .unwrap_err();
    assert!(error.is_throttling(), "{error}");
    assert_eq!(endpoint.request_count(), 3);
    assert_eq!(client.retry_partition().available(), 500 - 2 * 5);
}

#[tokio::test]
async fn a_skewed_clock_is_corrected_from_the_date_header_and_the_retry_signed_with_it() {
    let endpoint = endpoint().await;
    // The server's clock is an hour ahead: our signatures look an hour old.
    endpoint.set_clock_skew(3600);
    let client = client_in(&endpoint, "a_skewed_clock_is_corrected");
    let query = endpoint.seed_running_query(MEMBERSHIP);
    let output = client
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap();
    assert_eq!(
        output.protected_query.status,
        ProtectedQueryStatus::Cancelling
    );
    let requests = endpoint.received_requests();
    assert_eq!(
        requests.len(),
        2,
        "refused once, then signed with the offset"
    );
    let dates: Vec<&str> = requests
        .iter()
        .map(|r| r.header("x-amz-date").unwrap())
        .collect();
    assert_ne!(dates[0][..11], dates[1][..11], "{dates:?}");

    // The client keeps the offset: the next call is right the first time.
    client
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap();
    assert_eq!(endpoint.request_count(), 3);
}

#[tokio::test]
async fn a_signature_error_without_clock_skew_is_not_retried() {
    let endpoint = endpoint().await;
    let client = builder(&endpoint)
        .retry_partition("a_signature_error_without_clock_skew")
        .credentials(cleanrooms_runtime::client::Credentials::new(
            client_support::ACCESS_KEY_ID,
            "not-the-secret",
            None,
            None,
            "test",
        ))
        .build()
        .unwrap();
    let error = client
        .update_protected_query(&cancel(
            MEMBERSHIP,
            &endpoint.seed_running_query(MEMBERSHIP),
        ))
        .await
        .unwrap_err();
    assert_eq!(
        error.as_service_error().and_then(|e| e.code()),
        Some("InvalidSignatureException")
    );
    assert_eq!(endpoint.request_count(), 1);
}
