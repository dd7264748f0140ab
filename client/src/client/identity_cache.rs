//! The identity cache: credentials are loaded once and reused until shortly before they
//! expire, as aws-smithy's lazy identity cache does. Concurrent calls share one load and its
//! outcome, success or failure, and a load has a time limit.

use std::error::Error as StdError;
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use aws_credential_types::provider::error::CredentialsError;
use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use aws_credential_types::Credentials;
use tokio::sync::OnceCell;

use super::error_chain::ToldByCause;

/// Credentials are loaded again this long (plus up to half of it, at random) before they
/// expire.
pub const DEFAULT_REFRESH_BUFFER: Duration = Duration::from_secs(10);
/// How long a load from the credentials provider may take unless set: aws-smithy's lazy
/// cache's default.
pub const DEFAULT_LOAD_TIMEOUT: Duration = Duration::from_secs(5);
/// How long credentials with no expiry are kept before the provider is asked again.
const DEFAULT_EXPIRATION: Duration = Duration::from_secs(15 * 60);

/// Caches the credentials of a provider: the provider is asked on the first call and again
/// only when the cached credentials are within the refresh buffer of their expiry (or, with no
/// expiry, 15 minutes after they were loaded).
///
/// - Callers that need credentials while a load is under way wait for that load and all get
///   its outcome: one load for any number of concurrent calls, whether it succeeds or fails.
///   A failure is not kept: the next call after it loads again.
/// - A load that takes longer than the load timeout ([`DEFAULT_LOAD_TIMEOUT`], 5 s, unless
///   set) fails with [`CredentialsError::ProviderTimedOut`], for every caller waiting for it:
///   a provider that never answers cannot hang the client.
///
/// Every [`Client`](super::Client) keeps its provider behind one.
///
/// ```
/// use aws_union_client::{Credentials, IdentityCache};
/// use std::time::Duration;
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let cache = IdentityCache::new(Credentials::new("AKIDEXAMPLE", "secret", None, None, "example"))
///     .with_load_timeout(Duration::from_secs(2));
/// let credentials = cache.credentials().await?;
/// assert_eq!(credentials.access_key_id(), "AKIDEXAMPLE");
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct IdentityCache {
    provider: SharedCredentialsProvider,
    buffer: Duration,
    load_timeout: Duration,
    /// The latest load: under way (empty), or done (its outcome). Replaced when a caller finds
    /// it stale or failed.
    latest: Arc<Mutex<Arc<OnceCell<Loaded>>>>,
}

/// What one load gave: the error is shared by every caller that waited for it.
type Loaded = Result<Cached, Arc<CredentialsError>>;

struct Cached {
    credentials: Credentials,
    /// When to load again.
    refresh_at: SystemTime,
}

impl fmt::Debug for IdentityCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IdentityCache")
            .field("provider", &self.provider)
            .field("buffer", &self.buffer)
            .field("load_timeout", &self.load_timeout)
            .finish_non_exhaustive()
    }
}

impl IdentityCache {
    /// A cache in front of `provider`, refreshing [`DEFAULT_REFRESH_BUFFER`] before expiry,
    /// with loads limited to [`DEFAULT_LOAD_TIMEOUT`].
    pub fn new(provider: impl ProvideCredentials + 'static) -> Self {
        Self::from_shared(SharedCredentialsProvider::new(provider))
    }

    /// [`new`](Self::new) for a provider already shared.
    pub fn from_shared(provider: SharedCredentialsProvider) -> Self {
        Self {
            provider,
            buffer: DEFAULT_REFRESH_BUFFER,
            load_timeout: DEFAULT_LOAD_TIMEOUT,
            latest: Arc::default(),
        }
    }

    /// The same cache refreshing `buffer` (plus up to half of it) before expiry.
    pub fn with_refresh_buffer(mut self, buffer: Duration) -> Self {
        self.buffer = buffer;
        self
    }

    /// The same cache giving up on a load after `timeout`.
    pub fn with_load_timeout(mut self, timeout: Duration) -> Self {
        self.load_timeout = timeout;
        self
    }

    /// How long a load may take.
    pub fn load_timeout(&self) -> Duration {
        self.load_timeout
    }

    /// Credentials: the cached ones while fresh, else those of a load, the one under way if
    /// there is one.
    ///
    /// # Errors
    ///
    /// The provider's error, or [`CredentialsError::ProviderTimedOut`] after the load timeout,
    /// when the load this call waited for failed (nothing is cached then).
    pub async fn credentials(&self) -> Result<Credentials, CredentialsError> {
        let load = {
            let mut latest = self.latest.lock().unwrap_or_else(PoisonError::into_inner);
            match latest.get() {
                Some(Ok(cached)) if SystemTime::now() < cached.refresh_at => {
                    return Ok(cached.credentials.clone());
                }
                // Stale credentials, or a failure its waiters have had: a new load.
                Some(_) => *latest = Arc::default(),
                // A load under way, or none yet: this call shares it.
                None => {}
            }
            Arc::clone(&latest)
        };
        // If the caller running the load is dropped, a waiting caller runs it instead.
        match load.get_or_init(|| self.load()).await {
            Ok(cached) => Ok(cached.credentials.clone()),
            Err(error) => Err(shared(error)),
        }
    }

    async fn load(&self) -> Loaded {
        let loading = self.provider.provide_credentials();
        let credentials = match tokio::time::timeout(self.load_timeout, loading).await {
            Ok(Ok(credentials)) => credentials,
            Ok(Err(error)) => return Err(Arc::new(error)),
            Err(_elapsed) => {
                return Err(Arc::new(CredentialsError::provider_timed_out(
                    self.load_timeout,
                )))
            }
        };
        let now = SystemTime::now();
        let expiry = credentials
            .expiry()
            .unwrap_or_else(|| now + DEFAULT_EXPIRATION);
        // Up to half again, at random (`mul_f64` would panic on a huge buffer).
        let buffer =
            Duration::try_from_secs_f64(self.buffer.as_secs_f64() * (1.0 + fastrand::f64() * 0.5))
                .unwrap_or(Duration::MAX);
        let refresh_at = expiry.checked_sub(buffer).unwrap_or(now);
        Ok(Cached {
            credentials,
            refresh_at,
        })
    }
}

/// A load's error for one of the callers that waited for it: the same kind, with the same
/// cause (`CredentialsError` cannot be cloned).
fn shared(error: &Arc<CredentialsError>) -> CredentialsError {
    let cause = ToldByCause(Arc::clone(error));
    match &**error {
        CredentialsError::ProviderTimedOut(timeout) => {
            CredentialsError::provider_timed_out(timeout.timeout_duration())
        }
        CredentialsError::CredentialsNotLoaded(_) if error.source().is_none() => {
            CredentialsError::not_loaded_no_source()
        }
        CredentialsError::CredentialsNotLoaded(_) => CredentialsError::not_loaded(cause),
        CredentialsError::InvalidConfiguration(_) => CredentialsError::invalid_configuration(cause),
        CredentialsError::ProviderError(_) => CredentialsError::provider_error(cause),
        _ => CredentialsError::unhandled(cause),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_credential_types::provider::future::ProvideCredentials as ProvideFuture;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[derive(Debug)]
    struct Counting {
        calls: Arc<AtomicUsize>,
        lifetime: Duration,
        /// How long each load takes.
        delay: Duration,
    }

    impl ProvideCredentials for Counting {
        fn provide_credentials<'a>(&'a self) -> ProvideFuture<'a>
        where
            Self: 'a,
        {
            let n = self.calls.fetch_add(1, Ordering::SeqCst);
            let expiry = SystemTime::now() + self.lifetime;
            let delay = self.delay;
            ProvideFuture::new(async move {
                tokio::time::sleep(delay).await;
                Ok(Credentials::new(
                    format!("AKID{n}"),
                    "secret",
                    Some("token".into()),
                    Some(expiry),
                    "counting",
                ))
            })
        }
    }

    fn counting_slow(lifetime: Duration, delay: Duration) -> (IdentityCache, Arc<AtomicUsize>) {
        let calls = Arc::new(AtomicUsize::new(0));
        let provider = Counting {
            calls: calls.clone(),
            lifetime,
            delay,
        };
        (IdentityCache::new(provider), calls)
    }

    fn counting(lifetime: Duration) -> (IdentityCache, Arc<AtomicUsize>) {
        counting_slow(lifetime, Duration::ZERO)
    }

    #[tokio::test]
    async fn credentials_are_loaded_once_while_fresh() {
        let (cache, calls) = counting(Duration::from_secs(3600));
        for _ in 0..5 {
            assert_eq!(cache.credentials().await.unwrap().access_key_id(), "AKID0");
        }
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn credentials_near_expiry_are_refreshed_before_they_expire() {
        // They expire in 9 s: within the 10-15 s buffer, so every call loads again.
        let (cache, calls) = counting(Duration::from_secs(9));
        cache.credentials().await.unwrap();
        let second = cache.credentials().await.unwrap();
        assert_eq!(second.access_key_id(), "AKID1");
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_refresh_buffer_longer_than_any_lifetime_loads_on_every_call_and_never_panics() {
        let (cache, calls) = counting(Duration::from_secs(3600));
        let cache = cache.with_refresh_buffer(Duration::MAX);
        cache.credentials().await.unwrap();
        cache.credentials().await.unwrap();
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_caller_dropped_mid_load_leaves_the_load_to_a_caller_waiting_for_it() {
        let (cache, calls) = counting_slow(Duration::from_secs(3600), Duration::from_millis(100));
        // The first caller starts the load and gives up; the second was waiting for it.
        let impatient = tokio::time::timeout(Duration::from_millis(20), cache.credentials());
        let (impatient, patient) = tokio::join!(impatient, cache.credentials());
        assert!(impatient.is_err(), "the first caller gave up");
        assert_eq!(patient.unwrap().access_key_id(), "AKID1");
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn callers_arriving_during_a_load_wait_for_it_instead_of_loading() {
        let (cache, calls) = counting_slow(Duration::from_secs(3600), Duration::from_millis(50));
        let (a, b, c) = tokio::join!(
            cache.credentials(),
            cache.credentials(),
            cache.credentials()
        );
        for credentials in [a, b, c] {
            assert_eq!(credentials.unwrap().access_key_id(), "AKID0");
        }
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }
}
