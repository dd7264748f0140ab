//! The credentials cache under load: concurrent calls share one load and its outcome, and a
//! provider that never answers ends every call with a timeout error. Nothing here asserts on
//! time; the outer timeouts only detect a hang.

mod client_support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use cleanrooms_runtime::client::provider::{future, ProvideCredentials};
use cleanrooms_runtime::client::{
    Client, CredentialsError, Error, IdentityCache, DEFAULT_LOAD_TIMEOUT,
};
use cleanrooms_runtime::local::LocalEndpoint;
use client_support::{builder, cancel, endpoint, MEMBERSHIP};

/// Far above any bound under test: reaching it means a hang.
const HANG: Duration = Duration::from_secs(60);

/// A provider that counts its loads and answers each after `delay`: never, or with an error.
#[derive(Debug, Clone)]
struct Provider {
    loads: Arc<AtomicUsize>,
    delay: Duration,
    fails_with: Option<&'static str>,
}

impl Provider {
    fn never_answers() -> Self {
        Self {
            loads: Arc::default(),
            delay: Duration::MAX,
            fails_with: None,
        }
    }

    fn fails_after(delay: Duration, message: &'static str) -> Self {
        Self {
            loads: Arc::default(),
            delay,
            fails_with: Some(message),
        }
    }

    fn loads(&self) -> usize {
        self.loads.load(Ordering::SeqCst)
    }
}

impl ProvideCredentials for Provider {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        self.loads.fetch_add(1, Ordering::SeqCst);
        let (delay, fails_with) = (self.delay, self.fails_with);
        future::ProvideCredentials::new(async move {
            if delay == Duration::MAX {
                std::future::pending::<()>().await;
            }
            tokio::time::sleep(delay).await;
            Err(CredentialsError::provider_error(
                fails_with.unwrap_or("failed"),
            ))
        })
    }
}

/// `n` concurrent calls of `client`, each one's error.
async fn concurrent_calls(client: &Client, endpoint: &LocalEndpoint, n: usize) -> Vec<Error> {
    let query = endpoint.seed_running_query(MEMBERSHIP);
    let calls = (0..n).map(|_| {
        let client = client.clone();
        let input = cancel(MEMBERSHIP, &query);
        tokio::spawn(async move { client.update_protected_query(&input).await })
    });
    let all = async {
        let mut errors = Vec::new();
        for call in calls.collect::<Vec<_>>() {
            errors.push(call.await.unwrap().expect_err("no credentials, no output"));
        }
        errors
    };
    tokio::time::timeout(HANG, all)
        .await
        .expect("the calls hung")
}

#[test]
fn a_load_may_take_5_s_by_default_as_in_aws_smithy() {
    assert_eq!(DEFAULT_LOAD_TIMEOUT, Duration::from_secs(5));
    let cache = IdentityCache::new(Provider::never_answers());
    assert_eq!(cache.load_timeout(), DEFAULT_LOAD_TIMEOUT);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_provider_that_never_answers_ends_every_call_with_a_timeout_error() {
    let endpoint = endpoint().await;
    let provider = Provider::never_answers();
    let client = builder(&endpoint)
        .credentials_provider(provider.clone())
        .credentials_load_timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    for error in concurrent_calls(&client, &endpoint, 10).await {
        assert!(matches!(error, Error::Credentials(_)), "{error:?}");
        assert!(error.is_timeout() && !error.is_retryable(), "{error}");
        assert_eq!(
            error.to_string(),
            "no credentials: the credentials provider did not answer within the load timeout (200ms)"
        );
    }
    assert_eq!(provider.loads(), 1, "the waiting calls share the load");
    assert_eq!(endpoint.request_count(), 0, "nothing was sent");
}

#[tokio::test(flavor = "multi_thread")]
async fn concurrent_calls_share_one_failing_load_and_its_error() {
    let endpoint = endpoint().await;
    let message = "the web identity token file is missing";
    let provider = Provider::fails_after(Duration::from_millis(200), message);
    let client = builder(&endpoint)
        .credentials_provider(provider.clone())
        .build()
        .unwrap();
    let errors = concurrent_calls(&client, &endpoint, 20).await;
    assert_eq!(errors.len(), 20);
    for error in &errors {
        assert!(matches!(error, Error::Credentials(_)), "{error:?}");
        assert!(error.to_string().ends_with(message), "{error}");
    }
    assert_eq!(provider.loads(), 1, "20 calls waited for one load");

    // A failure is not kept: the next call loads again.
    concurrent_calls(&client, &endpoint, 1).await;
    assert_eq!(provider.loads(), 2);
}
