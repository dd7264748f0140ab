//! The limits of the default transport, and their defaults: how long to wait, how slow a body
//! may be, how much to read, how long to keep an idle connection.

use std::time::Duration;

use super::stalled_stream::StalledStreamProtection;

/// The connect timeout unless set: TCP connect and TLS handshake together, the AWS SDK for
/// Rust's default.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_millis(3100);
/// The read timeout unless set: the longest wait with nothing moving (the request body taken,
/// the headers, each piece of the response body), botocore's default.
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(60);
/// The response size cap unless set: 10 MiB, far above any `UpdateProtectedQuery` response.
pub const DEFAULT_MAX_RESPONSE_SIZE: usize = 10 << 20;
/// How long a connection may sit idle in the pool before it is closed, unless set: hyper's and
/// aws-sdk-rust's 90 s.
pub const DEFAULT_POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(90);

/// The limits of a [`HyperTransport`](super::HyperTransport): how long to wait, how slow a
/// body may be, how much to read, and how long to keep an idle connection.
///
/// ```
/// use aws_union_client::client::{StalledStreamProtection, TransportLimits, DEFAULT_READ_TIMEOUT};
/// use std::time::Duration;
///
/// let limits = TransportLimits::default().with_connect_timeout(Duration::from_secs(1));
/// assert_eq!(limits.connect_timeout(), Some(Duration::from_secs(1)));
/// assert_eq!(limits.read_timeout(), Some(DEFAULT_READ_TIMEOUT));
/// assert_eq!(limits.max_response_size(), 10 * 1024 * 1024);
/// assert_eq!(limits.stalled_stream_protection(), StalledStreamProtection::enabled());
/// assert_eq!(limits.pool_idle_timeout(), Some(Duration::from_secs(90)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TransportLimits {
    connect_timeout: Option<Duration>,
    read_timeout: Option<Duration>,
    max_response_size: usize,
    stalled_stream: StalledStreamProtection,
    pool_idle_timeout: Option<Duration>,
}

impl Default for TransportLimits {
    fn default() -> Self {
        Self {
            connect_timeout: Some(DEFAULT_CONNECT_TIMEOUT),
            read_timeout: Some(DEFAULT_READ_TIMEOUT),
            max_response_size: DEFAULT_MAX_RESPONSE_SIZE,
            stalled_stream: StalledStreamProtection::enabled(),
            pool_idle_timeout: Some(DEFAULT_POOL_IDLE_TIMEOUT),
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

    /// How long to wait with nothing moving (`None`: no limit): from when the request is handed
    /// to the connection or the connection last took a piece of its body, for the response's
    /// headers, then for each piece of the response body.
    pub fn with_read_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.read_timeout = timeout.into();
        self
    }

    /// The largest response body read, in bytes.
    pub fn with_max_response_size(mut self, bytes: usize) -> Self {
        self.max_response_size = bytes;
        self
    }

    /// How slow a body may be ([`StalledStreamProtection::enabled`] unless set).
    pub fn with_stalled_stream_protection(mut self, protection: StalledStreamProtection) -> Self {
        self.stalled_stream = protection;
        self
    }

    /// How long an idle connection stays in the pool (`None`: until the server closes it).
    pub fn with_pool_idle_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.pool_idle_timeout = timeout.into();
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

    /// The stalled-stream protection.
    pub fn stalled_stream_protection(&self) -> StalledStreamProtection {
        self.stalled_stream
    }

    /// The pool's idle timeout.
    pub fn pool_idle_timeout(&self) -> Option<Duration> {
        self.pool_idle_timeout
    }
}
