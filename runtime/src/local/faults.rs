//! The fault queue: what [`LocalEndpoint`]'s `*_next` methods queue (throttle, fail, a raw
//! response, delay, drop), and the responses those faults give.

use std::fmt;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::header::{HeaderValue, CONTENT_TYPE};
use http::{HeaderMap, Response, StatusCode};
use http_body_util::Full;

use super::server::insert_date;
use super::service::Reply;
use super::LocalEndpoint;

/// One injected fault, used up by one request.
#[derive(Debug, Clone)]
pub(super) enum Fault {
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

impl LocalEndpoint {
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

    fn queue(&self, n: usize, fault: Fault) {
        let mut state = self.state();
        state.faults.extend(std::iter::repeat_n(fault, n));
    }
}

/// Returned by the handler to close the connection without a response.
#[derive(Debug)]
pub(super) struct DropConnection;

impl fmt::Display for DropConnection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}

impl std::error::Error for DropConnection {}

pub(super) fn failure(status: StatusCode) -> Reply {
    let (code, message) = match status.as_u16() {
        500 => ("InternalServerException", "An internal error occurred"),
        503 => ("ServiceUnavailableException", "Service is unavailable"),
        _ => ("InternalFailure", "The request failed"),
    };
    Reply::message(status, code, message)
}

pub(super) fn raw_response(
    raw: LocalResponse,
    request_id: &str,
    now: SystemTime,
) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(raw.body));
    *response.status_mut() = raw.status;
    *response.headers_mut() = raw.headers;
    if let Ok(value) = HeaderValue::from_str(request_id) {
        response.headers_mut().insert("x-amzn-requestid", value);
    }
    insert_date(response.headers_mut(), now);
    response
}
