//! What the `client_*` tests share: a local endpoint, a client pointed at it, and inputs.
#![allow(dead_code)]

pub mod public_api;
pub mod servers;

use std::time::Duration;

use cleanrooms_runtime::client::{Client, ClientBuilder, Credentials, HyperTransport, Transport};
use cleanrooms_runtime::local::LocalEndpoint;
use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};
use cleanrooms_runtime::protocol::retry::RetryConfig;

pub const ACCESS_KEY_ID: &str = "AKIDLOCALEXAMPLE";
pub const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
pub const MEMBERSHIP: &str = "f1e2d3c4-5678-90ab-cdef-000000000000";

pub fn credentials() -> Credentials {
    Credentials::new(ACCESS_KEY_ID, SECRET, None, None, "test")
}

pub async fn endpoint() -> LocalEndpoint {
    LocalEndpoint::start(credentials())
        .await
        .expect("a local endpoint on 127.0.0.1")
}

/// A builder for a client of `endpoint`, retrying with tiny waits.
pub fn builder(endpoint: &LocalEndpoint) -> ClientBuilder {
    Client::builder()
        .endpoint_url(endpoint.url())
        .region(endpoint.region())
        .credentials(credentials())
        .retry_config(RetryConfig::standard().with_initial_backoff(Duration::from_millis(1)))
}

pub fn client(endpoint: &LocalEndpoint) -> Client {
    builder(endpoint).build().expect("a client")
}

pub fn cancel(membership: &str, query: &str) -> UpdateProtectedQueryInput {
    UpdateProtectedQueryInput {
        membership_identifier: membership.into(),
        protected_query_identifier: query.into(),
        target_status: TargetProtectedQueryStatus::Cancelled,
    }
}

/// Sends a request as it is, for requests the client would never make.
pub async fn send_raw(request: http::Request<Vec<u8>>) -> http::Response<bytes::Bytes> {
    HyperTransport::new(None)
        .expect("a transport")
        .send(request)
        .await
        .expect("a response")
}
