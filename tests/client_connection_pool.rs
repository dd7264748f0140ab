//! The connection pool: connections are reused, and closed once idle for the pool's idle
//! timeout, with no later call needed to close them. Nothing here asserts on time; the bound
//! on the wait only detects connections that are never closed.

mod client_support;

use std::time::{Duration, Instant};

use cleanrooms_runtime::client::{TransportLimits, DEFAULT_POOL_IDLE_TIMEOUT};
use client_support::{builder, cancel, endpoint, MEMBERSHIP};

/// Far above the idle timeout under test: reaching it means the connections stay open.
const HANG: Duration = Duration::from_secs(30);

#[test]
fn idle_connections_are_closed_after_90_s_by_default() {
    assert_eq!(DEFAULT_POOL_IDLE_TIMEOUT, Duration::from_secs(90));
    assert_eq!(
        TransportLimits::default().pool_idle_timeout(),
        Some(DEFAULT_POOL_IDLE_TIMEOUT)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn idle_connections_are_closed_after_the_idle_timeout_without_another_call() {
    let endpoint = endpoint().await;
    let client = builder(&endpoint)
        .pool_idle_timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let query = endpoint.seed_running_query(MEMBERSHIP);
    let calls: Vec<_> = (0..20)
        .map(|_| {
            let client = client.clone();
            let input = cancel(MEMBERSHIP, &query);
            tokio::spawn(async move { client.update_protected_query(&input).await })
        })
        .collect();
    for call in calls {
        call.await.unwrap().expect("the call succeeds");
    }
    let open_after_the_burst = endpoint.open_connections();
    assert!(
        open_after_the_burst > 0,
        "the burst's connections are pooled"
    );

    let waiting = Instant::now();
    while endpoint.open_connections() > 0 {
        assert!(
            waiting.elapsed() < HANG,
            "{} of {open_after_the_burst} idle connections still open",
            endpoint.open_connections()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // The client still works: a new connection is made.
    client
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .expect("a call after the pool emptied");
}

#[tokio::test]
async fn sequential_calls_reuse_one_connection() {
    let endpoint = endpoint().await;
    let client = builder(&endpoint).build().unwrap();
    let query = endpoint.seed_running_query(MEMBERSHIP);
    for _ in 0..5 {
        client
            .update_protected_query(&cancel(MEMBERSHIP, &query))
            .await
            .unwrap();
    }
    assert_eq!(endpoint.open_connections(), 1);
}
