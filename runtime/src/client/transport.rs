//! How a signed request reaches the service: the [`Transport`] trait and its default,
//! [`HyperTransport`] (hyper 1 over HTTPS with rustls and the `ring` provider).

use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client as HyperClient;
use hyper_util::rt::TokioExecutor;

/// The future a [`Transport`] returns.
pub type TransportFuture<'a> =
    Pin<Box<dyn Future<Output = Result<http::Response<Bytes>, TransportError>> + Send + 'a>>;

/// Sends one HTTP request and reads the whole response. The client calls it once per attempt,
/// with a request already signed; timeouts and retries are the client's business.
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
    /// The attempt took longer than the attempt timeout: retried.
    Timeout,
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
            TransportErrorKind::Timeout => "the attempt timed out",
            TransportErrorKind::Other => "the request could not be sent",
        };
        write!(f, "{what}: {}", self.source)?;
        // hyper's errors say the most in their sources ("connection refused", …).
        let mut source = self.source.source();
        while let Some(cause) = source {
            write!(f, ": {cause}")?;
            source = cause.source();
        }
        Ok(())
    }
}

impl StdError for TransportError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        Some(&*self.source)
    }
}

/// The default transport: a pooled hyper 1 client over HTTPS (rustls, `ring`, the platform's
/// root certificates) that also speaks plain HTTP for local endpoints.
///
/// ```no_run
/// use cleanrooms_runtime::client::HyperTransport;
/// use std::time::Duration;
///
/// let transport = HyperTransport::new(Some(Duration::from_secs(3)))?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct HyperTransport {
    client: HyperClient<HttpsConnector<HttpConnector>, Full<Bytes>>,
    /// Why the platform's root certificates could not be loaded, if they could not: plain
    /// HTTP still works, HTTPS requests fail with this.
    roots_error: Option<Arc<str>>,
}

impl fmt::Debug for HyperTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HyperTransport").finish_non_exhaustive()
    }
}

impl HyperTransport {
    /// A transport with the given connect timeout.
    ///
    /// If the platform's root certificates cannot be loaded, plain `http://` endpoints still
    /// work and each `https://` request fails with a [`TransportErrorKind::Connect`] error
    /// saying why.
    ///
    /// # Errors
    ///
    /// If rustls cannot be set up with the `ring` provider (not expected).
    pub fn new(connect_timeout: Option<Duration>) -> Result<Self, rustls::Error> {
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_nodelay(true);
        http.set_connect_timeout(connect_timeout);

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
        let client = HyperClient::builder(TokioExecutor::new()).build(https);
        Ok(Self {
            client,
            roots_error,
        })
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
            let response = self.client.request(request).await.map_err(|e| {
                let kind = if e.is_connect() {
                    TransportErrorKind::Connect
                } else if is_broken_connection(&e) {
                    TransportErrorKind::Io
                } else {
                    TransportErrorKind::Other
                };
                TransportError::new(kind, e)
            })?;
            let (parts, body) = response.into_parts();
            let body = body
                .collect()
                .await
                .map_err(|e| TransportError::new(TransportErrorKind::Io, e))?
                .to_bytes();
            Ok(http::Response::from_parts(parts, body))
        })
    }
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
