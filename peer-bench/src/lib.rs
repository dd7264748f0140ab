//! What the benchmarks and the profile share: one `UpdateProtectedQuery` call made by
//! `cleanrooms-runtime` and by aws-sdk-cleanrooms, against in-memory HTTP clients that answer
//! with the same fixture, and checks that each side did the whole call.
//!
//! - `cleanrooms-runtime`: `Client::update_protected_query` with an in-memory [`Transport`];
//! - `aws-sdk-cleanrooms`: `update_protected_query().send()` with aws-smithy-http-client's
//!   test clients (`StaticReplayClient`, and `infallible_client_fn`).
//!
//! Both do the whole call: build the request from the input, sign it (SigV4, static
//! credentials, region `us-east-1`), hand it to the in-memory HTTP client, and parse the same
//! fixture response (`data/update_protected_query_full.json`) into the typed output.

use std::hint::black_box;

use aws_sdk_cleanrooms::config::{BehaviorVersion, Region};
use aws_sdk_cleanrooms::types::{ProtectedQueryStatus as SdkStatus, TargetProtectedQueryStatus};
use aws_smithy_http_client::test_util::{ReplayEvent, StaticReplayClient};
use aws_smithy_types::body::SdkBody;
use aws_smithy_types::retry::RetryConfig;
use bytes::Bytes;
use cleanrooms_runtime::client::{Client, Credentials, Transport, TransportFuture};
use cleanrooms_runtime::model::{
    ProtectedQueryOutput, ProtectedQueryStatus, TargetProtectedQueryStatus as OurTarget,
    UpdateProtectedQueryInput, UpdateProtectedQueryOutput,
};

pub const FIXTURE: &[u8] = include_bytes!("../data/update_protected_query_full.json");
pub const MEMBERSHIP: &str = "f1e2d3c4-5678-90ab-cdef-000000000000";
pub const QUERY: &str = "a1b2c3d4-5678-90ab-cdef-000000000000";
pub const REGION: &str = "us-east-1";
pub const PATH: &str = "/memberships/f1e2d3c4-5678-90ab-cdef-000000000000/protectedQueries/a1b2c3d4-5678-90ab-cdef-000000000000";

pub fn response() -> http::Response<Bytes> {
    http::Response::builder()
        .status(200)
        .header("content-type", "application/json")
        .header("x-amzn-requestid", "bench")
        .body(Bytes::from_static(FIXTURE))
        .expect("a valid response")
}

pub fn credentials() -> Credentials {
    Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        Some("session-token".into()),
        None,
        "bench",
    )
}

// ---- cleanrooms-runtime -------------------------------------------------------------------

/// Answers every request with the fixture, after checking it was signed.
#[derive(Debug)]
pub struct InMemory;

impl Transport for InMemory {
    fn send(&self, request: http::Request<Vec<u8>>) -> TransportFuture<'_> {
        let signed = request.headers().contains_key("authorization");
        black_box(request);
        Box::pin(async move {
            assert!(signed, "the request reached the transport unsigned");
            Ok(response())
        })
    }
}

pub fn our_client() -> Client {
    Client::builder()
        .region(REGION)
        .credentials(credentials())
        .transport(InMemory)
        .build()
        .expect("a client")
}

pub fn our_input() -> UpdateProtectedQueryInput {
    UpdateProtectedQueryInput::default()
        .membership_identifier(MEMBERSHIP)
        .protected_query_identifier(QUERY)
        .target_status(OurTarget::Cancelled)
}

pub async fn our_call(
    client: &Client,
    input: &UpdateProtectedQueryInput,
) -> UpdateProtectedQueryOutput {
    client
        .update_protected_query(input)
        .await
        .expect("the fixture parses")
}

pub fn check_ours(output: &UpdateProtectedQueryOutput) {
    let query = &output.protected_query;
    assert_eq!(query.status, ProtectedQueryStatus::Cancelling);
    assert_eq!(query.create_time.epoch_millis(), 1_700_000_000_123);
    assert!(matches!(
        query.result.as_ref().map(|r| &r.output),
        Some(ProtectedQueryOutput::MemberList(m)) if m.len() == 2
    ));
    let dp = query
        .differential_privacy
        .as_ref()
        .expect("differentialPrivacy");
    assert_eq!(dp.sensitivity_parameters.len(), 2);
}

// ---- aws-sdk-cleanrooms -------------------------------------------------------------------

pub fn sdk_client(
    http_client: impl aws_sdk_cleanrooms::config::HttpClient + 'static,
    retry: RetryConfig,
) -> aws_sdk_cleanrooms::Client {
    let config = aws_sdk_cleanrooms::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new(REGION))
        .credentials_provider(credentials())
        .retry_config(retry)
        .http_client(http_client)
        .build();
    aws_sdk_cleanrooms::Client::from_conf(config)
}

/// `n` replay events, each the fixture response to the expected request.
pub fn replay_client(n: u64) -> StaticReplayClient {
    let events = (0..n)
        .map(|_| {
            let request = http::Request::builder()
                .method("PATCH")
                .uri(format!("https://cleanrooms.{REGION}.amazonaws.com{PATH}"))
                .body(SdkBody::from(r#"{"targetStatus":"CANCELLED"}"#))
                .expect("a valid request");
            let response = response().map(SdkBody::from);
            ReplayEvent::new(request, response)
        })
        .collect();
    StaticReplayClient::new(events)
}

pub async fn sdk_call(
    client: &aws_sdk_cleanrooms::Client,
) -> aws_sdk_cleanrooms::operation::update_protected_query::UpdateProtectedQueryOutput {
    client
        .update_protected_query()
        .membership_identifier(MEMBERSHIP)
        .protected_query_identifier(QUERY)
        .target_status(TargetProtectedQueryStatus::Cancelled)
        .send()
        .await
        .expect("the fixture parses")
}

pub fn check_sdk(
    output: &aws_sdk_cleanrooms::operation::update_protected_query::UpdateProtectedQueryOutput,
) {
    let query = output.protected_query().expect("protectedQuery");
    assert_eq!(query.status(), &SdkStatus::Cancelling);
    // aws-sdk-rust reads `1.700000000123E9` through an f64 (1700000000.1229999065…) and so
    // gets …122 ms; cleanrooms-runtime reads the decimal digits and gets …123 ms.
    assert_eq!(query.create_time().secs(), 1_700_000_000);
    assert!((122_000_000..=123_000_000).contains(&query.create_time().subsec_nanos()));
    let members = query
        .result()
        .and_then(|r| r.output())
        .and_then(|o| o.as_member_list().ok())
        .expect("memberList");
    assert_eq!(members.len(), 2);
    let dp = query.differential_privacy().expect("differentialPrivacy");
    assert_eq!(dp.sensitivity_parameters().len(), 2);
}
