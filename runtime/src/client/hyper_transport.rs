//! The default transport: hyper 1 over HTTPS (rustls with the `ring` provider), with a connect
//! timeout that covers TCP and TLS together, a read timeout for stalled responses, and a cap on
//! the response size.

use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use http::Uri;
use http_body_util::{BodyExt, Full};
use hyper_rustls::{HttpsConnector, MaybeHttpsStream};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client as HyperClient;
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::net::TcpStream;

use super::transport::{Transport, TransportError, TransportErrorKind, TransportFuture};

/// The connect timeout unless set: TCP connect and TLS handshake together, the AWS SDK for
/// Rust's default.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_millis(3100);
/// The read timeout unless set: the longest wait for the next byte of a response (its headers,
/// then each piece of its body), botocore's default.
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(60);
/// The response size cap unless set: 10 MiB, far above any `UpdateProtectedQuery` response.
pub const DEFAULT_MAX_RESPONSE_SIZE: usize = 10 << 20;

/// The limits of a [`HyperTransport`]: how long to wait and how much to read.
///
/// ```
/// use cleanrooms_runtime::client::{TransportLimits, DEFAULT_READ_TIMEOUT};
/// use std::time::Duration;
///
/// let limits = TransportLimits::default().with_connect_timeout(Duration::from_secs(1));
/// assert_eq!(limits.connect_timeout(), Some(Duration::from_secs(1)));
/// assert_eq!(limits.read_timeout(), Some(DEFAULT_READ_TIMEOUT));
/// assert_eq!(limits.max_response_size(), 10 * 1024 * 1024);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TransportLimits {
    connect_timeout: Option<Duration>,
    read_timeout: Option<Duration>,
    max_response_size: usize,
}

impl Default for TransportLimits {
    fn default() -> Self {
        Self {
            connect_timeout: Some(DEFAULT_CONNECT_TIMEOUT),
            read_timeout: Some(DEFAULT_READ_TIMEOUT),
            max_response_size: DEFAULT_MAX_RESPONSE_SIZE,
        }
    }
}

impl TransportLimits {
    /// How long to wait for a connection, TCP connect and TLS handshake together (`None`: no
    /// limit).
    pub fn with_connect_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.connect_timeout = timeout.into();
        self
    }

    /// How long to wait for the next byte of a response (`None`: no limit): the headers,
    /// counted from when the request is handed to the connection, then each piece of the body.
    pub fn with_read_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.read_timeout = timeout.into();
        self
    }

    /// The largest response body read, in bytes.
    pub fn with_max_response_size(mut self, bytes: usize) -> Self {
        self.max_response_size = bytes;
        self
    }

    /// The connect timeout.
    pub fn connect_timeout(&self) -> Option<Duration> {
        self.connect_timeout
    }

    /// The read timeout.
    pub fn read_timeout(&self) -> Option<Duration> {
        self.read_timeout
    }

    /// The response size cap.
    pub fn max_response_size(&self) -> usize {
        self.max_response_size
    }
}

/// The default transport: a pooled hyper 1 client over HTTPS (rustls, `ring`, the platform's
/// root certificates) that also speaks plain HTTP for local endpoints, within
/// [`TransportLimits`].
///
/// ```no_run
/// use cleanrooms_runtime::client::{HyperTransport, TransportLimits};
/// use std::time::Duration;
///
/// let transport = HyperTransport::new(Some(Duration::from_secs(3)))?;
/// let strict = HyperTransport::with_limits(
///     TransportLimits::default().with_read_timeout(Duration::from_secs(10)),
/// )?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct HyperTransport {
    client: HyperClient<TimeoutConnector, Full<Bytes>>,
    limits: TransportLimits,
    /// Why the platform's root certificates could not be loaded, if they could not: plain
    /// HTTP still works, HTTPS requests fail with this.
    roots_error: Option<Arc<str>>,
}

impl fmt::Debug for HyperTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HyperTransport")
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl HyperTransport {
    /// A transport with the given connect timeout and the default read timeout and size cap.
    ///
    /// If the platform's root certificates cannot be loaded, plain `http://` endpoints still
    /// work and each `https://` request fails with a [`TransportErrorKind::Connect`] error
    /// saying why.
    ///
    /// # Errors
    ///
    /// If rustls cannot be set up with the `ring` provider (not expected).
    pub fn new(connect_timeout: Option<Duration>) -> Result<Self, rustls::Error> {
        Self::with_limits(TransportLimits::default().with_connect_timeout(connect_timeout))
    }

    /// A transport within `limits`.
    ///
    /// # Errors
    ///
    /// If rustls cannot be set up with the `ring` provider (not expected).
    pub fn with_limits(limits: TransportLimits) -> Result<Self, rustls::Error> {
        let native = rustls_native_certs::load_native_certs();
        let mut roots = rustls::RootCertStore::empty();
        let (added, _ignored) = roots.add_parsable_certificates(native.certs);
        let roots_error = (added == 0).then(|| {
            let why = native
                .errors
                .first()
                .map_or_else(|| "none found".to_owned(), ToString::to_string);
            Arc::from(format!(
                "no root certificates could be loaded for HTTPS: {why}"
            ))
        });
        Self::build(limits, roots, roots_error)
    }

    /// A transport within `limits` that trusts only the certificates of `pem` (a CA bundle
    /// as `AWS_CA_BUNDLE` names one: PEM certificates, e.g. a company proxy's root), instead
    /// of the platform's.
    ///
    /// # Errors
    ///
    /// If `pem` holds no certificate, or one that cannot be read.
    ///
    /// ```
    /// use cleanrooms_runtime::client::{HyperTransport, TransportLimits};
    ///
    /// let error = HyperTransport::with_ca_bundle(TransportLimits::default(), b"not PEM").unwrap_err();
    /// assert_eq!(error, "no PEM certificate in the CA bundle");
    /// ```
    pub fn with_ca_bundle(limits: TransportLimits, pem: &[u8]) -> Result<Self, String> {
        use rustls::pki_types::pem::PemObject;
        use rustls::pki_types::CertificateDer;

        let mut roots = rustls::RootCertStore::empty();
        for certificate in CertificateDer::pem_slice_iter(pem) {
            let certificate =
                certificate.map_err(|e| format!("a certificate in the CA bundle: {e}"))?;
            roots
                .add(certificate)
                .map_err(|e| format!("a certificate in the CA bundle: {e}"))?;
        }
        if roots.is_empty() {
            return Err("no PEM certificate in the CA bundle".to_owned());
        }
        Self::build(limits, roots, None).map_err(|e| format!("TLS could not be set up: {e}"))
    }

    fn build(
        limits: TransportLimits,
        roots: rustls::RootCertStore,
        roots_error: Option<Arc<str>>,
    ) -> Result<Self, rustls::Error> {
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_nodelay(true);
        let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()?
        .with_root_certificates(roots)
        .with_no_client_auth();

        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_http1()
            .wrap_connector(http);
        let connector = TimeoutConnector {
            inner: https,
            timeout: limits.connect_timeout,
        };
        let client = HyperClient::builder(TokioExecutor::new()).build(connector);
        Ok(Self {
            client,
            limits,
            roots_error,
        })
    }

    /// The limits this transport works within.
    pub fn limits(&self) -> TransportLimits {
        self.limits
    }
}

impl Transport for HyperTransport {
    fn send(&self, request: http::Request<Vec<u8>>) -> TransportFuture<'_> {
        let no_roots = match &self.roots_error {
            Some(why) if request.uri().scheme() == Some(&http::uri::Scheme::HTTPS) => {
                Some(why.to_string())
            }
            _ => None,
        };
        let request = request.map(|body| Full::new(Bytes::from(body)));
        Box::pin(async move {
            if let Some(why) = no_roots {
                return Err(TransportError::new(TransportErrorKind::Connect, why));
            }
            let read_timeout = self.limits.read_timeout;
            let response = within(read_timeout, "the response headers did not arrive", async {
                self.client.request(request).await.map_err(classify)
            })
            .await?;
            let (parts, mut body) = response.into_parts();

            let max = self.limits.max_response_size;
            let declared = parts
                .headers
                .get(http::header::CONTENT_LENGTH)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok());
            if let Some(declared) = declared {
                if declared > max as u64 {
                    return Err(too_large(max, &format!("it declares {declared} bytes")));
                }
            }
            let mut collected = BytesMut::with_capacity(
                declared.map_or(0, |n| usize::try_from(n).unwrap_or(max).min(max)),
            );
            loop {
                let frame = within(
                    read_timeout,
                    "no further byte of the response body arrived",
                    async {
                        body.frame()
                            .await
                            .transpose()
                            .map_err(|e| TransportError::new(TransportErrorKind::Io, e))
                    },
                )
                .await?;
                let Some(frame) = frame else { break };
                if let Ok(data) = frame.into_data() {
                    if collected.len().saturating_add(data.len()) > max {
                        return Err(too_large(max, "the body goes on past it"));
                    }
                    collected.extend_from_slice(&data);
                }
            }
            Ok(http::Response::from_parts(parts, collected.freeze()))
        })
    }
}

/// Runs `work`, failing with a timeout error saying `what` if it takes longer than `limit`.
async fn within<T>(
    limit: Option<Duration>,
    what: &str,
    work: impl Future<Output = Result<T, TransportError>>,
) -> Result<T, TransportError> {
    match limit {
        None => work.await,
        Some(limit) => match tokio::time::timeout(limit, work).await {
            Ok(result) => result,
            Err(_elapsed) => Err(TransportError::new(
                TransportErrorKind::Timeout,
                format!("{what} within the read timeout ({limit:?})"),
            )),
        },
    }
}

fn too_large(max: usize, why: &str) -> TransportError {
    TransportError::new(
        TransportErrorKind::ResponseTooLarge,
        format!("the body is over the {max}-byte cap ({why})"),
    )
}

/// The kind of a hyper client error.
fn classify(error: hyper_util::client::legacy::Error) -> TransportError {
    let kind = if find::<ConnectTimeout>(&error).is_some() {
        TransportErrorKind::Timeout
    } else if error.is_connect() {
        TransportErrorKind::Connect
    } else if is_broken_connection(&error) {
        TransportErrorKind::Io
    } else {
        TransportErrorKind::Other
    };
    match find::<ConnectTimeout>(&error) {
        // Say it plainly rather than hyper's "client error (Connect)".
        Some(timeout) => TransportError::new(kind, *timeout),
        None => TransportError::new(kind, HyperClientError(error)),
    }
}

/// A hyper client error told by its cause: hyper-util's own text (`client error (Connect)`)
/// says no more than the [`TransportErrorKind`] does.
#[derive(Debug)]
struct HyperClientError(hyper_util::client::legacy::Error);

impl fmt::Display for HyperClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.source() {
            Some(cause) => fmt::Display::fmt(cause, f),
            None => fmt::Display::fmt(&self.0, f),
        }
    }
}

impl StdError for HyperClientError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.0.source().and_then(StdError::source)
    }
}

fn find<'a, E: StdError + 'static>(error: &'a (dyn StdError + 'static)) -> Option<&'a E> {
    let mut current = Some(error);
    while let Some(e) = current {
        if let Some(found) = e.downcast_ref::<E>() {
            return Some(found);
        }
        current = e.source();
    }
    None
}

/// A connection closed, reset or cut short: worth another attempt.
fn is_broken_connection(error: &(dyn StdError + 'static)) -> bool {
    let mut current = Some(error);
    while let Some(e) = current {
        if let Some(hyper_error) = e.downcast_ref::<hyper::Error>() {
            if hyper_error.is_incomplete_message()
                || hyper_error.is_closed()
                || hyper_error.is_canceled()
                || hyper_error.is_body_write_aborted()
            {
                return true;
            }
        }
        if e.downcast_ref::<std::io::Error>().is_some() {
            return true;
        }
        current = e.source();
    }
    false
}

/// No connection (TCP and TLS) within the connect timeout.
#[derive(Debug, Clone, Copy)]
struct ConnectTimeout(Duration);

impl fmt::Display for ConnectTimeout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "no connection within the connect timeout ({:?}, TCP connect and TLS handshake)",
            self.0
        )
    }
}

impl StdError for ConnectTimeout {}

type BoxError = Box<dyn StdError + Send + Sync>;
type Connection = MaybeHttpsStream<TokioIo<TcpStream>>;

/// The HTTPS connector with one deadline over the TCP connect and the TLS handshake (hyper's
/// own connect timeout covers only TCP).
#[derive(Clone)]
struct TimeoutConnector {
    inner: HttpsConnector<HttpConnector>,
    timeout: Option<Duration>,
}

impl tower_service::Service<Uri> for TimeoutConnector {
    type Response = Connection;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<Connection, BoxError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, uri: Uri) -> Self::Future {
        let connecting = self.inner.call(uri);
        let timeout = self.timeout;
        Box::pin(async move {
            match timeout {
                None => connecting.await,
                Some(limit) => match tokio::time::timeout(limit, connecting).await {
                    Ok(result) => result,
                    Err(_elapsed) => Err(Box::new(ConnectTimeout(limit)) as BoxError),
                },
            }
        })
    }
}
