//! Nothing waits forever: each misbehaving server ends in a clear error, within limits
//! configured short here (the defaults are 3.1 s to connect, 60 s without a byte, and a body
//! under 1 byte/s over 20 s). Nothing here asserts on time; the ignored test at the end
//! measures the defaults.

mod client_support;

use std::time::{Duration, Instant};

use cleanrooms_runtime::client::provider::{future, ProvideCredentials};
use cleanrooms_runtime::client::{
    Client, ClientBuilder, Error, TransportErrorKind, TransportLimits, DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_READ_TIMEOUT,
};
use cleanrooms_runtime::protocol::retry::RetryConfig;
use client_support::servers::{Misbehavior, Server};
use client_support::{cancel, credentials, MEMBERSHIP};

const QUERY: &str = "a1b2c3d4-5678-90ab-cdef-000000000000";

/// A client of `url` with short limits and no retries.
fn builder(url: &str) -> ClientBuilder {
    Client::builder()
        .endpoint_url(url)
        .region("us-east-1")
        .credentials(credentials())
        .connect_timeout(Duration::from_millis(300))
        .read_timeout(Duration::from_millis(300))
        .retry_config(RetryConfig::disabled())
}

async fn fail(client: &Client) -> Error {
    client
        .update_protected_query(&cancel(MEMBERSHIP, QUERY))
        .await
        .expect_err("a misbehaving server gives no output")
}

fn transport_kind(error: &Error) -> TransportErrorKind {
    match error {
        Error::Transport(e) => e.kind(),
        other => panic!("expected a transport error, got {other:?}"),
    }
}

#[test]
fn default_limits_are_3_1_s_to_connect_60_s_without_a_byte_and_10_mib() {
    assert_eq!(DEFAULT_CONNECT_TIMEOUT, Duration::from_millis(3100));
    assert_eq!(DEFAULT_READ_TIMEOUT, Duration::from_secs(60));
    assert_eq!(DEFAULT_MAX_RESPONSE_SIZE, 10 * 1024 * 1024);
    let limits = TransportLimits::default();
    assert_eq!(limits.connect_timeout(), Some(DEFAULT_CONNECT_TIMEOUT));
    assert_eq!(limits.read_timeout(), Some(DEFAULT_READ_TIMEOUT));
    assert_eq!(limits.max_response_size(), DEFAULT_MAX_RESPONSE_SIZE);
}

#[tokio::test]
async fn a_silent_server_fails_with_the_read_timeout() {
    let server = Server::start(Misbehavior::Silent).await;
    let error = fail(&builder(&server.http_url()).build().unwrap()).await;
    assert_eq!(transport_kind(&error), TransportErrorKind::Timeout);
    assert!(error.is_timeout() && error.is_retryable(), "{error}");
    assert!(error.to_string().contains("response headers"), "{error}");
}

#[tokio::test]
async fn a_server_that_stalls_mid_headers_fails_with_the_read_timeout() {
    let server = Server::start(Misbehavior::StallMidHeaders).await;
    let error = fail(&builder(&server.http_url()).build().unwrap()).await;
    assert_eq!(transport_kind(&error), TransportErrorKind::Timeout);
    assert!(error.to_string().contains("read timeout"), "{error}");
}

#[tokio::test]
async fn a_server_that_stalls_mid_body_fails_with_the_read_timeout() {
    let server = Server::start(Misbehavior::StallMidBody).await;
    let error = fail(&builder(&server.http_url()).build().unwrap()).await;
    assert_eq!(transport_kind(&error), TransportErrorKind::Timeout);
    assert!(error.to_string().contains("response body"), "{error}");
}

#[tokio::test]
async fn a_tls_handshake_that_is_never_answered_fails_with_the_connect_timeout() {
    let server = Server::start(Misbehavior::ReadForever).await;
    let client = builder(&server.https_url())
        // Long enough that only the connect timeout can end the call.
        .read_timeout(Duration::from_secs(600))
        .build()
        .unwrap();
    let error = fail(&client).await;
    assert_eq!(transport_kind(&error), TransportErrorKind::Timeout);
    assert!(error.to_string().contains("connect timeout"), "{error}");
    assert!(error.to_string().contains("TLS handshake"), "{error}");
}

#[tokio::test]
async fn an_endless_body_fails_with_the_size_cap() {
    let server = Server::start(Misbehavior::EndlessBody).await;
    let client = builder(&server.http_url())
        .max_response_size(256 * 1024)
        .build()
        .unwrap();
    let error = fail(&client).await;
    assert_eq!(transport_kind(&error), TransportErrorKind::ResponseTooLarge);
    assert!(!error.is_retryable(), "{error}");
    assert!(error.to_string().contains("262144-byte cap"), "{error}");
}

#[tokio::test]
async fn a_declared_length_over_the_cap_fails_before_the_body_is_read() {
    let server = Server::start(Misbehavior::HugeContentLength).await;
    let error = fail(&builder(&server.http_url()).build().unwrap()).await;
    assert_eq!(transport_kind(&error), TransportErrorKind::ResponseTooLarge);
    assert!(
        error.to_string().contains("declares 1073741824 bytes"),
        "{error}"
    );
}

#[tokio::test]
async fn a_stalled_attempt_is_retried_on_a_new_connection() {
    let server = Server::start(Misbehavior::Silent).await;
    let client = builder(&server.http_url())
        .retry_config(RetryConfig::standard().with_initial_backoff(Duration::from_millis(1)))
        .retry_partition("a_stalled_attempt_is_retried_on_a_new_connection")
        .build()
        .unwrap();
    let error = fail(&client).await;
    assert!(error.is_timeout(), "{error}");
    assert_eq!(server.accepted(), 3);
}

#[tokio::test]
async fn the_operation_timeout_bounds_the_whole_call_retries_included() {
    let server = Server::start(Misbehavior::Silent).await;
    let client = builder(&server.http_url())
        .read_timeout(Duration::from_millis(200))
        .retry_config(
            RetryConfig::standard()
                .with_max_attempts(10)
                .with_initial_backoff(Duration::from_millis(1)),
        )
        .retry_partition("the_operation_timeout_bounds_the_whole_call_retries_included")
        .operation_timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    let error = fail(&client).await;
    assert!(error.is_timeout(), "{error}");
    assert!(error.to_string().contains("operation timeout"), "{error}");
    assert!(server.accepted() < 10, "the call ended before its attempts");
}

/// A credentials provider that never answers.
#[derive(Debug)]
struct NeverAnswers;

impl ProvideCredentials for NeverAnswers {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        future::ProvideCredentials::new(std::future::pending())
    }
}

/// How long the default client (default limits, 3 attempts) takes to give up on each
/// misbehaving server, and on a credentials provider that never answers. Run by hand: it takes
/// about three minutes.
///
/// ```text
/// cargo test --test client_timeouts -- --ignored --nocapture
/// ```
#[tokio::test(flavor = "multi_thread")]
#[ignore = "measures the default limits: minutes of waiting"]
async fn measure_how_long_the_default_client_takes_to_fail() {
    async fn measure(name: &str, misbehavior: Misbehavior, https: bool) -> String {
        let server = Server::start(misbehavior).await;
        let url = if https {
            server.https_url()
        } else {
            server.http_url()
        };
        let client = Client::builder()
            .endpoint_url(url)
            .region("us-east-1")
            .credentials(credentials())
            .retry_partition(format!("measure-{name}"))
            .build()
            .unwrap();
        let start = Instant::now();
        let error = fail(&client).await;
        format!(
            "{name}: {:.1} s, {} connections: {error}",
            start.elapsed().as_secs_f64(),
            server.accepted()
        )
    }
    async fn measure_hanging_credentials() -> String {
        let endpoint = client_support::endpoint().await;
        let client = Client::builder()
            .endpoint_url(endpoint.url())
            .region("us-east-1")
            .credentials_provider(NeverAnswers)
            .build()
            .unwrap();
        let start = Instant::now();
        let error = fail(&client).await;
        format!(
            "credentials provider never answers: {:.1} s, {} requests: {error}",
            start.elapsed().as_secs_f64(),
            endpoint.request_count()
        )
    }
    let drip = Misbehavior::Drip {
        every: Duration::from_secs(5),
        body: Box::leak(" ".repeat(1000).into_boxed_str()),
    };
    let results = tokio::join!(
        measure("silent listener", Misbehavior::Silent, false),
        measure("stall mid-headers", Misbehavior::StallMidHeaders, false),
        measure("stall mid-body", Misbehavior::StallMidBody, false),
        measure("slow drip, 1 byte every 5 s", drip, false),
        measure("TLS never answered", Misbehavior::ReadForever, true),
        measure("endless body", Misbehavior::EndlessBody, false),
        measure("declared 1 GiB", Misbehavior::HugeContentLength, false),
        measure_hanging_credentials(),
    );
    for line in [
        results.0, results.1, results.2, results.3, results.4, results.5, results.6, results.7,
    ] {
        println!("{line}");
    }
}
