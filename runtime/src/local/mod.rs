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
//! - It keeps the last [`MAX_KEPT_REQUESTS`] requests it received; `Debug` of a
//!   [`ReceivedRequest`] hides the session token and the signature.
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
//! let output = client
//!     .update_protected_query(&UpdateProtectedQueryInput {
//!         membership_identifier: membership.into(),
//!         protected_query_identifier: query.clone(),
//!         target_status: TargetProtectedQueryStatus::Cancelled,
//!     })
//!     .await?;
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
mod service;

use std::collections::VecDeque;
use std::fmt;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime};

use aws_credential_types::Credentials;
use bytes::Bytes;
use http::header::{HeaderValue, CONTENT_TYPE};
use http::{HeaderMap, Method, Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;

use crate::model::{
    ComputeConfiguration, ProtectedQuery, ProtectedQueryOutputConfiguration,
    ProtectedQueryResultConfiguration, ProtectedQueryS3OutputConfiguration,
    ProtectedQuerySQLParameters, ProtectedQueryStatus, ResultFormat, Timestamp,
    WorkerComputeConfiguration, WorkerComputeType,
};
use auth::{Rejection, Verifier};
use service::{Reply, Store};

/// The region the endpoint accepts signatures for unless told otherwise.
pub const DEFAULT_REGION: &str = "us-east-1";
/// The account id in the ARNs the endpoint makes.
pub const ACCOUNT_ID: &str = "111122223333";
/// The largest request body the endpoint reads.
const MAX_BODY: usize = 1 << 20;
/// How many received requests the endpoint keeps (the oldest go first).
pub const MAX_KEPT_REQUESTS: usize = 1000;

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
}

#[derive(Default)]
struct State {
    store: Store,
    faults: VecDeque<Fault>,
    received: VecDeque<ReceivedRequest>,
    received_count: usize,
    next_id: u64,
    /// The endpoint's clock minus the machine's, in seconds.
    clock_skew_secs: i64,
}

/// One injected fault, used up by one request.
#[derive(Debug, Clone)]
enum Fault {
    Throttle,
    Fail(StatusCode),
    Respond(LocalResponse),
    Delay(Duration),
    Drop,
}

/// A raw response for [`LocalEndpoint::respond_next`], e.g. a proxy's HTML error page.
///
/// ```
/// use cleanrooms_runtime::local::LocalResponse;
///
/// let page = LocalResponse::new(502, "text/html", "<html><h1>502 Bad Gateway</h1></html>");
/// assert_eq!(page.status(), 502);
/// ```
#[derive(Debug, Clone)]
pub struct LocalResponse {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl LocalResponse {
    /// A response with `status` (an invalid status becomes 500), a `content-type` and a body.
    pub fn new(status: u16, content_type: &str, body: impl Into<Bytes>) -> Self {
        let mut headers = HeaderMap::new();
        if let Ok(value) = HeaderValue::from_str(content_type) {
            headers.insert(CONTENT_TYPE, value);
        }
        Self {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            headers,
            body: body.into(),
        }
    }

    /// Adds a header (ignored if the name or value is not valid).
    pub fn header(mut self, name: &str, value: &str) -> Self {
        if let (Ok(name), Ok(value)) = (
            http::header::HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            self.headers.append(name, value);
        }
        self
    }

    /// The status.
    pub fn status(&self) -> u16 {
        self.status.as_u16()
    }
}

/// A request as the endpoint received it (whatever it answered).
///
/// `Debug` shows the headers with the session token and the signature hidden.
#[derive(Clone)]
pub struct ReceivedRequest {
    method: Method,
    path: String,
    headers: HeaderMap,
    body: Bytes,
}

impl fmt::Debug for ReceivedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, String)> = self
            .headers
            .iter()
            .map(|(name, value)| (name.as_str(), redacted_header(name.as_str(), value)))
            .collect();
        f.debug_struct("ReceivedRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("headers", &headers)
            .field("body", &String::from_utf8_lossy(&self.body))
            .finish()
    }
}

/// A header value as `Debug` shows it: no session token, no signature.
fn redacted_header(name: &str, value: &HeaderValue) -> String {
    let text = String::from_utf8_lossy(value.as_bytes());
    match name {
        "x-amz-security-token" => "** redacted **".to_owned(),
        "authorization" => match text.find("Signature=") {
            Some(at) => format!("{}Signature=** redacted **", &text[..at]),
            None => "** redacted **".to_owned(),
        },
        _ => text.into_owned(),
    }
}

impl ReceivedRequest {
    /// The method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The path and query, as sent (still percent-encoded).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// One header's value, if present and text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The body.
    pub fn body(&self) -> &[u8] {
        &self.body
    }
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

    /// The next `n` requests get 429 `ThrottlingException`.
    pub fn throttle_next(&self, n: usize) {
        self.queue(n, Fault::Throttle);
    }

    /// The next `n` requests fail with `status`: 500 is an `InternalServerException`, 503 a
    /// `ServiceUnavailableException`, any other an `InternalFailure`.
    pub fn fail_next(&self, n: usize, status: u16) {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        self.queue(n, Fault::Fail(status));
    }

    /// The next `n` requests get `response` as it is.
    pub fn respond_next(&self, n: usize, response: LocalResponse) {
        self.queue(n, Fault::Respond(response));
    }

    /// The next `n` requests are answered only after `delay`.
    pub fn delay_next(&self, n: usize, delay: Duration) {
        self.queue(n, Fault::Delay(delay));
    }

    /// The next `n` requests are read, then their connection is closed with no response.
    pub fn drop_next(&self, n: usize) {
        self.queue(n, Fault::Drop);
    }

    /// Sets the endpoint's clock `seconds` ahead of the machine's (behind if negative): its
    /// `Date` headers and its signature check use it, as a server whose clock differs from
    /// the client's would.
    pub fn set_clock_skew(&self, seconds: i64) {
        self.state().clock_skew_secs = seconds;
    }

    /// The requests received so far, in order: the last [`MAX_KEPT_REQUESTS`] of them.
    pub fn received_requests(&self) -> Vec<ReceivedRequest> {
        self.state().received.iter().cloned().collect()
    }

    /// How many requests were received so far (all of them, kept or not).
    pub fn request_count(&self) -> usize {
        self.state().received_count
    }

    fn queue(&self, n: usize, fault: Fault) {
        let mut state = self.state();
        state.faults.extend(std::iter::repeat_n(fault, n));
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

async fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    // Connections live in the set, so stopping this task closes them all.
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    connections.spawn(serve_connection(stream, shared.clone()));
                }
                // E.g. too many open files: wait a little instead of spinning.
                Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

async fn serve_connection(stream: TcpStream, shared: Arc<Shared>) {
    let service = service_fn(move |request| handle(shared.clone(), request));
    // A connection that fails (or that a fault drops) just ends.
    let _ = http1::Builder::new()
        .serve_connection(TokioIo::new(stream), service)
        .await;
}

/// Returned by the handler to close the connection without a response.
#[derive(Debug)]
struct DropConnection;

impl fmt::Display for DropConnection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}

impl std::error::Error for DropConnection {}

async fn handle(
    shared: Arc<Shared>,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, DropConnection> {
    let (parts, body) = request.into_parts();
    let body = match Limited::new(body, MAX_BODY).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => {
            let reply = Reply::message(
                StatusCode::PAYLOAD_TOO_LARGE,
                "RequestEntityTooLargeException",
                "The request body is too large or could not be read",
            );
            return Ok(json_response(
                &reply,
                "request-body-unreadable",
                shared.state().now(),
            ));
        }
    };
    let (request_id, now) = {
        let mut state = shared.state();
        if state.received.len() == MAX_KEPT_REQUESTS {
            state.received.pop_front();
        }
        state.received.push_back(ReceivedRequest {
            method: parts.method.clone(),
            path: parts
                .uri
                .path_and_query()
                .map_or_else(|| parts.uri.path().to_owned(), |p| p.as_str().to_owned()),
            headers: parts.headers.clone(),
            body: body.clone(),
        });
        state.received_count += 1;
        (state.new_uuid(), state.now())
    };

    if let Err(Rejection {
        status,
        code,
        message,
    }) = shared.verifier.verify(&parts, &body, now)
    {
        return Ok(json_response(
            &Reply::message(status, code, &message),
            &request_id,
            now,
        ));
    }
    // Only a request that passed the signature check uses up a fault.
    let fault = shared.state().faults.pop_front();

    let reply = match fault {
        Some(Fault::Drop) => return Err(DropConnection),
        Some(Fault::Respond(response)) => return Ok(raw_response(response, &request_id, now)),
        Some(Fault::Throttle) => Some(Reply::message(
            StatusCode::TOO_MANY_REQUESTS,
            "ThrottlingException",
            "Rate exceeded",
        )),
        Some(Fault::Fail(status)) => Some(failure(status)),
        Some(Fault::Delay(delay)) => {
            tokio::time::sleep(delay).await;
            None
        }
        None => None,
    };
    let reply = reply.unwrap_or_else(|| {
        shared
            .state()
            .store
            .handle(&parts.method, parts.uri.path(), &body)
    });
    Ok(json_response(&reply, &request_id, now))
}

fn failure(status: StatusCode) -> Reply {
    let (code, message) = match status.as_u16() {
        500 => ("InternalServerException", "An internal error occurred"),
        503 => ("ServiceUnavailableException", "Service is unavailable"),
        _ => ("InternalFailure", "The request failed"),
    };
    Reply::message(status, code, message)
}

fn json_response(reply: &Reply, request_id: &str, now: SystemTime) -> Response<Full<Bytes>> {
    let body = serde_json::to_vec(&reply.body).unwrap_or_default();
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = reply.status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if let Some(code) = reply.error_code {
        headers.insert("x-amzn-errortype", HeaderValue::from_static(code));
    }
    if let Ok(value) = HeaderValue::from_str(request_id) {
        headers.insert("x-amzn-requestid", value);
    }
    insert_date(headers, now);
    response
}

/// The `Date` header, from the endpoint's clock (unless the response has one already).
fn insert_date(headers: &mut HeaderMap, now: SystemTime) {
    if !headers.contains_key(http::header::DATE) {
        if let Ok(value) = HeaderValue::from_str(&httpdate::fmt_http_date(now)) {
            headers.insert(http::header::DATE, value);
        }
    }
}

fn raw_response(raw: LocalResponse, request_id: &str, now: SystemTime) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(raw.body));
    *response.status_mut() = raw.status;
    *response.headers_mut() = raw.headers;
    if let Ok(value) = HeaderValue::from_str(request_id) {
        response.headers_mut().insert("x-amzn-requestid", value);
    }
    insert_date(response.headers_mut(), now);
    response
}
