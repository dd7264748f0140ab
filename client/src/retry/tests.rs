//! The unit tests of `retry`: one per rule.

use std::time::Duration;

use http::StatusCode;

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
fn a_429_without_a_code_is_throttling() {
    assert_eq!(
        classify(StatusCode::TOO_MANY_REQUESTS, None),
        Some(RetryKind::Throttling)
    );
    assert_eq!(
        classify(StatusCode::TOO_MANY_REQUESTS, Some("SomethingElse")),
        None
    );
}

#[test]
fn retry_after_is_capped_at_the_max_backoff_under_2_0() {
    let config = RetryConfig::standard();
    let wish = Some(Duration::from_secs(60));
    assert_eq!(
        config.delay(RetryKind::Throttling, 1, 0.5, wish),
        Duration::from_secs(20)
    );
    assert_eq!(
        config.delay(RetryKind::Transient, 1, 0.5, Some(Duration::ZERO)),
        Duration::ZERO
    );
}

#[test]
fn retry_after_is_held_within_five_seconds_over_the_backoff_under_2_1() {
    let config = RetryConfig::standard().with_spec(RetrySpec::V2_1);
    // Throttling: 1 s base, jitter 1.0 → t = 1 s.
    let t = Duration::from_secs(1);
    let at = |wish| config.delay(RetryKind::Throttling, 1, 1.0, Some(wish));
    assert_eq!(at(Duration::from_millis(10)), t);
    assert_eq!(at(Duration::from_secs(3)), Duration::from_secs(3));
    assert_eq!(at(Duration::from_secs(60)), t + Duration::from_secs(5));
}

#[test]
fn non_throttling_backoff_starts_at_50_ms_under_2_1_only() {
    let v2_1 = RetryConfig::standard().with_spec(RetrySpec::V2_1);
    assert_eq!(
        v2_1.delay(RetryKind::Transient, 1, 1.0, None),
        Duration::from_millis(50)
    );
    assert_eq!(
        v2_1.delay(RetryKind::Throttling, 1, 1.0, None),
        Duration::from_secs(1)
    );
    assert_eq!(
        RetryConfig::standard().delay(RetryKind::Transient, 1, 1.0, None),
        Duration::from_secs(1)
    );
}

#[test]
fn retry_costs_are_5_10_5_under_2_0_and_14_14_5_under_2_1() {
    let v2_0 = RetryConfig::standard();
    let v2_1 = v2_0.with_spec(RetrySpec::V2_1);
    let costs = |c: RetryConfig| {
        [
            RetryKind::ClockSkew,
            RetryKind::Transient,
            RetryKind::Throttling,
        ]
        .map(|k| c.retry_cost(k))
    };
    assert_eq!(costs(v2_0), [5, 10, 5]);
    assert_eq!(costs(v2_1), [14, 14, 5]);
}

#[test]
fn retry_quota_runs_out_and_refills_on_success() {
    let mut quota = RetryQuota::default();
    let mut spent = 0;
    while quota.acquire(5) {
        spent += 1;
    }
    assert_eq!(spent, 100);
    assert!(!quota.acquire(5));
    quota.release(5);
    assert_eq!(quota.available(), 5);
    quota.reward_first_try_success();
    assert_eq!(quota.available(), 6);
    for _ in 0..1000 {
        quota.reward_first_try_success();
    }
    assert_eq!(quota.available(), RetryQuota::STANDARD_CAPACITY);
}
