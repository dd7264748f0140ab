//! The default transport: hyper 1 over HTTPS (rustls with the `ring` provider) within its
//! [`TransportLimits`]. An attempt has two phases, each watched for progress
//! ([`TransferWatch`]): sending the request and waiting for the response's headers, then
//! reading the body, which is capped in size.

use std::error::Error as StdError;
use std::fmt;
use std::pin::pin;
use std::sync::{Arc, PoisonError};
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper_util::client::legacy::Client as HyperClient;
use hyper_util::rt::{TokioExecutor, TokioTimer};

use super::connector::{ConnectTimeout, TimeoutConnector};
use super::error_chain::ToldByCause;
use super::limits::TransportLimits;
use super::transfer_watch::{Expired, TransferWatch};
use super::transport::{Transport, TransportError, TransportErrorKind, TransportFuture};
use super::upload_body::{Upload, UploadBody};

/// The default transport: a pooled hyper 1 client over HTTPS (rustls, `ring`, the platform's
/// root certificates) that also speaks plain HTTP for local endpoints, within
/// [`TransportLimits`]: idle connections are closed after the pool's idle timeout, and a body
/// that stops or drips ends the attempt (the read timeout and stalled-stream protection).
///
/// ```no_run
/// use aws_union_client::{HyperTransport, TransportLimits};
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
    client: HyperClient<TimeoutConnector, UploadBody>,
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
    /// A transport with the given connect timeout and the other limits' defaults.
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
    /// use aws_union_client::{HyperTransport, TransportLimits};
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
        let connector = TimeoutConnector::new(roots, limits.connect_timeout())?;
        // Without a timer the pool closes idle connections only when it is next used.
        let client = HyperClient::builder(TokioExecutor::new())
            .pool_timer(TokioTimer::new())
            .pool_idle_timeout(limits.pool_idle_timeout())
            .build(connector);
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
        Box::pin(async move {
            if let Some(why) = no_roots {
                return Err(TransportError::new(TransportErrorKind::Connect, why));
            }
            let response = self.exchange(request).await?;
            let (parts, body) = response.into_parts();
            let body = self.read_body(&parts.headers, body).await?;
            Ok(http::Response::from_parts(parts, body))
        })
    }
}

impl HyperTransport {
    /// Sends the request and waits for the response's headers, while the connection keeps
    /// taking the body (or has taken it) and the response comes within the read timeout.
    async fn exchange(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Incoming>, TransportError> {
        let limits = &self.limits;
        let upload = Upload::new(
            Instant::now(),
            limits.read_timeout(),
            limits.stalled_stream_protection(),
            request.body().is_empty(),
        );
        let request = request.map(|body| UploadBody::new(Bytes::from(body), upload.clone()));
        let mut response = pin!(self.client.request(request));
        loop {
            let lock = || upload.lock().unwrap_or_else(PoisonError::into_inner);
            let Some(deadline) = lock().deadline(Instant::now()) else {
                return response.await.map_err(classify);
            };
            match tokio::time::timeout_at(deadline.into(), &mut response).await {
                Ok(result) => return result.map_err(classify),
                Err(_deadline) => {
                    let mut upload = lock();
                    upload.check(Instant::now()).map_err(|expired| {
                        // Not sent: still connecting, or the body not all taken.
                        let what = if upload.sent() {
                            "the response headers did not arrive"
                        } else {
                            "the request was not sent"
                        };
                        ended(what, "request body", expired)
                    })?;
                }
            }
        }
    }

    /// Reads the whole body, within the size cap, while it keeps coming within the read
    /// timeout and fast enough.
    async fn read_body(
        &self,
        headers: &http::HeaderMap,
        mut body: Incoming,
    ) -> Result<Bytes, TransportError> {
        let max = self.limits.max_response_size();
        let declared = headers
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
        let started = Instant::now();
        let mut watch = TransferWatch::new(started, self.limits.read_timeout());
        let protection = self.limits.stalled_stream_protection();
        if protection.download_enabled() {
            watch.watch_throughput(&protection, started);
        }
        loop {
            let frame = match watch.deadline(Instant::now()) {
                None => body.frame().await,
                // `frame()` only polls the body, so dropping it at the deadline loses nothing.
                Some(deadline) => {
                    match tokio::time::timeout_at(deadline.into(), body.frame()).await {
                        Ok(frame) => frame,
                        Err(_deadline) => {
                            watch.check(Instant::now()).map_err(|expired| {
                                ended(
                                    "no further byte of the response body arrived",
                                    "response body",
                                    expired,
                                )
                            })?;
                            continue;
                        }
                    }
                }
            };
            let Some(frame) = frame else { break };
            let frame = frame.map_err(|e| TransportError::new(TransportErrorKind::Io, e))?;
            if let Ok(data) = frame.into_data() {
                if collected.len().saturating_add(data.len()) > max {
                    return Err(too_large(max, "the body goes on past it"));
                }
                watch.progress(Instant::now(), data.len());
                collected.extend_from_slice(&data);
            }
        }
        Ok(collected.freeze())
    }
}

/// The timeout error of a phase that ended: `silent` says what did not come within the read
/// timeout; `body` names the body too slow for the stalled-stream protection.
fn ended(silent: &str, body: &str, expired: Expired) -> TransportError {
    let message = match expired {
        Expired::Silent(limit) => format!("{silent} within the read timeout ({limit:?})"),
        Expired::Stalled(stall) => format!("the {body} stalled: {stall}"),
    };
    TransportError::new(TransportErrorKind::Timeout, message)
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
        // hyper-util's own text (`client error (Connect)`) says no more than the kind does.
        None => TransportError::new(kind, ToldByCause(error)),
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
