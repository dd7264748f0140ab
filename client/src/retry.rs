//! The standard retry mode of the AWS SDKs, as pure decisions: which failures are retried,
//! how long to wait, and the retry quota that stops clients from retrying into an outage.
//! The rules are those of aws-smithy-runtime 1.16's `StandardRetryStrategy` and token bucket,
//! with the settings `BehaviorVersion::latest()` selects there (retry behavior 2.0):
//!
//! - Up to 3 attempts in all (`AWS_MAX_ATTEMPTS`).
//! - Retried: throttling codes ([`THROTTLING_ERRORS`]) and a 429 without a code (throttling);
//!   transient codes ([`TRANSIENT_ERRORS`]), the statuses 500, 502, 503 and 504, connection
//!   errors and timeouts (transient); a clock-skew code ([`CLOCK_SKEW_ERRORS`]) when the
//!   server's `Date` shows a skew over 4 minutes (see [`classify_clock_skew`]).
//! - Backoff: `random(0..1) × min(initial × 2^(attempt−1), 20 s)`, `initial` = 1 s. An
//!   `x-amz-retry-after` header (milliseconds) replaces it, capped at 20 s.
//! - Retry quota: 500 tokens shared by every client of one partition; a retry takes 5 tokens
//!   (throttling or clock skew) or 10 (transient); when a call succeeds, the tokens of its last
//!   retry come back (earlier ones do not), and a first-try success gives 1 back.
//!
//! [`RetrySpec::V2_1`] (what aws-smithy-runtime enables with `AWS_NEW_RETRIES_2026=true`, and
//! botocore 1.44's costs) charges 14 for a non-throttling retry and 5 for throttling, starts
//! non-throttling backoff at 50 ms, and holds `x-amz-retry-after` within `t..t + 5 s` of the
//! computed backoff `t`.

use std::time::Duration;

use http::{HeaderMap, StatusCode};

mod config;
mod quota;

pub use config::{RetryConfig, RetrySpec};
pub use quota::RetryQuota;

use crate::operation::ServiceError;
use crate::protocol::ErrorMetadata;

/// Error codes that mean "throttled" in any AWS service.
pub const THROTTLING_ERRORS: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];

/// Error codes that mean "try again" without throttling.
pub const TRANSIENT_ERRORS: &[&str] = &["RequestTimeout", "RequestTimeoutException"];

/// HTTP statuses retried whatever the body says.
pub const TRANSIENT_STATUS_CODES: &[u16] = &[500, 502, 503, 504];

/// Error codes that may come from a skewed client clock: retried, signed with the measured
/// offset, when the server's `Date` header shows a skew over [`CLOCK_SKEW_THRESHOLD`].
pub const CLOCK_SKEW_ERRORS: &[&str] = &[
    "InvalidSignatureException",
    "SignatureDoesNotMatch",
    "AuthFailure",
    "RequestTimeTooSkewed",
    "RequestExpired",
    "RequestInTheFuture",
    "AccessDeniedException",
];

/// A clock skew larger than this makes a clock-skew error retryable.
pub const CLOCK_SKEW_THRESHOLD: Duration = Duration::from_secs(4 * 60);

/// The response header with the server's wish for a retry delay, in milliseconds.
pub const RETRY_AFTER_HEADER: &str = "x-amz-retry-after";

/// Why a failed attempt may be retried; it sets the retry's cost and backoff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryKind {
    /// The service throttled the request.
    Throttling,
    /// A server or connection failure or a timeout that may not happen again.
    Transient,
    /// A signature refused because of a skewed clock; the retry is signed with the offset.
    ClockSkew,
}

/// Whether a service error is worth another attempt, and why.
///
/// ```
/// use aws_union_client::operation::{ErrorResponse, ServiceError, Unhandled};
/// use aws_union_client::protocol::{ErrorMetadata, Protocol};
/// use aws_union_client::retry::{classify_service_error, RetryKind};
/// use http::{HeaderMap, StatusCode};
///
/// let error = |status: u16, body: &[u8]| {
///     let headers = HeaderMap::new();
///     let meta = ErrorMetadata::read(Protocol::RestJson1, &headers, body);
///     let status = StatusCode::from_u16(status).unwrap();
///     ServiceError::<Unhandled>::from_response(&ErrorResponse {
///         operation: "UpdateProtectedQuery", meta: &meta, status, headers: &headers, body,
///     })
/// };
/// let throttled = error(400, br#"{"__type":"TooManyRequestsException"}"#);
/// assert_eq!(classify_service_error(&throttled), Some(RetryKind::Throttling));
///
/// let html_502 = error(502, b"<html/>");
/// assert_eq!(classify_service_error(&html_502), Some(RetryKind::Transient));
///
/// let conflict = error(409, br#"{"__type":"ConflictException"}"#);
/// assert_eq!(classify_service_error(&conflict), None);
/// ```
pub fn classify_service_error<E>(error: &ServiceError<E>) -> Option<RetryKind> {
    classify_metadata(error.status(), error.meta())
}

/// [`classify_service_error`] from the status and the error's metadata: the code a user of
/// the service knows (a query-compatible service's `x-amzn-query-error` code) is looked up
/// first, then the error shape's own code.
///
/// ```
/// use aws_union_client::protocol::{ErrorMetadata, Protocol};
/// use aws_union_client::retry::{classify_metadata, RetryKind};
/// use http::{HeaderMap, StatusCode};
///
/// let mut headers = HeaderMap::new();
/// headers.insert("x-amzn-query-error", "RequestThrottled;Sender".parse()?);
/// let meta = ErrorMetadata::read(Protocol::AwsJson1_0, &headers, br#"{"__type":"com.amazonaws.sqs#OverLimit"}"#);
/// assert_eq!(classify_metadata(StatusCode::BAD_REQUEST, &meta), Some(RetryKind::Throttling));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn classify_metadata(status: StatusCode, meta: &ErrorMetadata) -> Option<RetryKind> {
    let user_code = meta.user_code();
    match classify(status, user_code) {
        None if meta.code() != user_code => classify(status, meta.code()),
        kind => kind,
    }
}

/// Whether a failure with `status` and error `code` is retried, and why.
///
/// ```
/// use aws_union_client::retry::{classify, RetryKind};
/// use http::StatusCode;
///
/// assert_eq!(classify(StatusCode::BAD_REQUEST, Some("ThrottlingException")), Some(RetryKind::Throttling));
/// assert_eq!(classify(StatusCode::SERVICE_UNAVAILABLE, None), Some(RetryKind::Transient));
/// assert_eq!(classify(StatusCode::NOT_FOUND, Some("ResourceNotFoundException")), None);
/// ```
pub fn classify(status: StatusCode, code: Option<&str>) -> Option<RetryKind> {
    match code {
        Some(code) if THROTTLING_ERRORS.contains(&code) => Some(RetryKind::Throttling),
        Some(code) if TRANSIENT_ERRORS.contains(&code) => Some(RetryKind::Transient),
        None if status == StatusCode::TOO_MANY_REQUESTS => Some(RetryKind::Throttling),
        _ if TRANSIENT_STATUS_CODES.contains(&status.as_u16()) => Some(RetryKind::Transient),
        _ => None,
    }
}

/// [`RetryKind::ClockSkew`] for a clock-skew code when the measured skew (server clock minus
/// client clock, in milliseconds) is over [`CLOCK_SKEW_THRESHOLD`].
///
/// ```
/// use aws_union_client::retry::{classify_clock_skew, RetryKind};
///
/// let ten_minutes_ms = 10 * 60 * 1000;
/// assert_eq!(classify_clock_skew(Some("InvalidSignatureException"), Some(ten_minutes_ms)), Some(RetryKind::ClockSkew));
/// assert_eq!(classify_clock_skew(Some("InvalidSignatureException"), Some(2_000)), None);
/// assert_eq!(classify_clock_skew(Some("ValidationException"), Some(ten_minutes_ms)), None);
/// ```
pub fn classify_clock_skew(code: Option<&str>, skew_millis: Option<i64>) -> Option<RetryKind> {
    let code = code?;
    let skew = Duration::from_millis(skew_millis?.unsigned_abs());
    (CLOCK_SKEW_ERRORS.contains(&code) && skew > CLOCK_SKEW_THRESHOLD)
        .then_some(RetryKind::ClockSkew)
}

/// The `x-amz-retry-after` header as a delay (`None` if absent or not a whole number of
/// milliseconds).
///
/// ```
/// use aws_union_client::retry::retry_after;
/// use std::time::Duration;
///
/// let mut headers = http::HeaderMap::new();
/// headers.insert("x-amz-retry-after", "1500".parse().unwrap());
/// assert_eq!(retry_after(&headers), Some(Duration::from_millis(1500)));
/// ```
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    headers
        .get(RETRY_AFTER_HEADER)?
        .to_str()
        .ok()?
        .trim()
        .parse::<u64>()
        .ok()
        .map(Duration::from_millis)
}

#[cfg(test)]
mod tests;
