//! SigV4 over loopback HTTP: the local endpoint checks every signature as AWS does.

mod client_support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use cleanrooms_runtime::client::provider::{future, ProvideCredentials};
use cleanrooms_runtime::client::{Credentials, Error};
use cleanrooms_runtime::local::LocalEndpoint;
use cleanrooms_runtime::model::ProtectedQueryStatus;
use cleanrooms_runtime::protocol::{
    parse_response, ResponseError, ServiceError, UpdateProtectedQueryError,
};
use cleanrooms_runtime::sigv4::sign_request;
use client_support::{
    builder, cancel, credentials, endpoint, hand_made_request, send_raw, ACCESS_KEY_ID,
    CANCEL_BODY, MEMBERSHIP, QUERY, SECRET,
};

fn unhandled(error: &ServiceError) -> (Option<&str>, Option<&str>) {
    match error.kind() {
        UpdateProtectedQueryError::Unhandled(u) => (u.code(), u.message()),
        other => panic!("{other:?}"),
    }
}

fn service_error(result: Result<impl std::fmt::Debug, Error>) -> ServiceError {
    match result {
        Err(Error::Service(e)) => e,
        other => panic!("expected a service error, got {other:?}"),
    }
}

#[tokio::test]
async fn requests_carry_a_sigv4_authorization_for_cleanrooms() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_running_query(MEMBERSHIP);
    builder(&endpoint)
        .build()
        .unwrap()
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap();
    let request = &endpoint.received_requests()[0];
    let authorization = request.header("authorization").unwrap();
    assert!(
        authorization.starts_with(&format!("AWS4-HMAC-SHA256 Credential={ACCESS_KEY_ID}/")),
        "{authorization}"
    );
    assert!(
        authorization.contains("/us-east-1/cleanrooms/aws4_request"),
        "{authorization}"
    );
    assert!(request.header("x-amz-date").is_some());
    assert_eq!(request.header("x-amz-security-token"), None);
    assert_eq!(request.header("x-amz-content-sha256"), None);
}

#[tokio::test]
async fn a_wrong_secret_is_an_invalid_signature_exception() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_running_query(MEMBERSHIP);
    let client = builder(&endpoint)
        .credentials(Credentials::new(
            ACCESS_KEY_ID,
            "not-the-secret",
            None,
            None,
            "test",
        ))
        .build()
        .unwrap();
    let error = service_error(
        client
            .update_protected_query(&cancel(MEMBERSHIP, &query))
            .await,
    );
    assert_eq!(error.status(), 403);
    let (code, message) = unhandled(&error);
    assert_eq!(code, Some("InvalidSignatureException"));
    assert!(
        message.unwrap_or_default().starts_with(
            "The request signature we calculated does not match the signature you provided."
        ),
        "{message:?}"
    );
    assert_eq!(endpoint.request_count(), 1, "not retried");
    assert_eq!(
        endpoint
            .protected_query(MEMBERSHIP, &query)
            .map(|q| q.status),
        Some(ProtectedQueryStatus::Started),
        "nothing changed"
    );
}

#[tokio::test]
async fn another_access_key_is_an_unrecognized_client_exception() {
    let endpoint = endpoint().await;
    let client = builder(&endpoint)
        .credentials(Credentials::new(
            "AKIDSOMEONEELSE",
            SECRET,
            None,
            None,
            "test",
        ))
        .build()
        .unwrap();
    let error = service_error(
        client
            .update_protected_query(&cancel(MEMBERSHIP, "a1b2c3d4-5678-90ab-cdef-000000000000"))
            .await,
    );
    assert_eq!(unhandled(&error).0, Some("UnrecognizedClientException"));
}

#[tokio::test]
async fn a_session_token_is_sent_and_signed() {
    let with_token = Credentials::new(
        ACCESS_KEY_ID,
        SECRET,
        Some("session-token-1".into()),
        None,
        "test",
    );
    let endpoint = LocalEndpoint::start(with_token.clone()).await.unwrap();
    let query = endpoint.seed_running_query(MEMBERSHIP);
    let output = builder(&endpoint)
        .credentials(with_token)
        .build()
        .unwrap()
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap();
    assert_eq!(
        output.protected_query.status,
        ProtectedQueryStatus::Cancelling
    );
    let request = &endpoint.received_requests()[0];
    assert_eq!(
        request.header("x-amz-security-token"),
        Some("session-token-1")
    );
    let authorization = request.header("authorization").unwrap();
    assert!(
        authorization.contains("x-amz-security-token"),
        "{authorization}"
    );
}

#[tokio::test]
async fn a_missing_session_token_is_an_unrecognized_client_exception() {
    let with_token = Credentials::new(
        ACCESS_KEY_ID,
        SECRET,
        Some("session-token-1".into()),
        None,
        "test",
    );
    let endpoint = LocalEndpoint::start(with_token).await.unwrap();
    let error = service_error(
        builder(&endpoint)
            .build()
            .unwrap()
            .update_protected_query(&cancel(MEMBERSHIP, "a1b2c3d4-5678-90ab-cdef-000000000000"))
            .await,
    );
    assert_eq!(unhandled(&error).0, Some("UnrecognizedClientException"));
}

#[tokio::test]
async fn a_signature_older_than_five_minutes_is_signature_expired() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_running_query(MEMBERSHIP);
    let mut request = hand_made_request(&endpoint, MEMBERSHIP, &query, CANCEL_BODY);
    let ten_minutes_ago = SystemTime::now() - Duration::from_secs(600);
    sign_request(
        &mut request,
        &credentials(),
        endpoint.region(),
        ten_minutes_ago,
    )
    .unwrap();
    let response = send_raw(request).await;
    let Err(ResponseError::Service(error)) = parse_response(&response) else {
        panic!("{response:?}")
    };
    assert_eq!(error.status(), 403);
    let (code, message) = unhandled(&error);
    assert_eq!(code, Some("InvalidSignatureException"));
    assert!(
        message
            .unwrap_or_default()
            .starts_with("Signature expired: "),
        "{message:?}"
    );
}

#[tokio::test]
async fn an_unsigned_request_is_missing_authentication_token() {
    let endpoint = endpoint().await;
    let request = hand_made_request(&endpoint, MEMBERSHIP, QUERY, CANCEL_BODY);
    let response = send_raw(request).await;
    let Err(ResponseError::Service(error)) = parse_response(&response) else {
        panic!("{response:?}")
    };
    assert_eq!(error.status(), 403);
    assert_eq!(
        unhandled(&error),
        (
            Some("MissingAuthenticationTokenException"),
            Some("Missing Authentication Token")
        )
    );
}

#[tokio::test]
async fn a_date_or_token_sent_twice_is_an_incomplete_signature_exception() {
    let token = "FQoGZXIvYXdzEXAMPLESESSIONTOKEN";
    let with_token = Credentials::new(ACCESS_KEY_ID, SECRET, Some(token.into()), None, "test");
    let endpoint = LocalEndpoint::start(with_token.clone()).await.unwrap();
    for (name, second) in [
        ("x-amz-date", "20200101T000000Z"),
        ("x-amz-security-token", "another-token"),
    ] {
        let mut request = hand_made_request(&endpoint, MEMBERSHIP, QUERY, CANCEL_BODY);
        sign_request(&mut request, &with_token, "us-east-1", SystemTime::now()).unwrap();
        request
            .headers_mut()
            .append(name, http::HeaderValue::from_static(second));
        let response = send_raw(request).await;
        let Err(ResponseError::Service(error)) = parse_response(&response) else {
            panic!("{response:?}")
        };
        assert_eq!(error.status(), 400, "{name}");
        let (code, message) = unhandled(&error);
        assert_eq!(code, Some("IncompleteSignatureException"), "{name}");
        assert!(
            message
                .unwrap_or_default()
                .contains(&format!("'{name}' appears more than once")),
            "{message:?}"
        );
    }
    assert_eq!(endpoint.request_count(), 2);
}

/// A provider that counts how often it is asked, as a stand-in for aws-config's chain; its
/// credentials expire after `lifetime`.
#[derive(Debug)]
struct CountingProvider {
    asked: Arc<AtomicUsize>,
    lifetime: Duration,
}

impl ProvideCredentials for CountingProvider {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        self.asked.fetch_add(1, Ordering::SeqCst);
        let expiry = SystemTime::now() + self.lifetime;
        future::ProvideCredentials::ready(Ok(Credentials::new(
            ACCESS_KEY_ID,
            SECRET,
            None,
            Some(expiry),
            "counting",
        )))
    }
}

/// Two calls, the first throttled once: three attempts. Returns how often the provider was
/// asked.
async fn provider_calls_over_three_attempts(lifetime: Duration) -> usize {
    let endpoint = endpoint().await;
    let query = endpoint.seed_running_query(MEMBERSHIP);
    endpoint.throttle_next(1);
    let asked = Arc::new(AtomicUsize::new(0));
    let client = builder(&endpoint)
        .credentials_provider(CountingProvider {
            asked: asked.clone(),
            lifetime,
        })
        .build()
        .unwrap();
    for _ in 0..2 {
        client
            .update_protected_query(&cancel(MEMBERSHIP, &query))
            .await
            .unwrap();
    }
    assert_eq!(endpoint.request_count(), 3);
    asked.load(Ordering::SeqCst)
}

#[tokio::test]
async fn credentials_are_cached_while_fresh() {
    assert_eq!(
        provider_calls_over_three_attempts(Duration::from_secs(3600)).await,
        1
    );
}

#[tokio::test]
async fn credentials_near_expiry_are_loaded_again_before_each_attempt() {
    // Within the refresh buffer (10 s and up to half again) of their expiry.
    assert_eq!(
        provider_calls_over_three_attempts(Duration::from_secs(5)).await,
        3
    );
}
