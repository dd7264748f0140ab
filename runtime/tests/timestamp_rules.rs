//! restJson1 timestamps: every form botocore reads, written back as epoch seconds.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use cleanrooms_runtime::model::Timestamp;

fn read(json: &str) -> Timestamp {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{json} should read: {e}"))
}

fn read_err(json: &str) -> String {
    match serde_json::from_str::<Timestamp>(json) {
        Ok(t) => panic!("{json} should not read, got {t:?}"),
        Err(e) => e.to_string(),
    }
}

fn write(t: Timestamp) -> String {
    serde_json::to_string(&t).expect("a timestamp always writes")
}

const NOV_14_2023: i64 = 1_700_000_000;

#[test]
fn timestamp_accepts_integer_epoch_seconds() {
    assert_eq!(read("1700000000").secs(), NOV_14_2023);
    assert_eq!(read("0"), Timestamp::UNIX_EPOCH);
    assert_eq!(read("-86400").secs(), -86_400);
}

#[test]
fn timestamp_accepts_fractional_epoch_seconds() {
    let t = read("1700000000.123");
    assert_eq!((t.secs(), t.subsec_nanos()), (NOV_14_2023, 123_000_000));
    let before_epoch = read("-1.5");
    assert_eq!(
        (before_epoch.secs(), before_epoch.subsec_nanos()),
        (-2, 500_000_000)
    );
}

#[test]
fn timestamp_accepts_exponent_epoch_seconds() {
    assert_eq!(read("1.700000000123E9").epoch_millis(), 1_700_000_000_123);
    assert_eq!(read("1.7e9").secs(), NOV_14_2023);
    assert_eq!(read("17000000000E-1").secs(), NOV_14_2023);
}

#[test]
fn timestamp_rounds_fractions_to_the_microsecond_like_python() {
    // Python: datetime.fromtimestamp(1700000000.1234567).microsecond == 123457
    assert_eq!(read("1700000000.1234567").subsec_nanos(), 123_457_000);
    // The double nearest 1.700000000123E9 is a hair below .123; rounding recovers it.
    assert_eq!(read("1700000000.123").subsec_nanos(), 123_000_000);
}

#[test]
fn timestamp_accepts_epoch_seconds_in_a_string() {
    assert_eq!(read(r#""1700000000""#).secs(), NOV_14_2023);
    assert_eq!(read(r#""1700000000.5""#).subsec_nanos(), 500_000_000);
    assert_eq!(read(r#""1.7E9""#).secs(), NOV_14_2023);
}

#[test]
fn timestamp_accepts_rfc3339_strings() {
    let cases = [
        (r#""2023-11-14T22:13:20Z""#, 0),
        (r#""2023-11-14T22:13:20.123Z""#, 123_000_000),
        (r#""2023-11-14T22:13:20.123456789Z""#, 123_456_789),
        (r#""2023-11-14T22:13:20+00:00""#, 0),
        (r#""2023-11-15T03:43:20.5+05:30""#, 500_000_000),
        (r#""2023-11-14T14:13:20-08:00""#, 0),
    ];
    for (json, nanos) in cases {
        let t = read(json);
        assert_eq!((t.secs(), t.subsec_nanos()), (NOV_14_2023, nanos), "{json}");
    }
}

#[test]
fn timestamp_accepts_the_iso8601_variants_botocore_accepts() {
    let cases = [
        r#""2023-11-14t22:13:20z""#,
        r#""2023-11-14 22:13:20Z""#,
        r#""2023-11-14T22:13:20,000Z""#,
        r#""2023-11-15T03:43:20+0530""#,
        r#""2023-11-15T03:13:20+05""#,
    ];
    for json in cases {
        assert_eq!(read(json).secs(), NOV_14_2023, "{json}");
    }
    assert_eq!(read(r#""2023-11-14T22:13Z""#).secs(), NOV_14_2023 - 20);
}

#[test]
fn timestamp_keeps_at_most_nanoseconds_of_a_long_fraction() {
    assert_eq!(
        read(r#""2023-11-14T22:13:20.1234567891234Z""#).subsec_nanos(),
        123_456_789
    );
}

#[test]
fn timestamp_accepts_http_dates() {
    assert_eq!(
        read(r#""Tue, 14 Nov 2023 22:13:20 GMT""#).secs(),
        NOV_14_2023
    );
    assert_eq!(
        read(r#""Thu, 01 Jan 1970 00:00:00 GMT""#),
        Timestamp::UNIX_EPOCH
    );
}

#[test]
fn timestamp_rejects_garbage_with_a_clear_error() {
    let garbage = [
        r#""yesterday""#,
        r#""""#,
        r#""NaN""#,
        r#""inf""#,
        r#"" 1700000000""#,
        r#""2023-11-14T22:13:20.Z""#,
        r#""2023-13-14T22:13:20Z""#,
        r#""2023-02-29T00:00:00Z""#,
        r#""2023-11-14T23:59:60Z""#,
        r#""2023-11-14T24:00:00Z""#,
        r#""2023-11-14T22:13:20+24:00""#,
        r#""2023-11-14T22:13:20Zjunk""#,
        r#""Wed, 14 Nov 2023 22:13:20 GMT""#,
        r#""Tue, 14 Nov 2023 22:13:20 PST""#,
        "true",
        "[1700000000]",
        "{}",
    ];
    for json in garbage {
        let message = read_err(json);
        assert!(
            message.contains("timestamp"),
            "{json}: the error should say it wanted a timestamp: {message}"
        );
    }
    let message = read_err(r#""2023-02-29T00:00:00Z""#);
    assert!(
        message.contains("day 29 is not in 1..28 for 2023-02"),
        "{message}"
    );
}

#[test]
fn timestamp_rejects_date_times_without_a_zone() {
    for json in [r#""2023-11-14T22:13:20""#, r#""2023-11-14""#] {
        let message = read_err(json);
        assert!(message.contains("names no instant"), "{json}: {message}");
    }
}

#[test]
fn timestamp_range_is_years_0001_to_9999() {
    assert_eq!(read(r#""0001-01-01T00:00:00Z""#), Timestamp::MIN);
    assert_eq!(read(r#""9999-12-31T23:59:59.999999999Z""#), Timestamp::MAX);
    assert_eq!(Timestamp::MIN.secs(), -62_135_596_800);
    for json in [
        "1e12",
        "-62135596801",
        "253402300800",
        "18446744073709551615",
        r#""0000-12-31T23:59:59Z""#,
    ] {
        let message = read_err(json);
        assert!(message.contains("out of range"), "{json}: {message}");
    }
    assert!(Timestamp::from_secs(i64::MAX).is_err());
    assert!(Timestamp::from_millis(i64::MIN).is_err());
}

#[test]
fn timestamp_writes_epoch_seconds_keeping_milliseconds() {
    assert_eq!(write(read("1.700000000123E9")), "1700000000.123");
    assert_eq!(write(read("1700000000.5")), "1700000000.5");
    assert_eq!(
        write(read(r#""2023-11-14T22:13:20.010Z""#)),
        "1700000000.01"
    );
}

#[test]
fn timestamp_writes_whole_seconds_as_an_integer() {
    assert_eq!(write(read("1.7E9")), "1700000000");
    assert_eq!(write(read(r#""2023-11-14T22:13:20Z""#)), "1700000000");
    assert_eq!(write(Timestamp::UNIX_EPOCH), "0");
}

#[test]
fn timestamp_writes_times_before_the_epoch_with_the_right_sign() {
    assert_eq!(write(read("-1.5")), "-1.5");
    assert_eq!(write(read("-0.25")), "-0.25");
    assert_eq!(write(Timestamp::MIN), "-62135596800");
}

#[test]
fn timestamp_drops_digits_below_the_millisecond_when_written() {
    assert_eq!(
        write(read(r#""2023-11-14T22:13:20.123999Z""#)),
        "1700000000.123"
    );
    assert_eq!(
        write(read(r#""2023-11-14T22:13:20.000999Z""#)),
        "1700000000"
    );
}

#[test]
fn timestamp_written_form_reads_back_to_the_same_millisecond() {
    // A deterministic sweep over the whole range, with and without milliseconds.
    let (min, max) = (Timestamp::MIN.epoch_millis(), Timestamp::MAX.epoch_millis());
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in 0..20_000 {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let span = (max - min) as u64;
        let mut millis = min + (state % span) as i64;
        if i % 3 == 0 {
            millis -= millis.rem_euclid(1000);
        }
        let t = Timestamp::from_millis(millis).expect("in range");
        let back = read(&write(t));
        assert_eq!(back.epoch_millis(), millis, "{t:?} written as {}", write(t));
        assert_eq!(read(&format!("\"{t}\"")), t, "{t}");
    }
}

#[test]
fn timestamp_displays_as_rfc3339() {
    assert_eq!(read("1700000000").to_string(), "2023-11-14T22:13:20Z");
    assert_eq!(
        read("1700000000.123").to_string(),
        "2023-11-14T22:13:20.123Z"
    );
    assert_eq!(
        read(r#""2023-11-14T22:13:20.000001Z""#).to_string(),
        "2023-11-14T22:13:20.000001Z"
    );
    assert_eq!(Timestamp::MIN.to_string(), "0001-01-01T00:00:00Z");
    assert_eq!(Timestamp::MAX.to_string(), "9999-12-31T23:59:59.999999999Z");
    assert_eq!(
        format!("{:?}", Timestamp::UNIX_EPOCH),
        "Timestamp(1970-01-01T00:00:00Z)"
    );
}

#[test]
fn timestamp_converts_to_and_from_system_time() {
    let t = read("1700000000.123");
    let system: SystemTime = t.into();
    assert_eq!(
        system,
        UNIX_EPOCH + Duration::from_millis(1_700_000_000_123)
    );
    assert_eq!(Timestamp::try_from(system), Ok(t));

    let before = read("-1.5");
    let system: SystemTime = before.into();
    assert_eq!(system, UNIX_EPOCH - Duration::from_millis(1500));
    assert_eq!(Timestamp::try_from(system), Ok(before));

    assert_eq!(
        Timestamp::try_from(UNIX_EPOCH - Duration::from_secs(86_400)),
        Timestamp::from_secs(-86_400)
    );
    let far_future = UNIX_EPOCH + Duration::from_secs(400_000_000_000);
    assert!(Timestamp::try_from(far_future).is_err());
}

#[cfg(feature = "time")]
#[test]
fn timestamp_converts_to_and_from_time() {
    let t = read("1700000000.123");
    let odt: time::OffsetDateTime = t.into();
    assert_eq!(odt.unix_timestamp(), NOV_14_2023);
    assert_eq!(odt.millisecond(), 123);
    assert_eq!(Timestamp::try_from(odt), Ok(t));
    let before: time::OffsetDateTime = Timestamp::MIN.into();
    assert_eq!(before.year(), 1);
}

#[cfg(feature = "chrono")]
#[test]
fn timestamp_converts_to_and_from_chrono() {
    let t = read("-1.5");
    let dt: chrono::DateTime<chrono::Utc> = t.into();
    assert_eq!(dt.timestamp_millis(), -1500);
    assert_eq!(Timestamp::try_from(dt), Ok(t));
    let max: chrono::DateTime<chrono::Utc> = Timestamp::MAX.into();
    assert_eq!(max.to_rfc3339(), "9999-12-31T23:59:59.999999999+00:00");
}
