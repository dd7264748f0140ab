//! The fault scenarios every client of the workspace survives with its configuration's
//! defaults, written once and run for each client ([`FaultTarget`]): silence, stalls
//! mid-headers and mid-body, an endless body, an unanswered TLS handshake, a dripping body,
//! throttling and `x-amz-retry-after`. A test file runs a group with
//! [`timeout_scenarios!`], [`stalled_stream_scenarios!`] or [`retry_scenarios!`] and its
//! target; the tests keep the scenario's name.
//!
//! Limits are short here; nothing asserts on time but the lower bound of a wait the server
//! asked for, and outer timeouts only detect a hang.

// Each test binary runs the groups it needs.
#![allow(unused_macros)]

use std::future::Future;
use std::time::{Duration, Instant};

use aws_union_client::retry::RetryConfig;
use aws_union_client::{
    Config, ConfigBuilder, Credentials, Error, StalledStreamProtection, TransportErrorKind,
};

use super::canned::{Canned, CannedServer};
use super::servers::{Misbehavior, Server};

/// A client under test: one call of one of its operations, and the answers its service gives.
pub trait FaultTarget {
    /// The operation's typed error.
    type Error: std::fmt::Debug;

    /// Calls the operation once with `config`.
    fn call(config: Config) -> impl Future<Output = Result<(), Error<Self::Error>>>;

    /// A `200` the operation reads as its output.
    fn success() -> Canned;

    /// The service's throttling error, which the standard retry mode retries.
    fn throttling() -> Canned;
}

/// Far above any bound under test: reaching it means a hang.
const HANG: Duration = Duration::from_secs(120);

fn credentials() -> Credentials {
    Credentials::new("AKIDLOCALEXAMPLE", "secret", None, None, "test")
}

/// A configuration for `url` with short limits and no retries.
pub fn builder(url: &str) -> ConfigBuilder {
    Config::builder()
        .endpoint_url(url)
        .region("us-east-1")
        .credentials(credentials())
        .connect_timeout(Duration::from_millis(300))
        .read_timeout(Duration::from_millis(300))
        .retry_config(RetryConfig::disabled())
}

/// The error of a call that must fail, within the hang bound.
async fn fail<T: FaultTarget>(config: ConfigBuilder) -> Error<T::Error> {
    let call = T::call(config.build().expect("a configuration"));
    tokio::time::timeout(HANG, call)
        .await
        .expect("the call hung")
        .expect_err("a misbehaving server gives no output")
}

fn transport_kind<E: std::fmt::Debug>(error: &Error<E>) -> TransportErrorKind {
    match error {
        Error::Transport(e) => e.kind(),
        other => panic!("expected a transport error, got {other:?}"),
    }
}

pub async fn a_silent_server_fails_with_the_read_timeout<T: FaultTarget>() {
    let server = Server::start(Misbehavior::Silent).await;
    let error = fail::<T>(builder(&server.http_url())).await;
    assert_eq!(transport_kind(&error), TransportErrorKind::Timeout);
    assert!(error.is_timeout() && error.is_retryable(), "{error}");
    assert!(error.to_string().contains("response headers"), "{error}");
}

pub async fn a_server_that_stalls_mid_headers_fails_with_the_read_timeout<T: FaultTarget>() {
    let server = Server::start(Misbehavior::StallMidHeaders).await;
    let error = fail::<T>(builder(&server.http_url())).await;
    assert_eq!(transport_kind(&error), TransportErrorKind::Timeout);
    assert!(error.to_string().contains("read timeout"), "{error}");
}

pub async fn a_server_that_stalls_mid_body_fails_with_the_read_timeout<T: FaultTarget>() {
    let server = Server::start(Misbehavior::StallMidBody).await;
    let error = fail::<T>(builder(&server.http_url())).await;
    assert_eq!(transport_kind(&error), TransportErrorKind::Timeout);
    assert!(error.to_string().contains("response body"), "{error}");
}

pub async fn a_tls_handshake_that_is_never_answered_fails_with_the_connect_timeout<
    T: FaultTarget,
>() {
    let server = Server::start(Misbehavior::ReadForever).await;
    // Long enough that only the connect timeout can end the call.
    let config = builder(&server.https_url()).read_timeout(Duration::from_secs(600));
    let error = fail::<T>(config).await;
    assert_eq!(transport_kind(&error), TransportErrorKind::Timeout);
    assert!(error.to_string().contains("connect timeout"), "{error}");
    assert!(error.to_string().contains("TLS handshake"), "{error}");
}

pub async fn an_endless_body_fails_with_the_size_cap<T: FaultTarget>() {
    let server = Server::start(Misbehavior::EndlessBody).await;
    let config = builder(&server.http_url()).max_response_size(256 * 1024);
    let error = fail::<T>(config).await;
    assert_eq!(transport_kind(&error), TransportErrorKind::ResponseTooLarge);
    assert!(!error.is_retryable(), "{error}");
    assert!(error.to_string().contains("262144-byte cap"), "{error}");
}

pub async fn a_declared_length_over_the_cap_fails_before_the_body_is_read<T: FaultTarget>() {
    let server = Server::start(Misbehavior::HugeContentLength).await;
    let error = fail::<T>(builder(&server.http_url())).await;
    assert_eq!(transport_kind(&error), TransportErrorKind::ResponseTooLarge);
    assert!(
        error.to_string().contains("declares 1073741824 bytes"),
        "{error}"
    );
}

pub async fn a_stalled_attempt_is_retried_on_a_new_connection<T: FaultTarget>() {
    let server = Server::start(Misbehavior::Silent).await;
    let config = builder(&server.http_url())
        .retry_config(RetryConfig::standard().with_initial_backoff(Duration::from_millis(1)))
        .retry_partition(format!("stalled-{}", server.addr));
    let error = fail::<T>(config).await;
    assert!(error.is_timeout(), "{error}");
    assert_eq!(server.accepted(), 3);
}

pub async fn the_operation_timeout_bounds_the_whole_call_retries_included<T: FaultTarget>() {
    let server = Server::start(Misbehavior::Silent).await;
    let config = builder(&server.http_url())
        .read_timeout(Duration::from_millis(200))
        .retry_config(
            RetryConfig::standard()
                .with_max_attempts(10)
                .with_initial_backoff(Duration::from_millis(1)),
        )
        .retry_partition(format!("operation-timeout-{}", server.addr))
        .operation_timeout(Duration::from_millis(500));
    let error = fail::<T>(config).await;
    assert!(error.is_timeout(), "{error}");
    assert!(error.to_string().contains("operation timeout"), "{error}");
    assert!(server.accepted() < 10, "the call ended before its attempts");
}

/// At least 100 bytes/s over 500 ms, with a read timeout too long to matter.
fn protected(url: &str, protection: StalledStreamProtection) -> ConfigBuilder {
    builder(url)
        .read_timeout(Duration::from_secs(600))
        .stalled_stream_protection(protection)
}

fn protection() -> StalledStreamProtection {
    StalledStreamProtection::enabled()
        .with_grace_period(Duration::from_millis(500))
        .with_minimum_throughput(100)
}

pub async fn a_body_that_drips_under_the_minimum_throughput_ends_the_attempt<T: FaultTarget>() {
    // 10 bytes/s, and 1000 bytes to go: only the protection can end it early.
    let body: &'static str = Box::leak(" ".repeat(1000).into_boxed_str());
    let every = Duration::from_millis(100);
    let server = Server::start(Misbehavior::Drip { every, body }).await;
    let error = fail::<T>(protected(&server.http_url(), protection())).await;
    assert_eq!(transport_kind(&error), TransportErrorKind::Timeout);
    assert!(error.is_timeout() && error.is_retryable(), "{error}");
    let text = error.to_string();
    assert!(
        text.starts_with("timed out: the response body stalled: "),
        "{error}"
    );
    assert!(
        text.contains("under the minimum throughput of 100 B/s"),
        "{error}"
    );
}

pub async fn with_the_protection_off_a_dripping_body_is_read_to_its_end<T: FaultTarget>() {
    let body = r#"{"__type":"ResourceNotFoundException","message":"no such thing"}"#;
    let every = Duration::from_millis(10);
    let server = Server::start(Misbehavior::Drip { every, body }).await;
    let dripped = fail::<T>(protected(&server.http_url(), protection())).await;
    assert!(dripped.is_timeout(), "{dripped}");
    let unprotected = protected(&server.http_url(), StalledStreamProtection::disabled());
    let error = fail::<T>(unprotected).await;
    let service = error
        .as_service_error()
        .expect("the whole response was read");
    assert_eq!(service.code(), Some("ResourceNotFoundException"));
    assert_eq!(service.message(), Some("no such thing"));
}

/// A configuration for `server` with the standard retry mode, 1 ms waits, in a retry
/// partition of its own.
fn retrying(server: &CannedServer) -> ConfigBuilder {
    Config::builder()
        .endpoint_url(server.url())
        .region("us-east-1")
        .credentials(credentials())
        .retry_config(RetryConfig::standard().with_initial_backoff(Duration::from_millis(1)))
        .retry_partition(format!("retries-{}", server.addr))
}

async fn call<T: FaultTarget>(config: ConfigBuilder) -> Result<(), Error<T::Error>> {
    let call = T::call(config.build().expect("a configuration"));
    tokio::time::timeout(HANG, call)
        .await
        .expect("the call hung")
}

pub async fn throttling_is_retried_until_success<T: FaultTarget>() {
    let server = CannedServer::start(vec![T::throttling(), T::throttling(), T::success()]).await;
    call::<T>(retrying(&server))
        .await
        .expect("the third attempt succeeds");
    let attempts: Vec<String> = server
        .received()
        .iter()
        .map(|r| r.header("amz-sdk-request").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(
        attempts,
        ["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"]
    );
}

pub async fn retries_stop_after_three_attempts<T: FaultTarget>() {
    let server = CannedServer::start(vec![T::throttling(); 10]).await;
    let error = call::<T>(retrying(&server)).await.unwrap_err();
    assert!(error.is_throttling(), "{error:?}");
    assert_eq!(server.received().len(), 3);
}

pub async fn x_amz_retry_after_replaces_the_backoff<T: FaultTarget>() {
    let throttled = T::throttling().header("x-amz-retry-after", "300");
    let server = CannedServer::start(vec![throttled, T::success()]).await;
    let start = Instant::now();
    call::<T>(retrying(&server))
        .await
        .expect("the retry succeeds");
    // The backoff alone would be at most 1 ms.
    assert!(start.elapsed() >= Duration::from_millis(300));
    assert_eq!(server.received().len(), 2);
}

/// Defines a `#[tokio::test]` per scenario named, running it for `$target`.
macro_rules! scenarios {
    ($target:ty: $($scenario:ident),+ $(,)?) => {
        $(
            #[tokio::test]
            async fn $scenario() {
                client_support::faults::$scenario::<$target>().await
            }
        )+
    };
}

/// The timeouts and size caps, for `$target`.
macro_rules! timeout_scenarios {
    ($target:ty) => {
        client_support::faults::scenarios!($target:
            a_silent_server_fails_with_the_read_timeout,
            a_server_that_stalls_mid_headers_fails_with_the_read_timeout,
            a_server_that_stalls_mid_body_fails_with_the_read_timeout,
            a_tls_handshake_that_is_never_answered_fails_with_the_connect_timeout,
            an_endless_body_fails_with_the_size_cap,
            a_declared_length_over_the_cap_fails_before_the_body_is_read,
            a_stalled_attempt_is_retried_on_a_new_connection,
            the_operation_timeout_bounds_the_whole_call_retries_included,
        );
    };
}

/// The stalled-stream protection of downloads, for `$target`.
macro_rules! stalled_stream_scenarios {
    ($target:ty) => {
        client_support::faults::scenarios!($target:
            a_body_that_drips_under_the_minimum_throughput_ends_the_attempt,
            with_the_protection_off_a_dripping_body_is_read_to_its_end,
        );
    };
}

/// Throttling and the server's `x-amz-retry-after`, for `$target`.
macro_rules! retry_scenarios {
    ($target:ty) => {
        client_support::faults::scenarios!($target:
            throttling_is_retried_until_success,
            retries_stop_after_three_attempts,
            x_amz_retry_after_replaces_the_backoff,
        );
    };
}

#[allow(unused_imports)]
pub(crate) use {retry_scenarios, scenarios, stalled_stream_scenarios, timeout_scenarios};
