//! What the endpoint keeps of the requests it received: [`ReceivedRequest`], shown by `Debug`
//! without the session token or the signature, the last ones within a count and a size.

use std::collections::VecDeque;
use std::fmt;

use bytes::Bytes;
use http::header::HeaderValue;
use http::{HeaderMap, Method};

use super::limits::{MAX_KEPT_BYTES, MAX_KEPT_REQUESTS};
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

impl ReceivedRequest {
    /// About how much memory it holds: its headers and body.
    fn size(&self) -> usize {
        let headers: usize = self
            .headers
            .iter()
            .map(|(name, value)| name.as_str().len() + value.len())
            .sum();
        self.path.len() + headers + self.body.len()
    }
}

/// The last requests received, within [`MAX_KEPT_REQUESTS`] and [`MAX_KEPT_BYTES`], and how
/// many there were in all.
#[derive(Debug, Default)]
pub(super) struct KeptRequests {
    kept: VecDeque<ReceivedRequest>,
    kept_bytes: usize,
    count: usize,
}

impl KeptRequests {
    /// Keeps `request`, letting the oldest go while over either bound.
    pub(super) fn push(&mut self, request: ReceivedRequest) {
        self.count += 1;
        self.kept_bytes += request.size();
        self.kept.push_back(request);
        while self.kept.len() > MAX_KEPT_REQUESTS || self.kept_bytes > MAX_KEPT_BYTES {
            let Some(oldest) = self.kept.pop_front() else {
                break;
            };
            self.kept_bytes -= oldest.size();
        }
    }
}

impl LocalEndpoint {
    /// The requests received so far, in order: the last [`MAX_KEPT_REQUESTS`] of them, and no
    /// more than [`MAX_KEPT_BYTES`] of headers and bodies (the oldest go first).
    pub fn received_requests(&self) -> Vec<ReceivedRequest> {
        self.state().received.kept.iter().cloned().collect()
    }

    /// How many requests were received so far (all of them, kept or not).
    pub fn request_count(&self) -> usize {
        self.state().received.count
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(body_size: usize) -> ReceivedRequest {
        ReceivedRequest {
            method: Method::PATCH,
            path: "/p".to_owned(),
            headers: HeaderMap::new(),
            body: Bytes::from(vec![b' '; body_size]),
        }
    }

    #[test]
    fn the_last_requests_are_kept_within_the_count() {
        let mut kept = KeptRequests::default();
        for _ in 0..MAX_KEPT_REQUESTS + 5 {
            kept.push(request(1));
        }
        assert_eq!(kept.count, MAX_KEPT_REQUESTS + 5);
        assert_eq!(kept.kept.len(), MAX_KEPT_REQUESTS);
    }

    #[test]
    fn the_last_requests_are_kept_within_the_size() {
        let mut kept = KeptRequests::default();
        for _ in 0..40 {
            kept.push(request(1 << 20));
        }
        assert_eq!(kept.count, 40);
        assert!(kept.kept_bytes <= MAX_KEPT_BYTES);
        assert_eq!(
            kept.kept.len(),
            15,
            "16 MiB holds 15 requests of 1 MiB and a path"
        );
        assert_eq!(
            kept.kept_bytes,
            kept.kept.iter().map(ReceivedRequest::size).sum::<usize>()
        );
    }
}
