//! The local endpoint leaks nothing and holds bounded memory: `Debug` of a received request
//! hides the session token and the signature, it keeps a bounded number of requests, and only a
//! request that passes the signature check uses up an injected fault.

mod client_support;

use cleanrooms_runtime::client::{Client, Credentials, HyperTransport, Transport};
use cleanrooms_runtime::local::{LocalEndpoint, MAX_KEPT_REQUESTS};
use cleanrooms_runtime::protocol::retry::RetryConfig;
use cleanrooms_runtime::protocol::UpdateProtectedQueryError;
use client_support::{
    builder, cancel, endpoint, hand_made_request, ACCESS_KEY_ID, CANCEL_BODY, MEMBERSHIP, QUERY,
    SECRET,
};

const TOKEN: &str = "FQoGZXIvYXdzEXAMPLESESSIONTOKEN";

fn unsigned(endpoint: &LocalEndpoint) -> http::Request<Vec<u8>> {
    hand_made_request(endpoint, MEMBERSHIP, QUERY, CANCEL_BODY)
}

#[tokio::test]
async fn debug_of_a_received_request_hides_the_session_token_and_the_signature() {
    let credentials = Credentials::new(ACCESS_KEY_ID, SECRET, Some(TOKEN.into()), None, "test");
    let endpoint = LocalEndpoint::start(credentials.clone()).await.unwrap();
    let query = endpoint.seed_running_query(MEMBERSHIP);
    let client = Client::builder()
        .endpoint_url(endpoint.url())
        .region(endpoint.region())
        .credentials(credentials)
        .build()
        .unwrap();
    client
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap();
    let request = &endpoint.received_requests()[0];
    let signature = request
        .header("authorization")
        .and_then(|a| a.split("Signature=").nth(1))
        .unwrap()
        .to_owned();
    assert_eq!(request.header("x-amz-security-token"), Some(TOKEN));
    let debug = format!("{request:?}");
    assert!(!debug.contains(TOKEN), "{debug}");
    assert!(!debug.contains(&signature), "{debug}");
    assert!(debug.contains("Credential=AKIDLOCALEXAMPLE/"), "{debug}");
}

#[tokio::test]
async fn the_endpoint_keeps_only_the_last_requests() {
    let endpoint = endpoint().await;
    let transport = HyperTransport::new(None).unwrap();
    let extra = 5;
    for _ in 0..MAX_KEPT_REQUESTS + extra {
        transport.send(unsigned(&endpoint)).await.unwrap();
    }
    assert_eq!(endpoint.request_count(), MAX_KEPT_REQUESTS + extra);
    assert_eq!(endpoint.received_requests().len(), MAX_KEPT_REQUESTS);
}

#[tokio::test]
async fn a_request_that_fails_the_signature_check_uses_no_fault() {
    let endpoint = endpoint().await;
    endpoint.throttle_next(1);
    let refused = HyperTransport::new(None)
        .unwrap()
        .send(unsigned(&endpoint))
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);

    // The fault is still queued for the first signed request.
    let error = builder(&endpoint)
        .retry_config(RetryConfig::disabled())
        .build()
        .unwrap()
        .update_protected_query(&cancel(
            MEMBERSHIP,
            &endpoint.seed_running_query(MEMBERSHIP),
        ))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error.as_service_error().map(|e| e.kind()),
            Some(UpdateProtectedQueryError::ThrottlingException(_))
        ),
        "{error}"
    );
}
