//! How a signed request reaches the service: the [`Transport`] trait, what it fails with, and
//! its default, [`HyperTransport`](super::HyperTransport).

use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

use bytes::Bytes;

/// The future a [`Transport`] returns.
pub type TransportFuture<'a> =
    Pin<Box<dyn Future<Output = Result<http::Response<Bytes>, TransportError>> + Send + 'a>>;

/// Sends one HTTP request and reads the whole response. The client calls it once per attempt,
/// with a request already signed, and applies the attempt and operation timeouts and the
/// retries around it; the connect and read timeouts and the response size cap are the
/// transport's (as [`HyperTransport`](super::HyperTransport) does them).
///
/// Implement it to put the client on another HTTP stack, or in memory for tests:
///
/// ```
/// use cleanrooms_runtime::client::{Transport, TransportFuture};
///
/// #[derive(Debug)]
/// struct Canned(&'static str);
///
/// impl Transport for Canned {
///     fn send(&self, _request: http::Request<Vec<u8>>) -> TransportFuture<'_> {
///         let body = bytes::Bytes::from_static(self.0.as_bytes());
///         Box::pin(async move { Ok(http::Response::new(body)) })
///     }
/// }
/// ```
pub trait Transport: fmt::Debug + Send + Sync + 'static {
    /// Sends `request` and reads the response with its whole body.
    fn send(&self, request: http::Request<Vec<u8>>) -> TransportFuture<'_>;
}

/// Why an attempt got no HTTP response.
#[derive(Debug)]
pub struct TransportError {
    kind: TransportErrorKind,
    source: Box<dyn StdError + Send + Sync>,
}

/// What kind of failure a [`TransportError`] is; it decides whether the attempt is retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// No connection could be made (refused, DNS, TLS handshake, connect timeout): retried.
    Connect,
    /// The connection broke before the whole response was read: retried.
    Io,
    /// A timeout: no connection within the connect timeout, no byte within the read timeout,
    /// or the attempt or operation took too long: retried (except the operation timeout, which
    /// ends the call).
    Timeout,
    /// The response is larger than the client's size cap: not retried.
    ResponseTooLarge,
    /// Anything else (e.g. a request the HTTP stack refuses): not retried.
    Other,
}

impl TransportError {
    /// A transport error of `kind` caused by `source`.
    pub fn new(
        kind: TransportErrorKind,
        source: impl Into<Box<dyn StdError + Send + Sync>>,
    ) -> Self {
        Self {
            kind,
            source: source.into(),
        }
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// Whether the attempt timed out.
    pub fn is_timeout(&self) -> bool {
        self.kind == TransportErrorKind::Timeout
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            TransportErrorKind::Connect => "could not connect",
            TransportErrorKind::Io => "the connection failed",
            TransportErrorKind::Timeout => "timed out",
            TransportErrorKind::ResponseTooLarge => "the response is too large",
            TransportErrorKind::Other => "the request could not be sent",
        };
        // The direct cause is part of this message; `source()` goes on from the next one, so a
        // reporter that walks the chain prints each cause once.
        write!(f, "{what}: {}", self.source)
    }
}

impl StdError for TransportError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source.source()
    }
}

impl TransportError {
    /// The whole chain in one line, `message: cause: cause…` (for logs that print only
    /// `Display`).
    ///
    /// ```
    /// use cleanrooms_runtime::client::{TransportError, TransportErrorKind};
    ///
    /// let io = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "connection refused");
    /// let error = TransportError::new(TransportErrorKind::Connect, io);
    /// assert_eq!(error.to_string(), "could not connect: connection refused");
    /// assert_eq!(error.report(), "could not connect: connection refused");
    /// ```
    pub fn report(&self) -> String {
        let mut text = self.to_string();
        let mut cause = StdError::source(self);
        while let Some(next) = cause {
            text.push_str(": ");
            text.push_str(&next.to_string());
            cause = next.source();
        }
        text
    }
}
