//! The standard retry mode of the AWS SDKs, as pure decisions: which failures are retried,
//! how long to wait, and the retry quota that stops a client from retrying into an outage.
//!
//! - Up to 3 attempts in all.
//! - Retried: throttling codes ([`THROTTLING_ERRORS`]), transient codes
//!   ([`TRANSIENT_ERRORS`]), the statuses 500, 502, 503 and 504, and transient connection
//!   errors and timeouts (the client classifies those).
//! - Backoff: exponential with full jitter, `random(0..1) × min(initial × 2^(attempt−1), max)`,
//!   with `initial` = 1 s and `max` = 20 s.
//! - Retry quota: 500 tokens; a retry costs 5 (10 after a timeout), a success after retries
//!   gives its cost back, a first-try success gives 1 back. An empty quota ends retrying.
//!
//! These are the constants of smithy-rs' `StandardRetryStrategy` and botocore's `standard`
//! mode.

use std::time::Duration;

use http::StatusCode;

use super::error::ServiceError;

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

/// Why a failed attempt may be retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryKind {
    /// The service throttled the request.
    Throttling,
    /// A server or connection failure that may not happen again.
    Transient,
    /// The attempt timed out (costs more retry quota).
    Timeout,
}

/// Whether a service error is worth another attempt, and why.
///
/// ```
/// use cleanrooms_runtime::protocol::retry::{classify_service_error, RetryKind};
/// use cleanrooms_runtime::protocol::parse_error;
/// use http::{HeaderMap, StatusCode};
///
/// let throttled = parse_error(
///     StatusCode::BAD_REQUEST,
///     &HeaderMap::new(),
///     br#"{"__type":"TooManyRequestsException"}"#,
/// );
/// assert_eq!(classify_service_error(&throttled), Some(RetryKind::Throttling));
///
/// let html_502 = parse_error(StatusCode::BAD_GATEWAY, &HeaderMap::new(), b"<html/>");
/// assert_eq!(classify_service_error(&html_502), Some(RetryKind::Transient));
///
/// let conflict = parse_error(
///     StatusCode::CONFLICT,
///     &HeaderMap::new(),
///     br#"{"__type":"ConflictException"}"#,
/// );
/// assert_eq!(classify_service_error(&conflict), None);
/// ```
pub fn classify_service_error(error: &ServiceError) -> Option<RetryKind> {
    classify(error.status(), error.code())
}

/// [`classify_service_error`] from the status and the error code alone.
pub fn classify(status: StatusCode, code: Option<&str>) -> Option<RetryKind> {
    match code {
        Some(code) if THROTTLING_ERRORS.contains(&code) => Some(RetryKind::Throttling),
        Some(code) if TRANSIENT_ERRORS.contains(&code) => Some(RetryKind::Transient),
        _ if TRANSIENT_STATUS_CODES.contains(&status.as_u16()) => Some(RetryKind::Transient),
        _ => None,
    }
}

/// The retry settings: attempts and backoff.
///
/// ```
/// use cleanrooms_runtime::protocol::retry::RetryConfig;
/// use std::time::Duration;
///
/// let standard = RetryConfig::standard();
/// assert_eq!(standard.max_attempts(), 3);
/// // Full jitter: the random factor (here the largest, 1.0) scales the exponential delay.
/// assert_eq!(standard.backoff(1, 1.0), Duration::from_secs(1));
/// assert_eq!(standard.backoff(2, 1.0), Duration::from_secs(2));
/// assert_eq!(standard.backoff(10, 1.0), Duration::from_secs(20));
/// assert_eq!(standard.backoff(2, 0.25), Duration::from_millis(500));
///
/// // Tests make the waits tiny.
/// let fast = RetryConfig::standard().with_initial_backoff(Duration::from_millis(1));
/// assert!(fast.backoff(2, 1.0) <= Duration::from_millis(2));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryConfig {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
}

impl Default for RetryConfig {
    fn default() -> Self {
        Self::standard()
    }
}

impl RetryConfig {
    /// The standard mode: 3 attempts, 1 s initial backoff, 20 s cap.
    pub const fn standard() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(20),
        }
    }

    /// No retries: one attempt.
    pub const fn disabled() -> Self {
        Self::standard().with_max_attempts(1)
    }

    /// Attempts in all, the first included (at least 1).
    pub const fn with_max_attempts(mut self, max_attempts: u32) -> Self {
        self.max_attempts = if max_attempts == 0 { 1 } else { max_attempts };
        self
    }

    /// The base of the exponential backoff.
    pub const fn with_initial_backoff(mut self, initial_backoff: Duration) -> Self {
        self.initial_backoff = initial_backoff;
        self
    }

    /// The longest wait between attempts.
    pub const fn with_max_backoff(mut self, max_backoff: Duration) -> Self {
        self.max_backoff = max_backoff;
        self
    }

    /// Attempts in all.
    pub const fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The base of the exponential backoff.
    pub const fn initial_backoff(&self) -> Duration {
        self.initial_backoff
    }

    /// The longest wait between attempts.
    pub const fn max_backoff(&self) -> Duration {
        self.max_backoff
    }

    /// The wait after failed attempt number `attempt` (1-based), with `jitter` in `0.0..=1.0`
    /// (a uniform random number for full jitter; values outside are clamped).
    pub fn backoff(&self, attempt: u32, jitter: f64) -> Duration {
        let exponent = attempt.saturating_sub(1).min(31);
        let exponential = self
            .initial_backoff
            .checked_mul(1u32 << exponent)
            .unwrap_or(self.max_backoff)
            .min(self.max_backoff);
        let jitter = if jitter.is_nan() {
            0.0
        } else {
            jitter.clamp(0.0, 1.0)
        };
        exponential.mul_f64(jitter)
    }
}

/// The retry quota (a token bucket shared by all calls of one client).
///
/// ```
/// use cleanrooms_runtime::protocol::retry::{RetryKind, RetryQuota};
///
/// let mut quota = RetryQuota::new(10);
/// let cost = quota.acquire(RetryKind::Transient).expect("5 of 10 tokens");
/// assert_eq!(quota.available(), 5);
/// assert_eq!(quota.acquire(RetryKind::Timeout), None); // a timeout retry costs 10
/// quota.release(cost); // the retried call succeeded
/// assert_eq!(quota.available(), 10);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryQuota {
    available: u32,
    capacity: u32,
}

impl Default for RetryQuota {
    fn default() -> Self {
        Self::new(Self::STANDARD_CAPACITY)
    }
}

impl RetryQuota {
    /// Tokens in a full standard quota.
    pub const STANDARD_CAPACITY: u32 = 500;
    /// What a retry costs.
    pub const RETRY_COST: u32 = 5;
    /// What a retry after a timeout costs.
    pub const TIMEOUT_RETRY_COST: u32 = 10;

    /// A full quota of `capacity` tokens.
    pub const fn new(capacity: u32) -> Self {
        Self {
            available: capacity,
            capacity,
        }
    }

    /// Tokens left.
    pub const fn available(&self) -> u32 {
        self.available
    }

    /// Takes the cost of one retry, or `None` if the quota cannot pay it (stop retrying).
    pub fn acquire(&mut self, kind: RetryKind) -> Option<u32> {
        let cost = match kind {
            RetryKind::Timeout => Self::TIMEOUT_RETRY_COST,
            RetryKind::Throttling | RetryKind::Transient => Self::RETRY_COST,
        };
        self.available = self.available.checked_sub(cost)?;
        Some(cost)
    }

    /// Gives back what the retries of a call that then succeeded cost.
    pub fn release(&mut self, cost: u32) {
        self.available = self.available.saturating_add(cost).min(self.capacity);
    }

    /// A call succeeded on its first attempt: one token comes back.
    pub fn reward_first_try_success(&mut self) {
        self.release(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throttling_codes_are_retried_whatever_the_status() {
        for code in THROTTLING_ERRORS {
            assert_eq!(
                classify(StatusCode::BAD_REQUEST, Some(code)),
                Some(RetryKind::Throttling),
                "{code}"
            );
        }
    }

    #[test]
    fn transient_codes_are_retried() {
        assert_eq!(
            classify(StatusCode::BAD_REQUEST, Some("RequestTimeoutException")),
            Some(RetryKind::Transient)
        );
    }

    #[test]
    fn statuses_500_502_503_504_are_retried() {
        for status in [500, 502, 503, 504] {
            let status = StatusCode::from_u16(status).unwrap();
            assert_eq!(classify(status, None), Some(RetryKind::Transient));
            assert_eq!(
                classify(status, Some("InternalServerException")),
                Some(RetryKind::Transient)
            );
        }
    }

    #[test]
    fn client_errors_are_not_retried() {
        for (status, code) in [
            (400, "ValidationException"),
            (403, "AccessDeniedException"),
            (403, "InvalidSignatureException"),
            (404, "ResourceNotFoundException"),
            (409, "ConflictException"),
            (501, "NotImplemented"),
        ] {
            let status = StatusCode::from_u16(status).unwrap();
            assert_eq!(classify(status, Some(code)), None, "{code}");
        }
    }

    #[test]
    fn backoff_is_exponential_from_one_second() {
        let config = RetryConfig::standard();
        assert_eq!(config.backoff(1, 1.0), Duration::from_secs(1));
        assert_eq!(config.backoff(2, 1.0), Duration::from_secs(2));
        assert_eq!(config.backoff(3, 1.0), Duration::from_secs(4));
    }

    #[test]
    fn backoff_is_capped_at_twenty_seconds() {
        let config = RetryConfig::standard();
        assert_eq!(config.backoff(6, 1.0), Duration::from_secs(20));
        assert_eq!(config.backoff(u32::MAX, 1.0), Duration::from_secs(20));
    }

    #[test]
    fn backoff_has_full_jitter() {
        let config = RetryConfig::standard();
        assert_eq!(config.backoff(3, 0.0), Duration::ZERO);
        assert_eq!(config.backoff(3, 0.5), Duration::from_secs(2));
        assert_eq!(config.backoff(3, 7.0), Duration::from_secs(4));
        assert_eq!(config.backoff(3, f64::NAN), Duration::ZERO);
    }

    #[test]
    fn at_least_one_attempt_is_made() {
        assert_eq!(
            RetryConfig::standard().with_max_attempts(0).max_attempts(),
            1
        );
        assert_eq!(RetryConfig::disabled().max_attempts(), 1);
    }

    #[test]
    fn retry_quota_runs_out_and_refills_on_success() {
        let mut quota = RetryQuota::default();
        let mut spent = Vec::new();
        while let Some(cost) = quota.acquire(RetryKind::Throttling) {
            spent.push(cost);
        }
        assert_eq!(spent.len(), 100);
        assert_eq!(quota.acquire(RetryKind::Transient), None);
        quota.release(spent[0]);
        assert_eq!(quota.available(), 5);
        quota.reward_first_try_success();
        assert_eq!(quota.available(), 6);
        for _ in 0..1000 {
            quota.reward_first_try_success();
        }
        assert_eq!(quota.available(), RetryQuota::STANDARD_CAPACITY);
    }
}
