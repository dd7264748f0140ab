//! The signing key, and the [`Signer`] that keeps it for the day.

use std::fmt;
use std::sync::{Mutex, PoisonError};
use std::time::SystemTime;

use aws_credential_types::Credentials;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::canonical::UtcTime;
use super::{Scope, SigningError};

/// A derived SigV4 signing key, held as an HMAC-SHA256 already keyed with it (so each
/// signature costs the hashing of the string to sign and nothing more).
#[derive(Clone)]
pub(super) struct SigningKey(Hmac<Sha256>);

impl SigningKey {
    /// Derives the key of `secret` for the day of `time`, the region and the signing name:
    /// four chained HMACs.
    pub(super) fn derive(secret: &str, time: &UtcTime, scope: Scope<'_>) -> Self {
        let key = aws_sigv4::sign::v4::generate_signing_key(
            secret,
            time.start_of_day(),
            scope.region,
            scope.service,
        );
        Self(Hmac::new_from_slice(key.as_ref()).expect("HMAC takes a key of any length"))
    }

    /// The HMAC-SHA256 of `message` under this key.
    pub(super) fn sign(&self, message: &[u8]) -> [u8; 32] {
        let mut mac = self.0.clone();
        mac.update(message);
        mac.finalize().into_bytes().into()
    }
}

/// Signs requests like [`sign_request`](super::sign_request), keeping the derived signing key
/// for the day (UTC), region, signing name and secret it was made for.
///
/// The key is derived again when the date changes at midnight UTC, when the region or the
/// signing name changes, or when the credentials come with another secret (a refresh). A
/// `Signer` can be shared between threads; it keeps one key at a time (a service client has
/// its own, for its signing name and region).
///
/// ```
/// use aws_union_client::sigv4::{sign_request, Credentials, Signer};
/// use std::time::{Duration, UNIX_EPOCH};
///
/// let signer = Signer::new();
/// let credentials = Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None, "example");
/// let request = || {
///     http::Request::patch("https://cleanrooms.us-east-1.amazonaws.com/memberships/m/protectedQueries/q")
///         .header("content-type", "application/json")
///         .body(br#"{"targetStatus":"CANCELLED"}"#.to_vec())
/// };
/// for secs in [1_700_000_000, 1_700_000_001] {
///     let time = UNIX_EPOCH + Duration::from_secs(secs);
///     let (mut kept, mut derived) = (request()?, request()?);
///     signer.sign(&mut kept, &credentials, "us-east-1", "cleanrooms", time)?;
///     sign_request(&mut derived, &credentials, "us-east-1", "cleanrooms", time)?;
///     assert_eq!(kept.headers()["authorization"], derived.headers()["authorization"]);
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Signer {
    kept: Mutex<Option<KeptKey>>,
}

/// The key and what it was derived for.
struct KeptKey {
    day: u64,
    region: Box<str>,
    service: Box<str>,
    /// The credentials it was derived from: a clone shares them, no copy of the secret.
    credentials: Credentials,
    key: SigningKey,
}

impl Signer {
    /// A signer that has no key yet: the first request derives it.
    pub fn new() -> Self {
        Self {
            kept: Mutex::new(None),
        }
    }

    /// Signs `request` in place at `time`, as [`sign_request`](super::sign_request) does.
    ///
    /// # Errors
    ///
    /// As [`sign_request`](super::sign_request).
    pub fn sign<B: AsRef<[u8]>>(
        &self,
        request: &mut http::Request<B>,
        credentials: &Credentials,
        region: &str,
        service: &str,
        time: SystemTime,
    ) -> Result<(), SigningError> {
        let scope = Scope { region, service };
        super::sign(request, credentials, scope, time, |utc| {
            self.key(credentials, scope, utc)
        })
    }

    /// The key for the day of `time`: the kept one if it was derived for that day, region,
    /// signing name and secret; else a new one, which is kept.
    fn key(&self, credentials: &Credentials, scope: Scope<'_>, time: &UtcTime) -> SigningKey {
        let secret = credentials.secret_access_key();
        {
            let kept = self.lock();
            if let Some(kept) = kept.as_ref() {
                if kept.day == time.day()
                    && *kept.region == *scope.region
                    && *kept.service == *scope.service
                    && kept.credentials.secret_access_key() == secret
                {
                    return kept.key.clone();
                }
            }
        }
        let key = SigningKey::derive(secret, time, scope);
        *self.lock() = Some(KeptKey {
            day: time.day(),
            region: scope.region.into(),
            service: scope.service.into(),
            credentials: credentials.clone(),
            key: key.clone(),
        });
        key
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<KeptKey>> {
        // The kept key is replaced whole: a panic elsewhere cannot leave it half written.
        self.kept.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Default for Signer {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Signer").finish_non_exhaustive()
    }
}
