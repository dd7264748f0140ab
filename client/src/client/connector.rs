//! Connecting: the HTTPS connector with one deadline over the TCP connect and the TLS
//! handshake together (hyper's own connect timeout covers only TCP).

use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use http::Uri;
use hyper_rustls::{HttpsConnector, MaybeHttpsStream};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

/// No connection (TCP and TLS) within the connect timeout.
#[derive(Debug, Clone, Copy)]
pub(super) struct ConnectTimeout(pub(super) Duration);

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
pub(super) struct TimeoutConnector {
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

impl TimeoutConnector {
    /// HTTPS with rustls (`ring`, trusting `roots`) or plain HTTP, TCP without Nagle's delay.
    pub(super) fn new(
        roots: rustls::RootCertStore,
        timeout: Option<Duration>,
    ) -> Result<Self, rustls::Error> {
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_nodelay(true);
        let tls = rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(
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
        Ok(Self {
            inner: https,
            timeout,
        })
    }
}
