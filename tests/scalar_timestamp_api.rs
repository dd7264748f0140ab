//! `Timestamp` and `TimestampFormat` in a user's hands: constructors, the current instant,
//! moving by a `Duration`, the distance between two instants, and the format names; one test
//! per rule.

use std::time::{Duration, SystemTime};

use aws_union::{Timestamp, TimestampFormat};

fn secs(secs: i64) -> Timestamp {
    Timestamp::from_secs(secs).unwrap()
}

fn at(secs: i64, nanos: u32) -> Timestamp {
    Timestamp::from_secs_and_nanos(secs, nanos).unwrap()
}

#[test]
fn from_millis_counts_milliseconds_from_the_epoch_either_way() {
    let t = Timestamp::from_millis(-1).unwrap();
    assert_eq!((t.secs(), t.subsec_nanos()), (-1, 999_000_000));
    let t = Timestamp::from_millis(1_700_000_000_123).unwrap();
    assert_eq!((t.secs(), t.subsec_nanos()), (1_700_000_000, 123_000_000));
    assert_eq!(t.epoch_millis(), 1_700_000_000_123);
    let err = Timestamp::from_millis(i64::MAX).unwrap_err();
    assert!(err.to_string().contains("out of range"), "{err}");
}

#[test]
#[allow(deprecated)]
fn the_former_name_from_epoch_millis_is_the_same_constructor() {
    for millis in [-1_500, 0, 1_700_000_000_123] {
        assert_eq!(
            Timestamp::from_epoch_millis(millis),
            Timestamp::from_millis(millis)
        );
    }
    assert!(Timestamp::from_epoch_millis(i64::MIN).is_err());
}

#[test]
fn now_is_the_system_clock_between_two_readings_of_it() {
    let before = Timestamp::try_from(SystemTime::now()).unwrap();
    let now = Timestamp::now();
    let after = Timestamp::try_from(SystemTime::now()).unwrap();
    assert!(before <= now && now <= after, "{before} {now} {after}");
}

#[test]
fn adding_a_duration_moves_later_keeping_nanoseconds() {
    let t = at(1_700_000_000, 900_000_000) + Duration::new(1, 100_000_001);
    assert_eq!(t, at(1_700_000_002, 1));
    assert_eq!(secs(0) + Duration::ZERO, secs(0));
}

#[test]
fn subtracting_a_duration_moves_earlier_across_the_epoch() {
    let t = secs(1) - Duration::from_millis(2_500);
    assert_eq!((t.secs(), t.subsec_nanos()), (-2, 500_000_000));
    assert_eq!(t.to_string(), "1969-12-31T23:59:58.500Z");
}

#[test]
fn add_assign_and_sub_assign_move_in_place() {
    let mut t = secs(10);
    t += Duration::from_nanos(1);
    assert_eq!(t, at(10, 1));
    t -= Duration::from_secs(20);
    assert_eq!(t, at(-10, 1));
}

#[test]
fn checked_add_and_checked_sub_give_none_outside_the_range() {
    assert_eq!(Timestamp::MAX.checked_add(Duration::from_nanos(1)), None);
    assert_eq!(Timestamp::MIN.checked_sub(Duration::from_nanos(1)), None);
    assert_eq!(secs(0).checked_add(Duration::MAX), None);
    assert_eq!(secs(0).checked_sub(Duration::MAX), None);
    let span = Timestamp::MAX
        .checked_duration_since(Timestamp::MIN)
        .unwrap();
    assert_eq!(Timestamp::MIN.checked_add(span), Some(Timestamp::MAX));
    assert_eq!(Timestamp::MAX.checked_sub(span), Some(Timestamp::MIN));
}

#[test]
#[should_panic(expected = "overflow when adding a duration to a timestamp")]
fn adding_past_the_range_panics_as_system_time_does() {
    let _ = Timestamp::MAX + Duration::from_secs(1);
}

#[test]
#[should_panic(expected = "overflow when subtracting a duration from a timestamp")]
fn subtracting_before_the_range_panics_as_system_time_does() {
    let _ = Timestamp::MIN - Duration::from_secs(1);
}

#[test]
fn checked_duration_since_is_the_distance_from_an_earlier_instant_or_none() {
    let start = at(-1, 999_999_999);
    let end = at(1, 1);
    assert_eq!(end.checked_duration_since(start), Some(Duration::new(1, 2)));
    assert_eq!(start.checked_duration_since(end), None);
    assert_eq!(end.checked_duration_since(end), Some(Duration::ZERO));
}

#[test]
fn the_distance_across_the_whole_range_fits_a_duration() {
    let span = Timestamp::MAX.checked_duration_since(Timestamp::MIN);
    // 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z.
    assert_eq!(
        span,
        Some(Duration::new(253_402_300_799 + 62_135_596_800, 999_999_999))
    );
}

#[test]
fn timestamp_format_parses_smithy_names() {
    assert_eq!("epoch-seconds".parse(), Ok(TimestampFormat::EpochSeconds));
    assert_eq!("date-time".parse(), Ok(TimestampFormat::DateTime));
    assert_eq!("http-date".parse(), Ok(TimestampFormat::HttpDate));
}

#[test]
fn timestamp_format_parses_the_names_botocore_models_use() {
    assert_eq!("unixTimestamp".parse(), Ok(TimestampFormat::EpochSeconds));
    assert_eq!("iso8601".parse(), Ok(TimestampFormat::DateTime));
    assert_eq!("rfc822".parse(), Ok(TimestampFormat::HttpDate));
}

#[test]
fn timestamp_format_displays_its_smithy_name_which_parses_back() {
    for format in [
        TimestampFormat::EpochSeconds,
        TimestampFormat::DateTime,
        TimestampFormat::HttpDate,
    ] {
        let name = format.to_string();
        assert_eq!(name, format.as_str());
        assert_eq!(name.parse(), Ok(format));
    }
}

#[test]
fn an_unknown_timestamp_format_name_is_an_error_naming_it_and_the_accepted_names() {
    for text in [
        "",
        "ISO8601",
        " iso8601",
        "rfc3339",
        "epoch_seconds",
        "unixtimestamp",
    ] {
        let err = text.parse::<TimestampFormat>().unwrap_err();
        let message = err.to_string();
        assert!(
            message.starts_with(&format!("unknown timestamp format `{text}`: expected")),
            "{message}"
        );
        for name in [
            "epoch-seconds",
            "date-time",
            "http-date",
            "unixTimestamp",
            "iso8601",
            "rfc822",
        ] {
            assert!(message.contains(&format!("`{name}`")), "{message}");
        }
        let _: &dyn std::error::Error = &err;
    }
}

proptest::proptest! {
    #[test]
    fn adding_then_subtracting_a_duration_gives_the_instant_back(
        secs in -62_135_596_800i64..=253_402_300_799,
        nanos in 0u32..1_000_000_000,
        by_secs in 0u64..400_000_000_000,
        by_nanos in 0u32..1_000_000_000,
    ) {
        let t = at(secs, nanos);
        let by = Duration::new(by_secs, by_nanos);
        match t.checked_add(by) {
            Some(later) => {
                proptest::prop_assert_eq!(later.checked_sub(by), Some(t));
                proptest::prop_assert_eq!(later.checked_duration_since(t), Some(by));
            }
            None => proptest::prop_assert!(Timestamp::MAX.checked_duration_since(t) < Some(by)),
        }
    }
}
