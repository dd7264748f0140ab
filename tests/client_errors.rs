//! The error API: every error and exception is a `std::error::Error` with a `Display`, a chain
//! walked by a reporter shows each cause once, and a service error keeps the response.

mod client_support;

use std::error::Error as StdError;

use cleanrooms_runtime::client::provider::{future, ProvideCredentials};
use cleanrooms_runtime::client::{
    BuildError, CredentialsError, Error, TransportError, TransportErrorKind,
};
use cleanrooms_runtime::local::LocalResponse;
use cleanrooms_runtime::protocol::retry::RetryConfig;
use cleanrooms_runtime::protocol::{
    AccessDeniedException, ConflictException, InternalServerException, OutputDecodeError,
    ResourceNotFoundException, ResponseError, ServiceError, ThrottlingException, Unhandled,
    UpdateProtectedQueryError, ValidationException,
};
use client_support::servers::{Misbehavior, Server};
use client_support::{builder, cancel, endpoint, MEMBERSHIP, QUERY};

fn is_error<T: StdError + Send + Sync + 'static>() {}

#[test]
fn every_error_and_exception_is_a_std_error() {
    is_error::<Error>();
    is_error::<BuildError>();
    is_error::<TransportError>();
    is_error::<ServiceError>();
    is_error::<ResponseError>();
    is_error::<OutputDecodeError>();
    is_error::<UpdateProtectedQueryError>();
    is_error::<ValidationException>();
    is_error::<AccessDeniedException>();
    is_error::<ResourceNotFoundException>();
    is_error::<ConflictException>();
    is_error::<ThrottlingException>();
    is_error::<InternalServerException>();
    is_error::<Unhandled>();
}

#[test]
fn exceptions_display_their_code_and_message() {
    let mut conflict = ConflictException::default();
    conflict.message = Some("The query has already finished".into());
    conflict.resource_id = Some("q".into());
    assert_eq!(
        conflict.to_string(),
        "ConflictException: The query has already finished"
    );
    assert_eq!(
        ThrottlingException::default().to_string(),
        "ThrottlingException"
    );
}

/// The chain as a reporter (`anyhow`'s `{:#}`, `eyre`) prints it: each `Display`, then its
/// sources'.
fn report(error: &dyn StdError) -> Vec<String> {
    let mut lines = vec![error.to_string()];
    let mut source = error.source();
    while let Some(cause) = source {
        lines.push(cause.to_string());
        source = cause.source();
    }
    lines
}

/// A port bound but not listening: connecting to it is refused.
fn refusing_address() -> (tokio::net::TcpSocket, std::net::SocketAddr) {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let addr = socket.local_addr().unwrap();
    (socket, addr)
}

/// One call of a client of `url` without retries.
async fn call_once(url: &str) -> Error {
    let endpoint = endpoint().await;
    builder(&endpoint)
        .endpoint_url(url)
        .retry_config(RetryConfig::disabled())
        .build()
        .unwrap()
        .update_protected_query(&cancel(MEMBERSHIP, QUERY))
        .await
        .unwrap_err()
}

#[tokio::test]
async fn a_transport_error_chain_shows_each_cause_once() {
    let (_socket, refusing) = refusing_address();
    let error = call_once(&format!("http://{refusing}")).await;
    let lines = report(&error);
    for (i, line) in lines.iter().enumerate() {
        for later in &lines[i + 1..] {
            assert!(
                !line.contains(later.as_str()),
                "{later:?} repeated in {lines:#?}"
            );
        }
    }
    let Error::Transport(transport) = &error else {
        panic!("{error:?}")
    };
    assert!(
        transport.report().contains("refused"),
        "{}",
        transport.report()
    );
}

#[tokio::test]
async fn a_refused_connection_says_refused_in_its_one_line() {
    let (_socket, refusing) = refusing_address();
    let error = call_once(&format!("http://{refusing}")).await;
    let line = error.to_string();
    assert!(line.starts_with("could not connect: "), "{line}");
    assert!(line.to_lowercase().contains("refused"), "{line}");
    // hyper-util's own "client error (Connect)" says nothing the line does not.
    assert!(!line.contains("client error"), "{line}");
    assert_eq!(report(&error), [line]);
}

#[tokio::test]
async fn a_connection_reset_mid_body_says_reset_in_its_one_line() {
    let server = Server::start(Misbehavior::ResetMidBody).await;
    let error = call_once(&server.http_url()).await;
    let line = error.to_string();
    assert!(line.starts_with("the connection failed: "), "{line}");
    assert!(line.to_lowercase().contains("reset"), "{line}");
    assert_eq!(report(&error), [line]);
}

/// A credentials provider that fails with `message`.
#[derive(Debug)]
struct Failing(&'static str);

impl ProvideCredentials for Failing {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        future::ProvideCredentials::ready(Err(CredentialsError::provider_error(
            std::io::Error::new(std::io::ErrorKind::Other, self.0),
        )))
    }
}

#[tokio::test]
async fn a_failing_credentials_provider_s_message_is_in_the_one_line() {
    let endpoint = endpoint().await;
    let message = "the SSO session for profile `analytics` has expired";
    let error = builder(&endpoint)
        .credentials_provider(Failing(message))
        .build()
        .unwrap()
        .update_protected_query(&cancel(MEMBERSHIP, QUERY))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Credentials(_)), "{error:?}");
    let line = error.to_string();
    assert!(line.starts_with("no credentials: "), "{line}");
    assert!(line.ends_with(message), "{line}");
    assert_eq!(report(&error), [line]);
    assert_eq!(endpoint.request_count(), 0);
}

#[test]
fn a_wrapped_error_does_not_repeat_its_message() {
    let inner = TransportError::new(TransportErrorKind::Timeout, "no byte within 60 s");
    let error = Error::Transport(inner);
    assert_eq!(report(&error), ["timed out: no byte within 60 s"]);
}

#[tokio::test]
async fn a_service_error_keeps_the_status_headers_and_raw_body() {
    let endpoint = endpoint().await;
    let page = "<html><h1>502 Bad Gateway</h1></html>";
    endpoint.respond_next(
        1,
        LocalResponse::new(502, "text/html", page).header("via", "1.1 proxy"),
    );
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
    let service = error.as_service_error().expect("a service error");
    assert_eq!(service.status(), 502);
    assert_eq!(service.headers()["via"], "1.1 proxy");
    assert_eq!(service.raw_body(), page.as_bytes());
    assert!(error.is_retryable() && !error.is_throttling());
    assert!(error.request_id().is_some());
}

#[tokio::test]
async fn is_throttling_and_is_retryable_say_what_the_retry_mode_would_do() {
    let endpoint = endpoint().await;
    endpoint.throttle_next(1);
    let client = builder(&endpoint)
        .retry_config(RetryConfig::disabled())
        .build()
        .unwrap();
    let query = endpoint.seed_query_with_status(
        MEMBERSHIP,
        cleanrooms_runtime::model::ProtectedQueryStatus::Success,
    );
    let throttled = client
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap_err();
    assert!(throttled.is_throttling() && throttled.is_retryable());
    let conflict = client
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap_err();
    assert!(!conflict.is_throttling() && !conflict.is_retryable());
}
