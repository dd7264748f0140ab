//! The local endpoint's time and memory are bounded whatever a client sends: a request
//! timeout for headers, idle connections and bodies, size caps, a cap on connections and on
//! what it keeps. Nothing here asserts on time; the outer bounds only detect a hang.

mod client_support;

use std::time::{Duration, Instant};

use cleanrooms_runtime::client::{HyperTransport, Transport};
use cleanrooms_runtime::local::{
    LocalEndpoint, DEFAULT_REQUEST_TIMEOUT, MAX_BODY_SIZE, MAX_CONNECTIONS, MAX_KEPT_BYTES,
};
use client_support::{endpoint, hand_made_request, MEMBERSHIP, QUERY};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Far above any bound under test: reaching it means a hang.
const HANG: Duration = Duration::from_secs(60);
/// The request timeout set in these tests.
const REQUEST_TIMEOUT: Duration = Duration::from_millis(300);
/// Far above `REQUEST_TIMEOUT`, and under the 30 s default: a connection closed before this
/// was closed by the timeout set.
const CLOSED_BY_THE_TIMEOUT_SET: Duration = Duration::from_secs(10);

/// An unsigned request with a body of `size` bytes.
fn unsigned(endpoint: &LocalEndpoint, size: usize) -> http::Request<Vec<u8>> {
    hand_made_request(endpoint, MEMBERSHIP, QUERY, &vec![b' '; size])
}

/// Everything the endpoint sends on `stream` until it closes the connection, within `bound`.
async fn read_until_closed(stream: &mut TcpStream, bound: Duration) -> String {
    let mut received = Vec::new();
    tokio::time::timeout(bound, stream.read_to_end(&mut received))
        .await
        .expect("the endpoint never closed the connection")
        .ok();
    String::from_utf8_lossy(&received).into_owned()
}

/// Waits until `condition` holds.
async fn eventually(what: &str, condition: impl Fn() -> bool) {
    let start = Instant::now();
    while !condition() {
        assert!(start.elapsed() < HANG, "never: {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[test]
fn the_request_timeout_is_30_s_by_default_as_in_hyper() {
    assert_eq!(DEFAULT_REQUEST_TIMEOUT, Duration::from_secs(30));
}

#[tokio::test]
async fn a_request_timeout_of_any_length_is_taken() {
    let endpoint = endpoint().await;
    endpoint.set_request_timeout(Duration::MAX);
    let response = HyperTransport::new(None)
        .unwrap()
        .send(unsigned(&endpoint, 10))
        .await
        .unwrap();
    assert_eq!(response.status(), 403, "served, unsigned");
}

#[tokio::test]
async fn a_connection_that_does_not_finish_its_headers_is_closed_after_the_request_timeout() {
    let endpoint = endpoint().await;
    endpoint.set_request_timeout(REQUEST_TIMEOUT);
    for sent in [
        &b""[..],
        b"PATCH /memberships HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-",
    ] {
        let mut stream = TcpStream::connect(endpoint.addr()).await.unwrap();
        stream.write_all(sent).await.unwrap();
        read_until_closed(&mut stream, CLOSED_BY_THE_TIMEOUT_SET).await;
    }
    assert_eq!(endpoint.request_count(), 0);
}

#[tokio::test]
async fn a_body_that_does_not_arrive_within_the_request_timeout_is_a_408() {
    let endpoint = endpoint().await;
    endpoint.set_request_timeout(REQUEST_TIMEOUT);
    let mut stream = TcpStream::connect(endpoint.addr()).await.unwrap();
    stream
        .write_all(b"PATCH /memberships HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{\"target")
        .await
        .unwrap();
    let response = read_until_closed(&mut stream, CLOSED_BY_THE_TIMEOUT_SET).await;
    assert!(response.starts_with("HTTP/1.1 408 "), "{response}");
    assert!(response.contains("RequestTimeoutException"), "{response}");
}

#[tokio::test]
async fn a_body_over_the_size_cap_is_a_413() {
    let endpoint = endpoint().await;
    let transport = HyperTransport::new(None).unwrap();
    let response = transport
        .send(unsigned(&endpoint, MAX_BODY_SIZE + 1))
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
    assert_eq!(
        response.headers()["x-amzn-errortype"],
        "RequestEntityTooLargeException"
    );
}

#[tokio::test]
async fn the_endpoint_keeps_no_more_than_its_byte_cap_of_requests() {
    let endpoint = endpoint().await;
    let transport = HyperTransport::new(None).unwrap();
    let sent = 40;
    for _ in 0..sent {
        transport
            .send(unsigned(&endpoint, MAX_BODY_SIZE - 1024))
            .await
            .unwrap();
    }
    assert_eq!(endpoint.request_count(), sent);
    let kept = endpoint.received_requests();
    let kept_bytes: usize = kept.iter().map(|r| r.body().len()).sum();
    assert!(kept_bytes <= MAX_KEPT_BYTES, "{kept_bytes} bytes kept");
    assert!(kept.len() < sent && !kept.is_empty(), "{} kept", kept.len());
}

#[tokio::test(flavor = "multi_thread")]
async fn connections_over_the_cap_wait_until_one_closes() {
    let endpoint = endpoint().await;
    let mut idle = Vec::new();
    for _ in 0..MAX_CONNECTIONS {
        idle.push(TcpStream::connect(endpoint.addr()).await.unwrap());
    }
    eventually("the cap is reached", || {
        endpoint.open_connections() == MAX_CONNECTIONS
    })
    .await;
    // One more: the kernel completes the connect, the endpoint does not take it yet.
    let mut waiting = TcpStream::connect(endpoint.addr()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(endpoint.open_connections(), MAX_CONNECTIONS);

    drop(idle.pop());
    waiting
        .write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let response = read_until_closed(&mut waiting, HANG).await;
    assert!(response.starts_with("HTTP/1.1 403 "), "{response}");
}
