//! Serving HTTP: the accept loop (at most [`MAX_CONNECTIONS`] at once), and each request,
//! within the request timeout and the size caps, through the signature check, the fault queue
//! and the store to a JSON response with a `Date` and a request id.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::header::{HeaderValue, CONTENT_TYPE};
use http::{HeaderMap, Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;

use super::auth::Rejection;
use super::faults::{failure, raw_response, DropConnection, Fault};
use super::limits::{MAX_BODY_SIZE, MAX_CONNECTIONS, MAX_HEADER_BUFFER};
use super::service::Reply;
use super::{ReceivedRequest, Shared};

pub(super) async fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    // Connections live in the set, so stopping this task closes them all.
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            // Over the cap, connections wait in the listen queue until one closes.
            accepted = listener.accept(), if connections.len() < MAX_CONNECTIONS => match accepted {
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
    let _open = OpenConnection::count(&shared);
    let timeout = shared.state().request_timeout;
    let service = service_fn(move |request| handle(shared.clone(), request, timeout));
    // A connection that fails, times out (hyper closes it) or that a fault drops just ends.
    let _ = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(timeout)
        .max_buf_size(MAX_HEADER_BUFFER)
        .serve_connection(TokioIo::new(stream), service)
        .await;
}

/// Counts a connection as open while it lives (also when its task is stopped).
struct OpenConnection(Arc<Shared>);

impl OpenConnection {
    fn count(shared: &Arc<Shared>) -> Self {
        shared.open_connections.fetch_add(1, Ordering::SeqCst);
        Self(shared.clone())
    }
}

impl Drop for OpenConnection {
    fn drop(&mut self) {
        self.0.open_connections.fetch_sub(1, Ordering::SeqCst);
    }
}

async fn handle(
    shared: Arc<Shared>,
    request: Request<Incoming>,
    timeout: Duration,
) -> Result<Response<Full<Bytes>>, DropConnection> {
    let (parts, body) = request.into_parts();
    let body = match read_body(&shared, body, timeout).await {
        Ok(body) => body,
        Err(reply) => {
            let now = shared.state().now();
            return Ok(json_response(&reply, "request-body-unreadable", now));
        }
    };
    let (request_id, now) = {
        let mut state = shared.state();
        state.received.push(ReceivedRequest {
            method: parts.method.clone(),
            path: parts
                .uri
                .path_and_query()
                .map_or_else(|| parts.uri.path().to_owned(), |p| p.as_str().to_owned()),
            headers: parts.headers.clone(),
            body: body.clone(),
        });
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

/// The whole body, within [`MAX_BODY_SIZE`] and `timeout`, while at most
/// [`MAX_BODIES_IN_FLIGHT`](super::limits::MAX_BODIES_IN_FLIGHT) are read at once.
async fn read_body(shared: &Shared, body: Incoming, timeout: Duration) -> Result<Bytes, Reply> {
    // The semaphore is never closed; were it, reading without a permit is still bounded.
    let _permit = shared.body_permits.acquire().await;
    match tokio::time::timeout(timeout, Limited::new(body, MAX_BODY_SIZE).collect()).await {
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
        Ok(Err(_)) => Err(Reply::message(
            StatusCode::PAYLOAD_TOO_LARGE,
            "RequestEntityTooLargeException",
            "The request body is too large or could not be read",
        )),
        Err(_elapsed) => Err(Reply::message(
            StatusCode::REQUEST_TIMEOUT,
            "RequestTimeoutException",
            &format!("The request body did not arrive within {timeout:?}"),
        )),
    }
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
pub(super) fn insert_date(headers: &mut HeaderMap, now: SystemTime) {
    if !headers.contains_key(http::header::DATE) {
        if let Ok(value) = HeaderValue::from_str(&httpdate::fmt_http_date(now)) {
            headers.insert(http::header::DATE, value);
        }
    }
}
