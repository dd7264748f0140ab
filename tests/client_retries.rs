//! The standard retry mode over loopback HTTP: what is retried, how often, and that every
//! attempt is signed afresh. Waits are tiny (1 ms base); nothing here asserts on time.

mod client_support;

use std::collections::HashSet;
use std::time::Duration;

use cleanrooms_runtime::client::{Error, TransportErrorKind};
use cleanrooms_runtime::local::LocalResponse;
use cleanrooms_runtime::model::ProtectedQueryStatus;
use cleanrooms_runtime::protocol::retry::RetryConfig;
use cleanrooms_runtime::protocol::UpdateProtectedQueryError;
use client_support::{builder, cancel, client, endpoint, MEMBERSHIP};

// Throttling and `x-amz-retry-after`, as every client of the workspace is tested
// (`client_support::faults`).
client_support::faults::retry_scenarios!(client_support::CleanRooms);

#[tokio::test]
async fn max_attempts_is_configurable() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_running_query(MEMBERSHIP);
    endpoint.fail_next(10, 503);
    let client = builder(&endpoint)
        .retry_config(
            RetryConfig::standard()
                .with_max_attempts(5)
                .with_initial_backoff(Duration::from_millis(1)),
        )
        .build()
        .unwrap();
    let error = client
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap_err();
    assert_eq!(
        error.as_service_error().map(|e| e.status()),
        Some(503.try_into().unwrap())
    );
    assert_eq!(endpoint.request_count(), 5);
}

#[tokio::test]
async fn every_attempt_is_signed_afresh() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_running_query(MEMBERSHIP);
    endpoint.throttle_next(2);
    client(&endpoint)
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap();
    let requests = endpoint.received_requests();
    let attempts: Vec<&str> = requests
        .iter()
        .map(|r| r.header("amz-sdk-request").unwrap())
        .collect();
    assert_eq!(
        attempts,
        ["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"]
    );
    let signatures: HashSet<&str> = requests
        .iter()
        .map(|r| r.header("authorization").unwrap())
        .collect();
    assert_eq!(signatures.len(), 3, "each attempt has its own signature");
    let invocations: HashSet<&str> = requests
        .iter()
        .map(|r| r.header("amz-sdk-invocation-id").unwrap())
        .collect();
    assert_eq!(invocations.len(), 1, "the attempts belong to one call");
}

#[tokio::test]
async fn a_proxy_html_502_is_an_error_with_its_status_and_is_retried() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_running_query(MEMBERSHIP);
    let page = LocalResponse::new(
        502,
        "text/html",
        "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
    );
    endpoint.respond_next(3, page);
    let error = client(&endpoint)
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap_err();
    let service = error.as_service_error().expect("an error with a status");
    assert_eq!(service.status(), 502);
    let UpdateProtectedQueryError::Unhandled(unhandled) = service.kind() else {
        panic!("{service:?}")
    };
    assert_eq!(unhandled.status(), 502);
    assert_eq!(unhandled.code(), None);
    assert_eq!(unhandled.message(), None);
    assert_eq!(endpoint.request_count(), 3, "502 is retried");
}

#[tokio::test]
async fn a_502_then_success_succeeds() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_running_query(MEMBERSHIP);
    endpoint.respond_next(
        1,
        LocalResponse::new(502, "text/html", "<html>bad gateway</html>"),
    );
    let output = client(&endpoint)
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap();
    assert_eq!(output.protected_query.id, query);
    assert_eq!(endpoint.request_count(), 2);
}

#[tokio::test]
async fn an_attempt_that_times_out_is_a_timeout_error() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_running_query(MEMBERSHIP);
    endpoint.delay_next(10, Duration::from_secs(60));
    let client = builder(&endpoint)
        .attempt_timeout(Duration::from_millis(200))
        .retry_config(
            RetryConfig::standard()
                .with_max_attempts(2)
                .with_initial_backoff(Duration::from_millis(1)),
        )
        .build()
        .unwrap();
    let error = client
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    assert!(error.to_string().contains("timed out"), "{error}");
}

#[tokio::test]
async fn a_timed_out_attempt_is_retried() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_running_query(MEMBERSHIP);
    endpoint.delay_next(1, Duration::from_secs(60));
    let client = builder(&endpoint)
        .attempt_timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    let output = client
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap();
    assert_eq!(
        output.protected_query.status,
        ProtectedQueryStatus::Cancelling
    );
}

#[tokio::test]
async fn a_dropped_connection_is_retried() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_running_query(MEMBERSHIP);
    endpoint.drop_next(1);
    let output = client(&endpoint)
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap();
    assert_eq!(
        output.protected_query.status,
        ProtectedQueryStatus::Cancelling
    );
    assert_eq!(endpoint.request_count(), 2);
}

#[tokio::test]
async fn a_refused_connection_is_a_transport_error_after_retries() {
    // A socket bound but not listening: the port stays ours and every connection is refused.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let refusing = socket.local_addr().unwrap();
    let endpoint = endpoint().await;
    let client = builder(&endpoint)
        .endpoint_url(format!("http://{refusing}"))
        .build()
        .unwrap();
    let error = client
        .update_protected_query(&cancel(MEMBERSHIP, "a1b2c3d4-5678-90ab-cdef-000000000000"))
        .await
        .unwrap_err();
    let Error::Transport(transport) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(transport.kind(), TransportErrorKind::Connect);
    assert!(error.to_string().contains("could not connect"), "{error}");
}

#[tokio::test]
async fn client_errors_are_not_retried() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_query_with_status(MEMBERSHIP, ProtectedQueryStatus::Failed);
    let error = client(&endpoint)
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap_err();
    assert_eq!(
        error.as_service_error().map(|e| e.status()),
        Some(409.try_into().unwrap())
    );
    assert_eq!(endpoint.request_count(), 1);
}
