//! A local Clean Rooms endpoint for tests and examples: an HTTP server on `127.0.0.1` with an
//! in-memory set of protected queries. Feature `local-endpoint`.
//!
//! - It implements `UpdateProtectedQuery` as the service does: a running query (`SUBMITTED`
//!   or `STARTED`) is `CANCELLING` in the response and `CANCELLED` afterwards; cancelling
//!   again succeeds; a finished query is a `ConflictException`; an unknown membership or query
//!   is a `ResourceNotFoundException`; bad input is a `ValidationException` listing every bad
//!   field; a membership marked with [`deny_access`](LocalEndpoint::deny_access) gives
//!   `AccessDeniedException`.
//! - It checks the SigV4 signature of every request against the credentials it was started
//!   with, and answers as AWS does: no `Authorization` → 403
//!   `MissingAuthenticationTokenException`; another access key or session token → 403
//!   `UnrecognizedClientException`; a wrong secret → 403 `InvalidSignatureException` ("The
//!   request signature we calculated does not match…"); `x-amz-date` more than 5 minutes off →
//!   403 `InvalidSignatureException` ("Signature expired: …").
//! - It injects faults, one per authenticated request (a request it refuses uses none), in
//!   the order queued: throttle, fail with a status, answer with any raw response, delay, or
//!   drop the connection.
//! - Every response has a `Date` header from the endpoint's clock, which can be set off from
//!   the machine's ([`set_clock_skew`](LocalEndpoint::set_clock_skew)) to play a server whose
//!   clock differs from the client's.
//! - It refuses a request that carries an authentication header (`authorization`,
//!   `x-amz-date`, `x-amz-security-token`) or a signed header twice: 400
//!   `IncompleteSignatureException`.
//! - It keeps the last [`MAX_KEPT_REQUESTS`] requests it received, within [`MAX_KEPT_BYTES`];
//!   `Debug` of a [`ReceivedRequest`] hides the session token and the signature.
//! - Its time and memory are bounded, whatever clients send:
//!
//! | what | bound |
//! |---|---|
//! | a request's headers, or an idle connection's next request | [`DEFAULT_REQUEST_TIMEOUT`] (30 s; [`LocalEndpoint::set_request_timeout`]), then the connection is closed |
//! | a request's body | the same timeout from the end of its headers (then `408 RequestTimeoutException`), and [`MAX_BODY_SIZE`] (1 MiB; then `413`) |
//! | headers | [`MAX_HEADER_BUFFER`] (64 KiB) per connection (then `431`) |
//! | connections | [`MAX_CONNECTIONS`] (256) open at once; more wait in the listen queue |
//! | bodies read at once | [`MAX_BODIES_IN_FLIGHT`] (32) |
//! | requests kept for [`received_requests`](LocalEndpoint::received_requests) | the last [`MAX_KEPT_REQUESTS`] (1,000), and no more than [`MAX_KEPT_BYTES`] (16 MiB) of headers and bodies |
//!
//! So the endpoint holds at most about 64 MiB of requests: 16 MiB of headers being read,
//! 32 MiB of bodies being read, 16 MiB kept.
//!
//! ```
//! use cleanrooms_runtime::client::{Client, Credentials};
//! use cleanrooms_runtime::local::LocalEndpoint;
//! use cleanrooms_runtime::model::{
//!     ProtectedQueryStatus, TargetProtectedQueryStatus, UpdateProtectedQueryInput,
//! };
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let credentials = Credentials::new("AKIDLOCAL", "local-secret", None, None, "local");
//! let endpoint = LocalEndpoint::start(credentials.clone()).await?;
//! let membership = "f1e2d3c4-5678-90ab-cdef-000000000000";
//! let query = endpoint.seed_running_query(membership);
//!
//! let client = Client::builder()
//!     .endpoint_url(endpoint.url())
//!     .region(endpoint.region())
//!     .credentials(credentials)
//!     .build()?;
//! let input = UpdateProtectedQueryInput::default()
//!     .membership_identifier(membership)
//!     .protected_query_identifier(query.clone())
//!     .target_status(TargetProtectedQueryStatus::Cancelled);
//! let output = client.update_protected_query(&input).await?;
//! assert_eq!(output.protected_query.status, ProtectedQueryStatus::Cancelling);
//! assert_eq!(
//!     endpoint.protected_query(membership, &query).map(|q| q.status),
//!     Some(ProtectedQueryStatus::Cancelling)
//! );
//! // Later, the cancellation is done.
//! assert_eq!(
//!     endpoint.protected_query(membership, &query).map(|q| q.status),
//!     Some(ProtectedQueryStatus::Cancelled)
//! );
//! # Ok(())
//! # }
//! ```

mod auth;
mod faults;
mod limits;
mod received;
mod server;
mod service;

use std::collections::VecDeque;
use std::fmt;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime};

use aws_credential_types::Credentials;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::model::{
    ComputeConfiguration, ProtectedQuery, ProtectedQueryOutputConfiguration,
    ProtectedQueryResultConfiguration, ProtectedQueryS3OutputConfiguration,
    ProtectedQuerySQLParameters, ProtectedQueryStatus, ResultFormat, Timestamp,
    WorkerComputeConfiguration, WorkerComputeType,
};
use auth::Verifier;
use faults::Fault;
use received::KeptRequests;
use server::accept_loop;
use service::Store;

pub use faults::LocalResponse;
pub use limits::{
    DEFAULT_REQUEST_TIMEOUT, MAX_BODIES_IN_FLIGHT, MAX_BODY_SIZE, MAX_CONNECTIONS,
    MAX_HEADER_BUFFER, MAX_KEPT_BYTES, MAX_KEPT_REQUESTS,
};
pub use received::ReceivedRequest;

/// The longest request timeout: longer ones are taken as this.
const MAX_REQUEST_TIMEOUT: Duration = Duration::from_secs(365 * 24 * 3600);

/// The region the endpoint accepts signatures for unless told otherwise.
pub const DEFAULT_REGION: &str = "us-east-1";
/// The account id in the ARNs the endpoint makes.
pub const ACCOUNT_ID: &str = "111122223333";

/// A running local endpoint. Dropping it stops the server and closes its connections.
pub struct LocalEndpoint {
    addr: SocketAddr,
    shared: Arc<Shared>,
    server: tokio::task::JoinHandle<()>,
}

impl fmt::Debug for LocalEndpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LocalEndpoint")
            .field("url", &self.url())
            .field("region", &self.shared.verifier.region)
            .field("credentials", &"** redacted **")
            .finish_non_exhaustive()
    }
}

impl Drop for LocalEndpoint {
    fn drop(&mut self) {
        self.server.abort();
    }
}

struct Shared {
    verifier: Verifier,
    state: Mutex<State>,
    /// Connections open now (accepted and not yet closed by either side).
    open_connections: AtomicUsize,
    /// One for each request body that may be read at once.
    body_permits: Semaphore,
}

struct State {
    store: Store,
    faults: VecDeque<Fault>,
    received: KeptRequests,
    /// How long a connection may take to send a request's headers, then its body.
    request_timeout: Duration,
    next_id: u64,
    /// The endpoint's clock minus the machine's, in seconds.
    clock_skew_secs: i64,
}

impl LocalEndpoint {
    /// Starts an endpoint on `127.0.0.1` (a free port) that accepts requests signed with
    /// `credentials` (and their session token, if any) for [`DEFAULT_REGION`].
    ///
    /// # Errors
    ///
    /// If no port can be bound.
    pub async fn start(credentials: Credentials) -> std::io::Result<Self> {
        Self::start_in_region(credentials, DEFAULT_REGION).await
    }

    /// [`start`](Self::start), accepting signatures for `region`.
    ///
    /// # Errors
    ///
    /// If no port can be bound.
    pub async fn start_in_region(
        credentials: Credentials,
        region: impl Into<String>,
    ) -> std::io::Result<Self> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            verifier: Verifier {
                credentials,
                region: region.into(),
            },
            state: Mutex::new(State::default()),
            open_connections: AtomicUsize::new(0),
            body_permits: Semaphore::new(MAX_BODIES_IN_FLIGHT),
        });
        let server = tokio::spawn(accept_loop(listener, shared.clone()));
        Ok(Self {
            addr,
            shared,
            server,
        })
    }

    /// The endpoint URL, `http://127.0.0.1:{port}`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The region requests must be signed for.
    pub fn region(&self) -> &str {
        &self.shared.verifier.region
    }

    /// How many connections are open now: accepted, and closed by neither the client nor the
    /// endpoint. A client's idle connections show here until its pool closes them.
    pub fn open_connections(&self) -> usize {
        self.shared.open_connections.load(Ordering::SeqCst)
    }

    /// Adds a running (`STARTED`) query to `membership_id` and returns its new id.
    pub fn seed_running_query(&self, membership_id: &str) -> String {
        self.seed_query_with_status(membership_id, ProtectedQueryStatus::Started)
    }

    /// Adds a query in `status` to `membership_id` and returns its new id.
    pub fn seed_query_with_status(
        &self,
        membership_id: &str,
        status: ProtectedQueryStatus,
    ) -> String {
        let id = self.state().new_uuid();
        let query = example_query(&id, membership_id, self.region(), status);
        self.seed_query(query);
        id
    }

    /// Adds (or replaces) a query, under its `membership_id` and `id`.
    pub fn seed_query(&self, query: ProtectedQuery) {
        self.state().store.insert(query);
    }

    /// The query as it is now. Looking at a query being cancelled finishes the cancellation:
    /// `CANCELLING` is seen once, then `CANCELLED`.
    pub fn protected_query(&self, membership_id: &str, query_id: &str) -> Option<ProtectedQuery> {
        self.state().store.observe(membership_id, query_id)
    }

    /// From now on, the caller may not update queries of `membership_id`
    /// (`AccessDeniedException`).
    pub fn deny_access(&self, membership_id: &str) {
        self.state().store.deny(membership_id);
    }

    /// For connections accepted from now on: how long a connection may take to send a
    /// request's headers (or stay idle between requests) before it is closed, and then to send
    /// the request's body before the endpoint answers `408 RequestTimeoutException`
    /// ([`DEFAULT_REQUEST_TIMEOUT`], 30 s, unless set; a longer one than a year is a year).
    pub fn set_request_timeout(&self, timeout: Duration) {
        // hyper adds the timeout to the time, which must not overflow.
        self.state().request_timeout = timeout.min(MAX_REQUEST_TIMEOUT);
    }

    /// Sets the endpoint's clock `seconds` ahead of the machine's (behind if negative): its
    /// `Date` headers and its signature check use it, as a server whose clock differs from
    /// the client's would.
    pub fn set_clock_skew(&self, seconds: i64) {
        self.state().clock_skew_secs = seconds;
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.shared.state()
    }
}

impl Shared {
    fn state(&self) -> MutexGuard<'_, State> {
        // Plain data: a panic while it was held cannot leave it half-written in a way that
        // matters to a test endpoint.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Default for State {
    fn default() -> Self {
        Self {
            store: Store::default(),
            faults: VecDeque::new(),
            received: KeptRequests::default(),
            request_timeout: DEFAULT_REQUEST_TIMEOUT,
            next_id: 0,
            clock_skew_secs: 0,
        }
    }
}

impl State {
    /// The endpoint's clock.
    fn now(&self) -> SystemTime {
        let offset = Duration::from_secs(self.clock_skew_secs.unsigned_abs());
        let now = SystemTime::now();
        if self.clock_skew_secs >= 0 {
            now.checked_add(offset)
        } else {
            now.checked_sub(offset)
        }
        .unwrap_or(now)
    }

    /// A fresh id in the UUID form the service uses (lowercase, version 4 layout).
    fn new_uuid(&mut self) -> String {
        self.next_id += 1;
        let n = self.next_id;
        format!(
            "{:08x}-0000-4000-8000-{:012x}",
            n >> 48,
            n & 0xffff_ffff_ffff
        )
    }
}

/// The query `seed_*` adds: SQL, S3 output and workers filled in, as a real one would be.
fn example_query(
    id: &str,
    membership_id: &str,
    region: &str,
    status: ProtectedQueryStatus,
) -> ProtectedQuery {
    let create_time = Timestamp::try_from(SystemTime::now()).unwrap_or(Timestamp::UNIX_EPOCH);
    ProtectedQuery {
        id: id.to_owned(),
        membership_id: membership_id.to_owned(),
        membership_arn: format!(
            "arn:aws:cleanrooms:{region}:{ACCOUNT_ID}:membership/{membership_id}"
        ),
        create_time,
        sql_parameters: Some(ProtectedQuerySQLParameters {
            query_string: Some("SELECT COUNT(DISTINCT customer_id) FROM sales".to_owned()),
            analysis_template_arn: None,
            parameters: None,
        }),
        status,
        result_configuration: Some(ProtectedQueryResultConfiguration {
            output_configuration: ProtectedQueryOutputConfiguration::S3(
                ProtectedQueryS3OutputConfiguration {
                    result_format: ResultFormat::Csv,
                    bucket: "local-query-results".to_owned(),
                    key_prefix: Some(format!("protected-queries/{id}/")),
                    single_file_output: None,
                },
            ),
        }),
        statistics: None,
        result: None,
        error: None,
        differential_privacy: None,
        compute_configuration: Some(ComputeConfiguration::Worker(WorkerComputeConfiguration {
            r#type: Some(WorkerComputeType::Cr1X),
            number: Some(16),
            properties: None,
        })),
        query_compute_payer_account_id: None,
    }
}
