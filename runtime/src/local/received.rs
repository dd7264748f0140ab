//! What the endpoint keeps of the requests it received: [`ReceivedRequest`], shown by `Debug`
//! without the session token or the signature.

use std::fmt;

use bytes::Bytes;
use http::header::HeaderValue;
use http::{HeaderMap, Method};

use super::LocalEndpoint;

/// A request as the endpoint received it (whatever it answered).
///
/// `Debug` shows the headers with the session token and the signature hidden.
#[derive(Clone)]
pub struct ReceivedRequest {
    pub(super) method: Method,
    pub(super) path: String,
    pub(super) headers: HeaderMap,
    pub(super) body: Bytes,
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
    /// The requests received so far, in order: the last
    /// [`MAX_KEPT_REQUESTS`](super::MAX_KEPT_REQUESTS) of them.
    pub fn received_requests(&self) -> Vec<ReceivedRequest> {
        self.state().received.iter().cloned().collect()
    }

    /// How many requests were received so far (all of them, kept or not).
    pub fn request_count(&self) -> usize {
        self.state().received_count
    }
}
