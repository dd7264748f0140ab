//! How a signed request reaches the service: the [`Transport`] trait, what it fails with, and
//! its default, [`HyperTransport`](super::HyperTransport).

use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

use bytes::Bytes;

use super::error_chain::Chain;

/// The future a [`Transport`] returns.
pub type TransportFuture<'a> =
    Pin<Box<dyn Future<Output = Result<http::Response<Bytes>, TransportError>> + Send + 'a>>;

/// Sends one HTTP request and reads the whole response. The client calls it once per attempt,
/// with a request already signed, and applies the attempt and operation timeouts and the
/// retries around it; the connect and read timeouts, the stalled-stream protection and the
/// response size cap are the transport's (as [`HyperTransport`](super::HyperTransport) does
/// them).
///
/// Implement it to put the client on another HTTP stack, or in memory for tests:
///
/// ```
/// use aws_union_client::{Transport, TransportFuture};
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
///
/// `Display` is one line with every cause (`could not connect: tcp connect error: Connection
/// refused (os error 111)`); `source()` adds nothing to it.
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

    /// Whether the standard retry mode retries it: a connection failure, a broken
    /// connection or a timeout.
    ///
    /// ```
    /// use aws_union_client::{TransportError, TransportErrorKind};
    ///
    /// assert!(TransportError::new(TransportErrorKind::Io, "reset").is_retryable());
    /// assert!(!TransportError::new(TransportErrorKind::ResponseTooLarge, "11 MiB").is_retryable());
    /// ```
    pub fn is_retryable(&self) -> bool {
        matches!(
            self.kind,
            TransportErrorKind::Timeout | TransportErrorKind::Connect | TransportErrorKind::Io
        )
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
        write!(f, "{what}: {}", Chain(&*self.source))
    }
}

/// The causes are all in the `Display` line, so `source()` has nothing to add (see
/// [`cause`](TransportError::cause) for the error itself).
impl StdError for TransportError {}

impl TransportError {
    /// The whole chain in one line, `message: cause: cause…`: the same as `Display`, which
    /// prints every cause.
    ///
    /// ```
    /// use aws_union_client::{TransportError, TransportErrorKind};
    ///
    /// let io = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "connection refused");
    /// let error = TransportError::new(TransportErrorKind::Connect, io);
    /// assert_eq!(error.to_string(), "could not connect: connection refused");
    /// assert_eq!(error.report(), "could not connect: connection refused");
    /// ```
    pub fn report(&self) -> String {
        self.to_string()
    }

    /// The error the transport failed with, as its HTTP stack gave it: walk its `source()`
    /// chain to reach, say, the `std::io::Error`.
    ///
    /// ```
    /// use aws_union_client::{TransportError, TransportErrorKind};
    ///
    /// let io = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "reset by peer");
    /// let error = TransportError::new(TransportErrorKind::Io, io);
    /// let io = error.cause().downcast_ref::<std::io::Error>().expect("an I/O error");
    /// assert_eq!(io.kind(), std::io::ErrorKind::ConnectionReset);
    /// ```
    pub fn cause(&self) -> &(dyn StdError + Send + Sync + 'static) {
        &*self.source
    }
}
