//! The `UpdateProtectedQuery` call over HTTPS: validated, signed (SigV4), retried (the AWS
//! standard retry mode), on tokio. Feature `client` (on by default).
//!
//! Each call:
//!
//! 1. validates the input and builds the request ([`crate::protocol`]); an invalid input
//!    fails here and nothing is sent;
//! 2. per attempt: asks the credentials provider for credentials, signs the request afresh
//!    (new `x-amz-date`, new `amz-sdk-request: attempt=N; max=M`), sends it with the
//!    attempt timeout, and reads the response;
//! 3. retries throttling, 500/502/503/504, transient connection errors and timeouts, up to
//!    the retry config's attempts, with exponential backoff and full jitter, while the
//!    client's retry quota lasts.
//!
//! ```no_run
//! use cleanrooms_runtime::client::Client;
//! use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! // AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, … as every AWS SDK reads them.
//! let client = Client::from_env()?;
//! let output = client
//!     .update_protected_query(&UpdateProtectedQueryInput {
//!         membership_identifier: "f1e2d3c4-5678-90ab-cdef-000000000000".into(),
//!         protected_query_identifier: "a1b2c3d4-5678-90ab-cdef-000000000000".into(),
//!         target_status: TargetProtectedQueryStatus::Cancelled,
//!     })
//!     .await?;
//! println!("{:?}", output.protected_query.status); // Cancelling
//! # Ok(())
//! # }
//! ```
//!
//! The client needs a tokio runtime with the time driver (`#[tokio::main]` has it).

mod builder;
mod error;
mod transport;

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use http::header::{HeaderName, HeaderValue, USER_AGENT};

pub use aws_credential_types::provider;
pub use aws_credential_types::provider::error::CredentialsError;
pub use aws_credential_types::Credentials;
pub use builder::{ClientBuilder, DEFAULT_CONNECT_TIMEOUT};
pub use error::{BuildError, Error};
pub use transport::{
    HyperTransport, Transport, TransportError, TransportErrorKind, TransportFuture,
};

use crate::endpoint::Endpoint;
use crate::model::{UpdateProtectedQueryInput, UpdateProtectedQueryOutput};
use crate::protocol::retry::{classify_service_error, RetryConfig, RetryKind, RetryQuota};
use crate::protocol::{build_request, parse_response};
use crate::sigv4::Signer;

/// The header that ties the attempts of one call together (as the AWS SDKs send it).
const INVOCATION_ID_HEADER: HeaderName = HeaderName::from_static("amz-sdk-invocation-id");
/// The header that says which attempt this is (as the AWS SDKs send it).
const REQUEST_HEADER: HeaderName = HeaderName::from_static("amz-sdk-request");
/// What the client calls itself.
const USER_AGENT_VALUE: &str = concat!("cleanrooms-runtime/", env!("CARGO_PKG_VERSION"));

/// A Clean Rooms client. Cheap to clone: clones share the connection pool and the retry
/// quota.
///
/// `Debug` shows the configuration, never the credentials.
///
/// ```
/// use cleanrooms_runtime::client::{Client, Credentials};
///
/// let client = Client::builder()
///     .region("us-east-1")
///     .credentials(Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None, "example"))
///     .build()?;
/// assert!(!format!("{client:?}").contains("wJalrXUtnFEMI"));
/// # Ok::<(), cleanrooms_runtime::client::BuildError>(())
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    endpoint: Endpoint,
    region: String,
    credentials: SharedCredentialsProvider,
    transport: Arc<dyn Transport>,
    retry_config: RetryConfig,
    retry_quota: Mutex<RetryQuota>,
    connect_timeout: Duration,
    attempt_timeout: Option<Duration>,
    /// Keeps the day's signing key.
    signer: Signer,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        f.debug_struct("Client")
            .field("endpoint", &inner.endpoint.url())
            .field("region", &inner.region)
            .field("credentials", &"** redacted **")
            .field("retry_config", &inner.retry_config)
            .field("connect_timeout", &inner.connect_timeout)
            .field("attempt_timeout", &inner.attempt_timeout)
            .field("transport", &inner.transport)
            .finish()
    }
}

impl Client {
    /// A builder with nothing set.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// A client configured from the environment, as every AWS SDK reads it (see
    /// [`ClientBuilder::from_env`]).
    ///
    /// # Errors
    ///
    /// See [`ClientBuilder::build`].
    pub fn from_env() -> Result<Self, BuildError> {
        ClientBuilder::from_env().build()
    }

    /// Where requests go.
    pub fn endpoint(&self) -> &Endpoint {
        &self.inner.endpoint
    }

    /// The region requests are signed for.
    pub fn region(&self) -> &str {
        &self.inner.region
    }

    /// Cancels a protected query: `UpdateProtectedQuery`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] before sending; otherwise the last attempt's error: a
    /// [`ServiceError`](crate::protocol::ServiceError) with the typed error, a transport
    /// failure or timeout, credentials or signing failures, or a 2xx body that does not
    /// decode.
    pub async fn update_protected_query(
        &self,
        input: &UpdateProtectedQueryInput,
    ) -> Result<UpdateProtectedQueryOutput, Error> {
        let unsigned = build_request(input, &self.inner.endpoint)?;
        let invocation_id = invocation_id();
        let max_attempts = self.inner.retry_config.max_attempts();
        let mut retry_cost = 0;
        let mut attempt = 1;
        loop {
            let result = self
                .attempt(&unsigned, &invocation_id, attempt, max_attempts)
                .await;
            let error = match result {
                Ok(output) => {
                    self.on_success(retry_cost);
                    return Ok(output);
                }
                Err(error) => error,
            };
            let Some(kind) = retry_kind(&error) else {
                return Err(error);
            };
            if attempt >= max_attempts {
                return Err(error);
            }
            let Some(cost) = self.quota().acquire(kind) else {
                return Err(error);
            };
            retry_cost += cost;
            let backoff = self.inner.retry_config.backoff(attempt, fastrand::f64());
            tokio::time::sleep(backoff).await;
            attempt += 1;
        }
    }

    /// One attempt: fresh credentials, a fresh signature, the attempt timeout.
    async fn attempt(
        &self,
        unsigned: &http::Request<Vec<u8>>,
        invocation_id: &HeaderValue,
        attempt: u32,
        max_attempts: u32,
    ) -> Result<UpdateProtectedQueryOutput, Error> {
        let credentials = self
            .inner
            .credentials
            .provide_credentials()
            .await
            .map_err(Error::Credentials)?;
        let mut request = unsigned.clone();
        let headers = request.headers_mut();
        headers.insert(INVOCATION_ID_HEADER, invocation_id.clone());
        let attempt_info = format!("attempt={attempt}; max={max_attempts}");
        if let Ok(value) = HeaderValue::from_str(&attempt_info) {
            headers.insert(REQUEST_HEADER, value);
        }
        headers.insert(USER_AGENT, HeaderValue::from_static(USER_AGENT_VALUE));
        self.inner
            .signer
            .sign(
                &mut request,
                &credentials,
                &self.inner.region,
                SystemTime::now(),
            )
            .map_err(Error::Signing)?;

        let send = self.inner.transport.send(request);
        let response = match self.inner.attempt_timeout {
            Some(limit) => match tokio::time::timeout(limit, send).await {
                Ok(response) => response,
                Err(_elapsed) => Err(TransportError::new(
                    TransportErrorKind::Timeout,
                    format!("no complete response within {limit:?}"),
                )),
            },
            None => send.await,
        }
        .map_err(Error::Transport)?;
        parse_response(&response).map_err(Error::from)
    }

    fn quota(&self) -> std::sync::MutexGuard<'_, RetryQuota> {
        // The quota is a pair of counters: a panic elsewhere cannot leave it inconsistent.
        self.inner
            .retry_quota
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    fn on_success(&self, retry_cost: u32) {
        let mut quota = self.quota();
        if retry_cost == 0 {
            quota.reward_first_try_success();
        } else {
            quota.release(retry_cost);
        }
    }
}

/// Whether a failed attempt may be retried, and why.
fn retry_kind(error: &Error) -> Option<RetryKind> {
    match error {
        Error::Service(e) => classify_service_error(e),
        Error::Transport(e) => match e.kind() {
            TransportErrorKind::Timeout => Some(RetryKind::Timeout),
            TransportErrorKind::Connect | TransportErrorKind::Io => Some(RetryKind::Transient),
            _ => None,
        },
        _ => None,
    }
}

/// A random UUID (version 4), the form the AWS SDKs use.
fn invocation_id() -> HeaderValue {
    let bits = fastrand::u128(..);
    let bits = (bits & !(0xf << 76) | (0x4 << 76)) & !(0x3 << 62) | (0x2 << 62);
    let hex = format!("{bits:032x}");
    let uuid = format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    );
    HeaderValue::from_str(&uuid).unwrap_or_else(|_| HeaderValue::from_static("unknown"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invocation_ids_are_version_4_uuids() {
        let id = invocation_id();
        let id = id.to_str().unwrap();
        assert_eq!(id.len(), 36);
        assert!(
            crate::protocol::validate_identifier("id", id).is_ok(),
            "{id}"
        );
        assert_eq!(&id[14..15], "4");
        assert!("89ab".contains(&id[19..20]), "{id}");
        assert_ne!(invocation_id(), invocation_id());
    }

    #[test]
    fn debug_of_the_client_shows_no_secret() {
        let client = Client::builder()
            .region("us-east-1")
            .credentials(Credentials::new(
                "AKIDEXAMPLE",
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                Some("FQoGZXIvYXdzEXAMPLETOKEN".into()),
                None,
                "test",
            ))
            .build()
            .unwrap();
        let debug = format!("{client:?}");
        assert!(!debug.contains("wJalrXUtnFEMI"), "{debug}");
        assert!(!debug.contains("FQoGZXIvYXdz"), "{debug}");
        assert!(
            debug.contains("cleanrooms.us-east-1.amazonaws.com"),
            "{debug}"
        );
    }

    #[test]
    fn debug_of_credentials_shows_no_secret() {
        let credentials = Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            Some("FQoGZXIvYXdzEXAMPLETOKEN".into()),
            None,
            "test",
        );
        let debug = format!("{credentials:?}");
        assert!(!debug.contains("wJalrXUtnFEMI"), "{debug}");
        assert!(!debug.contains("FQoGZXIvYXdz"), "{debug}");
    }

    #[test]
    fn timeouts_and_broken_connections_are_retried_other_transport_errors_are_not() {
        let transport = |kind| Error::Transport(TransportError::new(kind, "x"));
        assert_eq!(
            retry_kind(&transport(TransportErrorKind::Timeout)),
            Some(RetryKind::Timeout)
        );
        assert_eq!(
            retry_kind(&transport(TransportErrorKind::Connect)),
            Some(RetryKind::Transient)
        );
        assert_eq!(
            retry_kind(&transport(TransportErrorKind::Io)),
            Some(RetryKind::Transient)
        );
        assert_eq!(retry_kind(&transport(TransportErrorKind::Other)), None);
    }
}
