//! What the `client_*` tests share: a local endpoint, a client pointed at it, and inputs.
#![allow(dead_code)]

pub mod canned;
pub mod faults;
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
    UpdateProtectedQueryInput::default()
        .membership_identifier(membership)
        .protected_query_identifier(query)
        .target_status(TargetProtectedQueryStatus::Cancelled)
}

/// The body of a cancellation.
pub const CANCEL_BODY: &[u8] = br#"{"targetStatus":"CANCELLED"}"#;
/// A query id in the service's form.
pub const QUERY: &str = "a1b2c3d4-5678-90ab-cdef-000000000000";

/// An `UpdateProtectedQuery` request made by hand (unsigned, with its `host` and
/// `content-type`), for requests the client would never make.
pub fn hand_made_request(
    endpoint: &LocalEndpoint,
    membership: &str,
    query: &str,
    body: &[u8],
) -> http::Request<Vec<u8>> {
    http::Request::patch(format!(
        "{}/memberships/{membership}/protectedQueries/{query}",
        endpoint.url()
    ))
    .header("host", endpoint.addr().to_string())
    .header("content-type", "application/json")
    .body(body.to_vec())
    .expect("a request")
}

/// Sends a request as it is, for requests the client would never make.
pub async fn send_raw(request: http::Request<Vec<u8>>) -> http::Response<Vec<u8>> {
    HyperTransport::new(None)
        .expect("a transport")
        .send(request)
        .await
        .expect("a response")
        .map(|body| body.to_vec())
}

/// The Clean Rooms client as a [`faults::FaultTarget`]: one `UpdateProtectedQuery`.
pub struct CleanRooms;

impl faults::FaultTarget for CleanRooms {
    type Error = cleanrooms_runtime::protocol::UpdateProtectedQueryError;

    async fn call(
        config: aws_union_client::Config,
    ) -> Result<(), aws_union_client::Error<Self::Error>> {
        let client = Client::new(&config).expect("a client");
        client
            .update_protected_query(&cancel(MEMBERSHIP, QUERY))
            .await
            .map(drop)
    }

    fn success() -> canned::Canned {
        let body = format!(
            r#"{{"protectedQuery":{{"id":"{QUERY}","membershipId":"{MEMBERSHIP}",
            "membershipArn":"arn:aws:cleanrooms:us-east-1:111122223333:membership/{MEMBERSHIP}",
            "createTime":1.7E9,"status":"CANCELLING"}}}}"#
        );
        canned::Canned::new(200, "application/json", body)
    }

    fn throttling() -> canned::Canned {
        canned::Canned::new(429, "application/json", r#"{"message":"Rate exceeded"}"#)
            .header("x-amzn-errortype", "ThrottlingException")
    }
}
