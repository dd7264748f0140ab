//! Nothing waits forever: each misbehaving server ends in a clear error, within limits
//! configured short here (the defaults are 3.1 s to connect, 60 s without a byte, and a body
//! under 1 byte/s over 20 s), for the Clean Rooms client (the scenarios are shared with every
//! generated client: `client_support::faults`). Nothing here asserts on time; the ignored
//! test at the end measures the defaults.

mod client_support;

use std::time::{Duration, Instant};

use cleanrooms_runtime::client::provider::{future, ProvideCredentials};
use cleanrooms_runtime::client::{
    Client, Error, TransportLimits, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_READ_TIMEOUT,
};
use client_support::servers::{Misbehavior, Server};
use client_support::{cancel, credentials, MEMBERSHIP, QUERY};

async fn fail(client: &Client) -> Error {
    client
        .update_protected_query(&cancel(MEMBERSHIP, QUERY))
        .await
        .expect_err("a misbehaving server gives no output")
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

// The scenarios every client of the workspace shares (`client_support::faults`).
client_support::faults::timeout_scenarios!(client_support::CleanRooms);

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
