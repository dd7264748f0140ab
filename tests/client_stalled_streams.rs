//! Stalled-stream protection: a body that drips below the minimum throughput ends the attempt,
//! downloads and uploads alike, while a slow transfer that keeps moving is left alone. The
//! limits are short here (the defaults are 1 byte/s over 20 s); nothing asserts on time, and
//! the outer timeouts only detect a hang.

mod client_support;

use std::time::Duration;

use cleanrooms_runtime::client::{
    HyperTransport, StalledStreamProtection, Transport, TransportErrorKind, TransportLimits,
};
use client_support::servers::{Misbehavior, Server};

/// Far above any bound under test: reaching it means a hang.
const HANG: Duration = Duration::from_secs(120);
/// A read timeout that never ends a test: only the protection can.
const LONG_READ_TIMEOUT: Duration = Duration::from_secs(600);

/// At least 100 bytes/s over 500 ms.
fn protection() -> StalledStreamProtection {
    StalledStreamProtection::enabled()
        .with_grace_period(Duration::from_millis(500))
        .with_minimum_throughput(100)
}

// The download scenarios every client of the workspace shares (`client_support::faults`).
client_support::faults::stalled_stream_scenarios!(client_support::CleanRooms);

/// A transport with `protection` and a read timeout too long to matter.
fn transport(protection: StalledStreamProtection) -> HyperTransport {
    let limits = TransportLimits::default()
        .with_read_timeout(LONG_READ_TIMEOUT)
        .with_stalled_stream_protection(protection);
    HyperTransport::with_limits(limits).unwrap()
}

/// A `PUT` of `size` bytes to `server`.
fn upload(server: &Server, size: usize) -> http::Request<Vec<u8>> {
    http::Request::put(format!("{}/upload", server.http_url()))
        .body(vec![b'x'; size])
        .unwrap()
}

#[tokio::test]
async fn a_request_body_the_server_does_not_take_ends_the_attempt() {
    // Far more than the socket buffers hold: the upload stops when they are full.
    let server = Server::start(Misbehavior::Silent).await;
    let transport = transport(protection());
    let send = transport.send(upload(&server, 64 << 20));
    let error = tokio::time::timeout(HANG, send)
        .await
        .expect("the upload hung")
        .expect_err("the server takes nothing");
    assert_eq!(error.kind(), TransportErrorKind::Timeout);
    assert!(
        error
            .to_string()
            .starts_with("timed out: the request body stalled: "),
        "{error}"
    );
}

#[tokio::test]
async fn a_slow_upload_that_keeps_moving_is_not_cut_by_the_read_timeout() {
    // 16 MiB taken 256 KiB every 20 ms: over a second, with a 500 ms read timeout, which
    // counts from the last piece the connection took, not from the start.
    let server = Server::start(Misbehavior::ReadsSlowly).await;
    let limits = TransportLimits::default()
        .with_read_timeout(Duration::from_millis(500))
        .with_stalled_stream_protection(StalledStreamProtection::disabled());
    let transport = HyperTransport::with_limits(limits).unwrap();
    let send = transport.send(upload(&server, 16 << 20));
    let response = tokio::time::timeout(HANG, send)
        .await
        .expect("the upload hung")
        .expect("a slow upload that moves is not cut");
    assert_eq!(response.status(), 204);
}
