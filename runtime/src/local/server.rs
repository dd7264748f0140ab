//! Serving HTTP: the accept loop, and each request through the signature check, the fault
//! queue and the store to a JSON response with a `Date` and a request id.

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
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;

use super::auth::Rejection;
use super::faults::{failure, raw_response, DropConnection, Fault};
use super::service::Reply;
use super::{ReceivedRequest, Shared, MAX_KEPT_REQUESTS};

/// The largest request body the endpoint reads.
const MAX_BODY: usize = 1 << 20;

pub(super) async fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
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
    let _open = OpenConnection::count(&shared);
    let service = service_fn(move |request| handle(shared.clone(), request));
    // A connection that fails (or that a fault drops) just ends.
    let _ = http1::Builder::new()
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
