//! No secret in anything the crate prints: every error, client and configuration type it can
//! make, built from a configuration full of recognisable secrets (a secret key, a session
//! token, a password in the endpoint URL, a token in its query), is searched for them in its
//! `Display` and `Debug`.
//!
//! The access key id is not among the secrets: AWS treats it as an identifier (it is in every
//! `Authorization` header and in CloudTrail), and `Credentials`' own `Debug` shows it.

mod client_support;

use std::fmt::{Debug, Display};
use std::time::Duration;

use aws_union_client::operation::EndpointUrl;
use cleanrooms_runtime::client::provider::{future, ProvideCredentials};
use cleanrooms_runtime::client::{
    Client, ClientBuilder, Credentials, CredentialsError, Error, HyperTransport, IdentityCache,
    TransportLimits,
};
use cleanrooms_runtime::local::{LocalEndpoint, LocalResponse};
use cleanrooms_runtime::protocol::retry::RetryConfig;
use cleanrooms_runtime::sigv4::sign_request;
use client_support::{cancel, MEMBERSHIP};

const SECRET_KEY: &str = "SECRETKEYwJalrXUtnFEMIK7MDENG";
const SESSION_TOKEN: &str = "SESSIONTOKENFQoGZXIvYXdzEXAMPLE";
const URL_PASSWORD: &str = "URLPASSWORDhunter2";
const QUERY_TOKEN: &str = "QUERYTOKENIQoJb3JpZ2luX2Vj";
const SECRETS: [&str; 4] = [SECRET_KEY, SESSION_TOKEN, URL_PASSWORD, QUERY_TOKEN];

fn credentials() -> Credentials {
    Credentials::new(
        "AKIDREDACTIONTEST",
        SECRET_KEY,
        Some(SESSION_TOKEN.into()),
        None,
        "test",
    )
}

fn env(name: &str) -> Option<String> {
    match name {
        "AWS_REGION" => Some("us-east-1".into()),
        "AWS_ACCESS_KEY_ID" => Some("AKIDREDACTIONTEST".into()),
        "AWS_SECRET_ACCESS_KEY" => Some(SECRET_KEY.into()),
        "AWS_SESSION_TOKEN" => Some(SESSION_TOKEN.into()),
        "AWS_ENDPOINT_URL" => Some(format!("https://admin:{URL_PASSWORD}@proxy.example.com")),
        _ => None,
    }
}

/// What is printed, gathered with where it came from.
#[derive(Default)]
struct Printed(Vec<(String, String)>);

impl Printed {
    fn both(&mut self, what: &str, value: &(impl Display + Debug)) {
        self.0
            .push((format!("{what} (Display)"), value.to_string()));
        self.debug(what, value);
    }

    fn debug(&mut self, what: &str, value: &impl Debug) {
        self.0
            .push((format!("{what} (Debug)"), format!("{value:?}")));
        self.0
            .push((format!("{what} (Debug, pretty)"), format!("{value:#?}")));
    }

    fn assert_no_secret(&self) {
        for (what, text) in &self.0 {
            for secret in SECRETS {
                assert!(!text.contains(secret), "{what} shows {secret}: {text}");
            }
        }
    }
}

/// A provider that fails, or never answers.
#[derive(Debug)]
struct Provider(Option<&'static str>);

impl ProvideCredentials for Provider {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        match self.0 {
            Some(message) => {
                future::ProvideCredentials::ready(Err(CredentialsError::provider_error(message)))
            }
            None => future::ProvideCredentials::new(std::future::pending()),
        }
    }
}

#[tokio::test]
async fn no_secret_is_in_any_display_or_debug_the_crate_produces() {
    let mut printed = Printed::default();

    // Configuration: the builder from an environment full of secrets, and what it builds.
    let builder = ClientBuilder::from_env_with(env);
    printed.debug("builder from the environment", &builder);
    printed.both("URL with a password", &builder.build().unwrap_err());
    let query_url = format!("https://proxy.example.com/?X-Amz-Security-Token={QUERY_TOKEN}");
    for url in [
        format!("ftp://admin:{URL_PASSWORD}@proxy.example.com"),
        format!("https://admin:{URL_PASSWORD}@"),
        format!("admin:{URL_PASSWORD}@proxy.example.com"),
        query_url.clone(),
    ] {
        let builder = ClientBuilder::from_env_with(env).endpoint_url(&url);
        printed.debug("builder with a custom URL", &builder);
        printed.both("custom URL", &builder.build().unwrap_err());
        printed.both("endpoint URL", &EndpointUrl::parse(&url).unwrap_err());
    }
    for build_error in [
        Client::builder().credentials(credentials()).build(),
        Client::builder().region("us-east-1").build(),
        ClientBuilder::from_env_with(|name| match name {
            "AWS_SECRET_ACCESS_KEY" => Some(SECRET_KEY.into()),
            _ => env(name).filter(|_| name != "AWS_ACCESS_KEY_ID"),
        })
        .build(),
        Client::builder()
            .region("us-east-1")
            .credentials(credentials())
            .ca_bundle(std::env::temp_dir().join("no-such-bundle.pem"))
            .build(),
    ] {
        printed.both("build error", &build_error.unwrap_err());
    }

    // A client, its parts, and the local endpoint.
    let endpoint = LocalEndpoint::start(credentials()).await.unwrap();
    let client = Client::builder()
        .region("us-east-1")
        .endpoint_url(endpoint.url())
        .credentials(credentials())
        .retry_config(RetryConfig::disabled())
        .build()
        .unwrap();
    printed.debug("client", &client);
    printed.debug("credentials", &credentials());
    printed.debug("identity cache", &IdentityCache::new(credentials()));
    printed.debug("transport", &HyperTransport::new(None).unwrap());
    printed.debug("limits", &TransportLimits::default());
    printed.debug("local endpoint", &endpoint);

    // Every kind of call error.
    let query = endpoint.seed_running_query(MEMBERSHIP);
    let mut errors: Vec<Error> = Vec::new();
    errors.push(
        client
            .update_protected_query(&cancel("../x", &query))
            .await
            .unwrap_err(),
    );
    endpoint.respond_next(
        1,
        LocalResponse::new(200, "application/json", "{\"protectedQuery\":7}"),
    );
    endpoint.respond_next(
        1,
        LocalResponse::new(400, "application/json", "{\"__type\":\"X\"}"),
    );
    endpoint.drop_next(1);
    for _ in 0..3 {
        errors.push(
            client
                .update_protected_query(&cancel(MEMBERSHIP, &query))
                .await
                .unwrap_err(),
        );
    }
    let stranger = LocalEndpoint::start(Credentials::new("AKIDOTHER", "other", None, None, "t"))
        .await
        .unwrap();
    let refused = {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
        format!("http://{}", socket.local_addr().unwrap())
    };
    for url in [stranger.url(), refused] {
        let client = Client::builder()
            .region("us-east-1")
            .endpoint_url(url)
            .credentials(credentials())
            .retry_config(RetryConfig::disabled())
            .build()
            .unwrap();
        errors.push(
            client
                .update_protected_query(&cancel(MEMBERSHIP, &query))
                .await
                .unwrap_err(),
        );
    }
    for provider in [Provider(Some("the provider failed")), Provider(None)] {
        let client = Client::builder()
            .region("us-east-1")
            .endpoint_url(endpoint.url())
            .credentials_provider(provider)
            .credentials_load_timeout(Duration::from_millis(100))
            .build()
            .unwrap();
        let input = cancel(MEMBERSHIP, &query);
        let call = client.update_protected_query(&input);
        let result = tokio::time::timeout(Duration::from_secs(60), call).await;
        errors.push(result.expect("no hang").unwrap_err());
    }
    for error in &errors {
        printed.both("call error", error);
    }

    // Signing: a session token that cannot be a header value.
    let mut request = http::Request::patch("https://cleanrooms.us-east-1.amazonaws.com/")
        .body(Vec::new())
        .unwrap();
    let unusable = Credentials::new(
        "AKIDREDACTIONTEST",
        SECRET_KEY,
        Some(format!("{SESSION_TOKEN}\n")),
        None,
        "t",
    );
    let signing = sign_request(
        &mut request,
        &unusable,
        "us-east-1",
        std::time::SystemTime::now(),
    );
    printed.both("signing error", &signing.unwrap_err());

    // What the local endpoint received: signed requests with the session token.
    for received in endpoint.received_requests() {
        printed.debug("received request", &received);
    }

    assert!(printed.0.len() > 60, "{} outputs searched", printed.0.len());
    printed.assert_no_secret();
}
