//! The identity cache: credentials are loaded once and reused until shortly before they
//! expire, as aws-smithy's lazy identity cache does; concurrent calls wait for one load.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use aws_credential_types::provider::error::CredentialsError;
use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use aws_credential_types::Credentials;
use tokio::sync::Mutex;

/// Credentials are loaded again this long (plus up to half of it, at random) before they
/// expire.
pub const DEFAULT_REFRESH_BUFFER: Duration = Duration::from_secs(10);
/// How long credentials with no expiry are kept before the provider is asked again.
const DEFAULT_EXPIRATION: Duration = Duration::from_secs(15 * 60);

/// Caches the credentials of a provider: the provider is asked on the first call and again
/// only when the cached credentials are within the refresh buffer of their expiry (or, with no
/// expiry, 15 minutes after they were loaded).
///
/// Every [`Client`](super::Client) keeps its provider behind one.
///
/// ```
/// use cleanrooms_runtime::client::{Credentials, IdentityCache};
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let cache = IdentityCache::new(Credentials::new("AKIDEXAMPLE", "secret", None, None, "example"));
/// let credentials = cache.credentials().await?;
/// assert_eq!(credentials.access_key_id(), "AKIDEXAMPLE");
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct IdentityCache {
    provider: SharedCredentialsProvider,
    buffer: Duration,
    cached: Arc<Mutex<Option<Cached>>>,
}

#[derive(Clone)]
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
            .finish_non_exhaustive()
    }
}

impl IdentityCache {
    /// A cache in front of `provider`, refreshing [`DEFAULT_REFRESH_BUFFER`] before expiry.
    pub fn new(provider: impl ProvideCredentials + 'static) -> Self {
        Self::from_shared(SharedCredentialsProvider::new(provider))
    }

    /// [`new`](Self::new) for a provider already shared.
    pub fn from_shared(provider: SharedCredentialsProvider) -> Self {
        Self {
            provider,
            buffer: DEFAULT_REFRESH_BUFFER,
            cached: Arc::default(),
        }
    }

    /// The same cache refreshing `buffer` (plus up to half of it) before expiry.
    pub fn with_refresh_buffer(mut self, buffer: Duration) -> Self {
        self.buffer = buffer;
        self
    }

    /// Credentials: the cached ones while fresh, else newly loaded from the provider.
    ///
    /// # Errors
    ///
    /// The provider's error when it had to be asked and failed (nothing is cached then).
    pub async fn credentials(&self) -> Result<Credentials, CredentialsError> {
        let mut cached = self.cached.lock().await;
        let now = SystemTime::now();
        if let Some(entry) = cached.as_ref() {
            if now < entry.refresh_at {
                return Ok(entry.credentials.clone());
            }
        }
        let credentials = self.provider.provide_credentials().await?;
        let expiry = credentials
            .expiry()
            .unwrap_or_else(|| now + DEFAULT_EXPIRATION);
        let buffer = self.buffer.mul_f64(1.0 + fastrand::f64() * 0.5);
        let refresh_at = expiry.checked_sub(buffer).unwrap_or(now);
        *cached = Some(Cached {
            credentials: credentials.clone(),
            refresh_at,
        });
        Ok(credentials)
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
    }

    impl ProvideCredentials for Counting {
        fn provide_credentials<'a>(&'a self) -> ProvideFuture<'a>
        where
            Self: 'a,
        {
            let n = self.calls.fetch_add(1, Ordering::SeqCst);
            let expiry = SystemTime::now() + self.lifetime;
            ProvideFuture::ready(Ok(Credentials::new(
                format!("AKID{n}"),
                "secret",
                Some("token".into()),
                Some(expiry),
                "counting",
            )))
        }
    }

    fn counting(lifetime: Duration) -> (IdentityCache, Arc<AtomicUsize>) {
        let calls = Arc::new(AtomicUsize::new(0));
        let provider = Counting {
            calls: calls.clone(),
            lifetime,
        };
        (IdentityCache::new(provider), calls)
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
}
