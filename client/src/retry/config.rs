//! [`RetryConfig`]: attempts, backoff and the rule revision, as pure arithmetic.

use std::time::Duration;

use super::RetryKind;

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
/// use aws_union_client::retry::{RetryConfig, RetryKind};
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
    /// response's `x-amz-retry-after` (see [`retry_after`](super::retry_after)).
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
    /// use aws_union_client::retry::{RetryConfig, RetryKind, RetrySpec};
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
