//! The `UpdateProtectedQuery` call over HTTPS: validated, signed (SigV4), retried (the AWS
//! standard retry mode), on tokio. Feature `client` (on by default).
//!
//! Each call:
//!
//! 1. validates the input and builds the request ([`crate::protocol`]); an invalid input
//!    fails here and nothing is sent;
//! 2. per attempt: takes credentials from the identity cache (the provider is asked again
//!    only when they near expiry), signs the request afresh (new `x-amz-date`, corrected by
//!    the clock skew measured from the server's `Date` header; new
//!    `amz-sdk-request: attempt=N; max=M`), sends it, and reads the response;
//! 3. retries what the standard retry mode retries ([`crate::protocol::retry`]), with
//!    exponential backoff and full jitter or the server's `x-amz-retry-after`, while the retry
//!    quota of the client's retry partition lasts.
//!
//! Nothing waits forever, by default. How long the default client (3 attempts) takes to give
//! up on each kind of misbehaving server is measured in `tests/client_timeouts.rs`.
//!
//! | limit | default | setting |
//! |---|---|---|
//! | connect: TCP connect and TLS handshake together | 3.1 s ([`DEFAULT_CONNECT_TIMEOUT`]) | [`ClientBuilder::connect_timeout`] |
//! | read: nothing moving (the request body taken, the headers, each piece of the response body) for | 60 s ([`DEFAULT_READ_TIMEOUT`]) | [`ClientBuilder::read_timeout`] |
//! | stalled stream: a body moving less than 1 byte/s over | 20 s ([`StalledStreamProtection`]) | [`ClientBuilder::stalled_stream_protection`] |
//! | response size | 10 MiB ([`DEFAULT_MAX_RESPONSE_SIZE`]) | [`ClientBuilder::max_response_size`] |
//! | a credentials load | 5 s ([`DEFAULT_LOAD_TIMEOUT`]) | [`ClientBuilder::credentials_load_timeout`] |
//! | an idle pooled connection | closed after 90 s ([`DEFAULT_POOL_IDLE_TIMEOUT`]) | [`ClientBuilder::pool_idle_timeout`] |
//! | one attempt, from sending to the last byte | none | [`ClientBuilder::attempt_timeout`] |
//! | the whole call, retries and backoff included | none | [`ClientBuilder::operation_timeout`] |
//!
//! A server that drips its body (one byte every 5 s, never long enough apart for the read
//! timeout) fails the attempt 20 s after its headers; with the retries, the call ends after
//! about a minute.
//!
//! There is no default operation timeout, as in aws-sdk-rust and botocore. Every way a server
//! can hang a call is already bounded (silence by the read timeout, a drip by the
//! stalled-stream protection, retries by their count and backoff, credentials by the load
//! timeout), while the right bound on a whole call depends on the operation: a few seconds
//! for this one, hours for a large download on the same runtime. What is left unbounded is a
//! server that keeps sending at or above the minimum throughput: at 1 byte/s it takes up to
//! the size cap (10 MiB, about four months) to end. Set an operation timeout where a call
//! must end by a deadline.
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
mod connector;
mod error;
mod error_chain;
mod hyper_transport;
mod identity_cache;
mod limits;
mod quota;
#[cfg(feature = "aws-config")]
mod sdk_config;
mod skew;
mod stalled_stream;
mod transfer_watch;
mod transport;
mod upload_body;

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use http::header::{HeaderName, HeaderValue, USER_AGENT};

/// `aws-config`, the AWS SDKs' configuration loader (feature `aws-config`).
#[cfg(feature = "aws-config")]
pub use aws_config;
pub use aws_credential_types::provider;
pub use aws_credential_types::provider::error::CredentialsError;
pub use aws_credential_types::Credentials;
pub use builder::ClientBuilder;
pub use error::{BuildError, Error};
pub use hyper_transport::HyperTransport;
pub use identity_cache::{IdentityCache, DEFAULT_LOAD_TIMEOUT, DEFAULT_REFRESH_BUFFER};
pub use limits::{
    TransportLimits, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_POOL_IDLE_TIMEOUT,
    DEFAULT_READ_TIMEOUT,
};
pub use quota::RetryPartition;
#[cfg(feature = "aws-config")]
pub use sdk_config::{load_sdk_config, sdk_config_loader};
pub use stalled_stream::{
    StalledStreamProtection, DEFAULT_MINIMUM_THROUGHPUT, DEFAULT_STALL_GRACE_PERIOD,
};
pub use transport::{Transport, TransportError, TransportErrorKind, TransportFuture};

use crate::endpoint::Endpoint;
use crate::model::{UpdateProtectedQueryInput, UpdateProtectedQueryOutput};
use crate::protocol::retry::{
    classify_clock_skew, classify_service_error, retry_after, RetryConfig, RetryKind,
};
use crate::protocol::{build_request, parse_response};
use crate::sigv4::Signer;
use skew::ClockSkew;

/// The header that ties the attempts of one call together (as the AWS SDKs send it).
const INVOCATION_ID_HEADER: HeaderName = HeaderName::from_static("amz-sdk-invocation-id");
/// The header that says which attempt this is (as the AWS SDKs send it).
const REQUEST_HEADER: HeaderName = HeaderName::from_static("amz-sdk-request");
/// What the client calls itself.
const USER_AGENT_VALUE: &str = concat!("cleanrooms-runtime/", env!("CARGO_PKG_VERSION"));

/// A Clean Rooms client. Cheap to clone: clones share the connection pool, the identity cache
/// and the clock skew; every client of one [`RetryPartition`] shares its retry quota.
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
    identity: IdentityCache,
    transport: Arc<dyn Transport>,
    retry_config: RetryConfig,
    retry_partition: RetryPartition,
    clock_skew: ClockSkew,
    limits: TransportLimits,
    attempt_timeout: Option<Duration>,
    /// Keeps the day's signing key.
    signer: Signer,
    operation_timeout: Option<Duration>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        f.debug_struct("Client")
            .field("endpoint", &inner.endpoint.url())
            .field("region", &inner.region)
            .field("credentials", &"** redacted **")
            .field("credentials_load_timeout", &inner.identity.load_timeout())
            .field("retry_config", &inner.retry_config)
            .field("retry_partition", &inner.retry_partition)
            .field("limits", &inner.limits)
            .field("attempt_timeout", &inner.attempt_timeout)
            .field("operation_timeout", &inner.operation_timeout)
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

    /// A client configured from the environment the way the AWS SDKs read it. With the
    /// `aws-config` feature: `aws-config`'s full default chain (profiles, SSO, …); without
    /// it, [`Client::from_env`] (environment variables only).
    ///
    /// # Errors
    ///
    /// See [`ClientBuilder::build`].
    #[cfg(not(feature = "aws-config"))]
    pub async fn load_from_env() -> Result<Self, BuildError> {
        Self::from_env()
    }

    /// Where requests go.
    pub fn endpoint(&self) -> &Endpoint {
        &self.inner.endpoint
    }

    /// The region requests are signed for.
    pub fn region(&self) -> &str {
        &self.inner.region
    }

    /// The retry partition whose quota this client's retries draw on.
    pub fn retry_partition(&self) -> &RetryPartition {
        &self.inner.retry_partition
    }

    /// Cancels a protected query: `UpdateProtectedQuery`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] before sending; otherwise the last attempt's error: a
    /// [`ServiceError`](crate::protocol::ServiceError) with the typed error, a transport
    /// failure or timeout, credentials or signing failures, or a 2xx body that does not
    /// decode. With an operation timeout, a [`TransportErrorKind::Timeout`] when it runs out.
    pub async fn update_protected_query(
        &self,
        input: &UpdateProtectedQueryInput,
    ) -> Result<UpdateProtectedQueryOutput, Error> {
        let unsigned = build_request(input, &self.inner.endpoint)?;
        let Some(limit) = self.inner.operation_timeout else {
            return self.call(&unsigned).await;
        };
        match tokio::time::timeout(limit, self.call(&unsigned)).await {
            Ok(result) => result,
            Err(_elapsed) => Err(Error::Transport(TransportError::new(
                TransportErrorKind::Timeout,
                format!("the call did not complete within the operation timeout ({limit:?})"),
            ))),
        }
    }

    /// The attempts of one call, with the standard retry mode between them.
    async fn call(
        &self,
        unsigned: &http::Request<Vec<u8>>,
    ) -> Result<UpdateProtectedQueryOutput, Error> {
        let config = &self.inner.retry_config;
        let invocation_id = invocation_id();
        let max_attempts = config.max_attempts();
        // The tokens of the last retry: given back if the call succeeds (earlier retries'
        // tokens are not).
        let mut last_retry_cost = None;
        let mut attempt = 1;
        loop {
            let (result, skew) = self
                .attempt(unsigned, &invocation_id, attempt, max_attempts)
                .await;
            let error = match result {
                Ok(output) => {
                    self.inner.retry_partition.on_success(last_retry_cost);
                    return Ok(output);
                }
                Err(error) => error,
            };
            let Some(kind) = retry_kind(&error, skew) else {
                return Err(error);
            };
            if attempt >= max_attempts {
                return Err(error);
            }
            let wish = error
                .as_service_error()
                .and_then(|e| retry_after(e.headers()));
            let delay = config.delay(kind, attempt, fastrand::f64(), wish);
            let cost = config.retry_cost(kind);
            if !self.inner.retry_partition.acquire(cost) {
                return Err(error);
            }
            last_retry_cost = Some(cost);
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    /// One attempt: credentials, a fresh signature at the corrected time, the attempt
    /// timeout. Also returns the clock skew the response's `Date` header shows, if any.
    async fn attempt(
        &self,
        unsigned: &http::Request<Vec<u8>>,
        invocation_id: &HeaderValue,
        attempt: u32,
        max_attempts: u32,
    ) -> (Result<UpdateProtectedQueryOutput, Error>, Option<i64>) {
        let credentials = match self.inner.identity.credentials().await {
            Ok(credentials) => credentials,
            Err(e) => return (Err(Error::Credentials(e)), None),
        };
        let mut request = unsigned.clone();
        let headers = request.headers_mut();
        headers.insert(INVOCATION_ID_HEADER, invocation_id.clone());
        let attempt_info = format!("attempt={attempt}; max={max_attempts}");
        if let Ok(value) = HeaderValue::from_str(&attempt_info) {
            headers.insert(REQUEST_HEADER, value);
        }
        headers.insert(USER_AGENT, HeaderValue::from_static(USER_AGENT_VALUE));
        let signing_time = self.inner.clock_skew.apply(SystemTime::now());
        if let Err(e) =
            self.inner
                .signer
                .sign(&mut request, &credentials, &self.inner.region, signing_time)
        {
            return (Err(Error::Signing(e)), None);
        }

        let sent = SystemTime::now();
        let send = self.inner.transport.send(request);
        let response = match self.inner.attempt_timeout {
            Some(limit) => match tokio::time::timeout(limit, send).await {
                Ok(response) => response,
                Err(_elapsed) => Err(TransportError::new(
                    TransportErrorKind::Timeout,
                    format!("no complete response within the attempt timeout ({limit:?})"),
                )),
            },
            None => send.await,
        };
        let response = match response {
            Ok(response) => response,
            Err(e) => return (Err(Error::Transport(e)), None),
        };
        let skew = self
            .inner
            .clock_skew
            .observe(response.headers(), sent, SystemTime::now());
        (parse_response(&response).map_err(Error::from), skew)
    }
}

/// Whether a failed attempt may be retried, and why; `skew` is the clock skew its response
/// showed, in milliseconds.
fn retry_kind(error: &Error, skew: Option<i64>) -> Option<RetryKind> {
    match error {
        Error::Service(e) => {
            classify_service_error(e).or_else(|| classify_clock_skew(e.code(), skew))
        }
        Error::Transport(e) => match e.kind() {
            TransportErrorKind::Timeout | TransportErrorKind::Connect | TransportErrorKind::Io => {
                Some(RetryKind::Transient)
            }
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
mod tests;
