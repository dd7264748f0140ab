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
        None if status == StatusCode::TOO_MANY_REQUESTS => Some(RetryKind::Throttling),
        _ if TRANSIENT_STATUS_CODES.contains(&status.as_u16()) => Some(RetryKind::Transient),
        _ => None,
    }
}

/// [`RetryKind::ClockSkew`] for a clock-skew code when the measured skew (server clock minus
/// client clock, in milliseconds) is over [`CLOCK_SKEW_THRESHOLD`].
///
/// ```
/// use cleanrooms_runtime::protocol::retry::{classify_clock_skew, RetryKind};
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
/// use cleanrooms_runtime::protocol::retry::retry_after;
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

/// Which revision of the standard retry rules: costs, backoff start and `x-amz-retry-after`
/// handling differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum RetrySpec {
    /// Retry behavior 2.0, what aws-smithy-runtime 1.16 uses with `BehaviorVersion::latest()`:
    /// costs 5 / 10 (transient) / 5 (throttling); one initial backoff; `x-amz-retry-after`
    /// capped at the maximum backoff.
    #[default]
    V2_0,
    /// Retry behavior 2.1 (`AWS_NEW_RETRIES_2026=true` in aws-config; botocore 1.44's costs):
    /// costs 14 / 14 / 5 (throttling); non-throttling backoff from 50 ms; `x-amz-retry-after`
    /// held within `t..t + 5 s` of the computed backoff `t`.
    V2_1,
}

/// The retry settings: attempts, backoff, and the rule revision.
///
/// ```
/// use cleanrooms_runtime::protocol::retry::{RetryConfig, RetryKind};
/// use std::time::Duration;
///
/// let standard = RetryConfig::standard();
/// assert_eq!(standard.max_attempts(), 3);
/// // Full jitter: the random factor (here the largest, 1.0) scales the exponential delay.
/// assert_eq!(standard.backoff(1, 1.0), Duration::from_secs(1));
/// assert_eq!(standard.backoff(2, 1.0), Duration::from_secs(2));
/// assert_eq!(standard.backoff(10, 1.0), Duration::from_secs(20));
/// assert_eq!(standard.backoff(2, 0.25), Duration::from_millis(500));
/// // The server's x-amz-retry-after wins, within the cap.
/// let wish = Some(Duration::from_millis(1500));
/// assert_eq!(standard.delay(RetryKind::Throttling, 1, 0.1, wish), Duration::from_millis(1500));
///
/// // Tests make the waits tiny.
/// let fast = RetryConfig::standard().with_initial_backoff(Duration::from_millis(1));
/// assert!(fast.backoff(2, 1.0) <= Duration::from_millis(2));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryConfig {
    max_attempts: u32,
    initial_backoff: Duration,
    non_throttling_initial_backoff: Duration,
    max_backoff: Duration,
    spec: RetrySpec,
}

impl Default for RetryConfig {
    fn default() -> Self {
        Self::standard()
    }
}

impl RetryConfig {
    /// The standard mode: 3 attempts, 1 s initial backoff, 20 s cap, retry behavior 2.0.
    pub const fn standard() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_secs(1),
            non_throttling_initial_backoff: Duration::from_millis(50),
            max_backoff: Duration::from_secs(20),
            spec: RetrySpec::V2_0,
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

    /// The base of the exponential backoff (for every retry under 2.0, for throttling under
    /// 2.1).
    pub const fn with_initial_backoff(mut self, initial_backoff: Duration) -> Self {
        self.initial_backoff = initial_backoff;
        self
    }

    /// The base of the backoff after a non-throttling error under [`RetrySpec::V2_1`] (50 ms
    /// unless set).
    pub const fn with_non_throttling_initial_backoff(mut self, backoff: Duration) -> Self {
        self.non_throttling_initial_backoff = backoff;
        self
    }

    /// The longest wait between attempts.
    pub const fn with_max_backoff(mut self, max_backoff: Duration) -> Self {
        self.max_backoff = max_backoff;
        self
    }

    /// The rule revision ([`RetrySpec::V2_0`] unless set).
    pub const fn with_spec(mut self, spec: RetrySpec) -> Self {
        self.spec = spec;
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

    /// The rule revision.
    pub const fn spec(&self) -> RetrySpec {
        self.spec
    }

    /// The wait after failed attempt number `attempt` (1-based) from the initial backoff, with
    /// `jitter` in `0.0..=1.0` (a uniform random number for full jitter; values outside are
    /// clamped).
    pub fn backoff(&self, attempt: u32, jitter: f64) -> Duration {
        exponential(self.initial_backoff, self.max_backoff, attempt, jitter)
    }

    /// The wait before retrying an error of `kind` after attempt number `attempt`, given the
    /// response's `x-amz-retry-after` (see [`retry_after`]).
    pub fn delay(
        &self,
        kind: RetryKind,
        attempt: u32,
        jitter: f64,
        retry_after: Option<Duration>,
    ) -> Duration {
        let initial = match (self.spec, kind) {
            (RetrySpec::V2_1, RetryKind::Transient | RetryKind::ClockSkew) => {
                self.non_throttling_initial_backoff
            }
            _ => self.initial_backoff,
        };
        let computed = exponential(initial, self.max_backoff, attempt, jitter);
        match (retry_after, self.spec) {
            (None, _) => computed,
            (Some(wish), RetrySpec::V2_0) => wish.min(self.max_backoff),
            (Some(wish), RetrySpec::V2_1) => {
                wish.clamp(computed, computed.saturating_add(Duration::from_secs(5)))
            }
        }
    }

    /// The retry quota tokens a retry of `kind` takes.
    ///
    /// ```
    /// use cleanrooms_runtime::protocol::retry::{RetryConfig, RetryKind, RetrySpec};
    ///
    /// let legacy = RetryConfig::standard();
    /// assert_eq!(legacy.retry_cost(RetryKind::Throttling), 5);
    /// assert_eq!(legacy.retry_cost(RetryKind::Transient), 10);
    /// let new = RetryConfig::standard().with_spec(RetrySpec::V2_1);
    /// assert_eq!(new.retry_cost(RetryKind::Transient), 14);
    /// ```
    pub const fn retry_cost(&self, kind: RetryKind) -> u32 {
        match (self.spec, kind) {
            (_, RetryKind::Throttling) => 5,
            (RetrySpec::V2_0, RetryKind::Transient) => 10,
            (RetrySpec::V2_0, RetryKind::ClockSkew) => 5,
            (RetrySpec::V2_1, _) => 14,
        }
    }
}

fn exponential(initial: Duration, max: Duration, attempt: u32, jitter: f64) -> Duration {
    let exponent = attempt.saturating_sub(1).min(31);
    let exponential = initial
        .checked_mul(1u32 << exponent)
        .unwrap_or(max)
        .min(max);
    let jitter = if jitter.is_nan() {
        0.0
    } else {
        jitter.clamp(0.0, 1.0)
    };
    exponential.mul_f64(jitter)
}

/// A retry quota: a token bucket shared by the calls of every client in one retry partition.
///
/// ```
/// use cleanrooms_runtime::protocol::retry::RetryQuota;
///
/// let mut quota = RetryQuota::new(10);
/// assert!(quota.acquire(5));
/// assert_eq!(quota.available(), 5);
/// assert!(!quota.acquire(10)); // not enough left: stop retrying
/// quota.release(5); // the retried call succeeded: its last retry's tokens come back
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

    /// Takes `cost` tokens for one retry; `false` (and nothing taken) if the quota cannot pay
    /// it: stop retrying.
    pub fn acquire(&mut self, cost: u32) -> bool {
        match self.available.checked_sub(cost) {
            Some(left) => {
                self.available = left;
                true
            }
            None => false,
        }
    }

    /// Gives back `cost` tokens, up to the capacity.
    pub fn release(&mut self, cost: u32) {
        self.available = self.available.saturating_add(cost).min(self.capacity);
    }

    /// A call succeeded on its first attempt: one token comes back.
    pub fn reward_first_try_success(&mut self) {
        self.release(1);
    }
}

#[cfg(test)]
#[path = "retry_tests.rs"]
mod tests;
