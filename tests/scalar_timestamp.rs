//! `Timestamp` on the wire: JSON (human-readable) and CBOR (binary), one test per rule.

use aws_union::__private::TimestampAs;
use aws_union::{Timestamp, TimestampFormat};

fn json(text: &str) -> Result<Timestamp, serde_json::Error> {
    serde_json::from_str(text)
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap()
}

fn to_cbor<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    ciborium::into_writer(value, &mut out).unwrap();
    out
}

fn cbor(bytes: &[u8]) -> Result<Timestamp, ciborium::de::Error<std::io::Error>> {
    ciborium::from_reader(bytes)
}

fn millis(ms: i64) -> Timestamp {
    Timestamp::from_millis(ms).unwrap()
}

/// CBOR tag 1 (0xc1) around the unsigned integer 1700000000 (0x1a 0x6553f100).
const TAG_1_INT: [u8; 6] = [0xc1, 0x1a, 0x65, 0x53, 0xf1, 0x00];

/// CBOR tag 1 around the double `1700000000.123`.
fn tag_1_float(secs: f64) -> Vec<u8> {
    let mut bytes = vec![0xc1, 0xfb];
    bytes.extend_from_slice(&secs.to_be_bytes());
    bytes
}

#[test]
fn epoch_seconds_integer_reads_and_writes_as_an_integer() {
    let t = json("1700000000").unwrap();
    assert_eq!(t, Timestamp::from_secs(1_700_000_000).unwrap());
    assert_eq!(to_json(&t), "1700000000");
}

#[test]
fn epoch_seconds_fraction_is_millisecond_exact() {
    for (text, ms) in [
        ("1700000000.123", 1_700_000_000_123),
        ("1700000000.001", 1_700_000_000_001),
        ("1700000000.999", 1_700_000_000_999),
        ("0.1", 100),
        ("253402300799.999", 253_402_300_799_999),
    ] {
        let t = json(text).unwrap();
        assert_eq!(t.epoch_millis(), ms, "{text}");
        assert_eq!(t.subsec_nanos() % 1_000_000, 0, "{text}");
        assert_eq!(to_json(&t), text);
    }
}

#[test]
fn epoch_seconds_exponent_reads() {
    assert_eq!(json("1.700000000123E9").unwrap(), millis(1_700_000_000_123));
    assert_eq!(json("17e8").unwrap(), millis(1_700_000_000_000));
    assert_eq!(json("1.7e+9").unwrap(), millis(1_700_000_000_000));
}

#[test]
fn negative_epoch_seconds_count_back_from_the_epoch() {
    let t = json("-1.5").unwrap();
    assert_eq!((t.secs(), t.subsec_nanos()), (-2, 500_000_000));
    assert_eq!(to_json(&t), "-1.5");
}

#[test]
fn digits_below_the_millisecond_are_dropped_when_writing() {
    let t = Timestamp::from_secs_and_nanos(1_700_000_000, 123_999_999).unwrap();
    assert_eq!(to_json(&t), "1700000000.123");
    let t = Timestamp::from_secs_and_nanos(1_700_000_000, 999_999).unwrap();
    assert_eq!(to_json(&t), "1700000000");
}

#[test]
fn epoch_seconds_in_a_string_read() {
    assert_eq!(
        json(r#""1700000000.5""#).unwrap(),
        millis(1_700_000_000_500)
    );
    assert_eq!(json(r#""-1""#).unwrap(), millis(-1_000));
}

#[test]
fn rfc3339_reads_with_any_offset() {
    let expected = millis(1_700_000_000_123);
    for text in [
        "2023-11-14T22:13:20.123Z",
        "2023-11-15T03:43:20.123+05:30",
        "2023-11-14T14:13:20.123-08:00",
        "2023-11-14T14:13:20.123-0800",
        "2023-11-14t22:13:20,123z",
        "2023-11-14 22:13:20.123456+00",
    ] {
        let t = json(&format!("\"{text}\"")).unwrap();
        assert_eq!(t.epoch_millis(), expected.epoch_millis(), "{text}");
    }
}

#[test]
fn rfc3339_without_a_zone_is_an_error() {
    let err = json(r#""2023-11-14T22:13:20""#).unwrap_err();
    assert!(err.to_string().contains("zone"), "{err}");
}

#[test]
fn http_date_reads() {
    let t = json(r#""Tue, 14 Nov 2023 22:13:20 GMT""#).unwrap();
    assert_eq!(t, Timestamp::from_secs(1_700_000_000).unwrap());
}

#[test]
fn http_date_with_the_wrong_weekday_is_an_error() {
    let err = json(r#""Wed, 14 Nov 2023 22:13:20 GMT""#).unwrap_err();
    assert!(err.to_string().contains("weekday"), "{err}");
}

#[test]
fn date_time_format_writes_rfc3339_in_utc_to_the_millisecond() {
    let t = Timestamp::from_secs_and_nanos(1_700_000_000, 123_456_789).unwrap();
    let written = to_json(&TimestampAs(&t, TimestampFormat::DateTime));
    assert_eq!(written, r#""2023-11-14T22:13:20.123Z""#);
    let whole = Timestamp::from_secs(1_700_000_000).unwrap();
    let written = to_json(&TimestampAs(&whole, TimestampFormat::DateTime));
    assert_eq!(written, r#""2023-11-14T22:13:20Z""#);
    assert_eq!(json(&written).unwrap(), whole);
}

#[test]
fn http_date_format_writes_imf_fixdate() {
    let t = millis(1_700_000_000_999);
    let written = to_json(&TimestampAs(&t, TimestampFormat::HttpDate));
    assert_eq!(written, r#""Tue, 14 Nov 2023 22:13:20 GMT""#);
    let early = Timestamp::from_secs(-62_135_596_800).unwrap();
    assert_eq!(
        early.fmt_as(TimestampFormat::HttpDate).to_string(),
        "Mon, 01 Jan 0001 00:00:00 GMT"
    );
}

#[test]
fn epoch_seconds_format_writes_a_number() {
    let t = millis(1_700_000_000_120);
    assert_eq!(
        to_json(&TimestampAs(&t, TimestampFormat::EpochSeconds)),
        "1700000000.12"
    );
    assert_eq!(
        t.fmt_as(TimestampFormat::EpochSeconds).to_string(),
        "1700000000.12"
    );
}

#[test]
fn formats_reach_into_options_lists_maps_and_boxes() {
    let t = Timestamp::UNIX_EPOCH;
    let f = TimestampFormat::DateTime;
    let map = std::collections::BTreeMap::from([("k", t)]);
    let hash = std::collections::HashMap::from([("k", t)]);
    assert_eq!(
        to_json(&TimestampAs(&Some(t), f)),
        r#""1970-01-01T00:00:00Z""#
    );
    assert_eq!(to_json(&TimestampAs(&None::<Timestamp>, f)), "null");
    assert_eq!(
        to_json(&TimestampAs(&vec![t], f)),
        r#"["1970-01-01T00:00:00Z"]"#
    );
    assert_eq!(
        to_json(&TimestampAs(&map, f)),
        r#"{"k":"1970-01-01T00:00:00Z"}"#
    );
    assert_eq!(
        to_json(&TimestampAs(&hash, f)),
        r#"{"k":"1970-01-01T00:00:00Z"}"#
    );
    assert_eq!(
        to_json(&TimestampAs(&Box::new(t), f)),
        r#""1970-01-01T00:00:00Z""#
    );
}

#[test]
fn cbor_writes_tag_1_with_an_integer_for_a_whole_second() {
    let t = Timestamp::from_secs(1_700_000_000).unwrap();
    assert_eq!(to_cbor(&t), TAG_1_INT);
}

#[test]
fn cbor_writes_tag_1_with_a_float_for_a_fraction() {
    let t = millis(1_700_000_000_123);
    assert_eq!(to_cbor(&t), tag_1_float(1_700_000_000.123));
    assert_eq!(cbor(&to_cbor(&t)).unwrap(), t);
}

#[test]
fn cbor_ignores_the_text_format() {
    let t = millis(1_700_000_000_123);
    for format in [TimestampFormat::DateTime, TimestampFormat::HttpDate] {
        assert_eq!(to_cbor(&TimestampAs(&t, format)), to_cbor(&t));
    }
}

#[test]
fn cbor_reads_tag_1_integer() {
    assert_eq!(
        cbor(&TAG_1_INT).unwrap(),
        Timestamp::from_secs(1_700_000_000).unwrap()
    );
}

#[test]
fn cbor_reads_tag_1_float() {
    let t = cbor(&tag_1_float(1_700_000_000.5)).unwrap();
    assert_eq!(t, millis(1_700_000_000_500));
    // A half-precision float (0xf9 0x3e00 is 1.5) behind the tag.
    assert_eq!(cbor(&[0xc1, 0xf9, 0x3e, 0x00]).unwrap(), millis(1_500));
}

#[test]
fn cbor_reads_untagged_numbers_and_strings() {
    assert_eq!(
        cbor(&TAG_1_INT[1..]).unwrap(),
        Timestamp::from_secs(1_700_000_000).unwrap()
    );
    let text = to_cbor(&"2023-11-14T22:13:20Z");
    assert_eq!(
        cbor(&text).unwrap(),
        Timestamp::from_secs(1_700_000_000).unwrap()
    );
}

#[test]
fn cbor_other_tags_are_looked_through() {
    // Tag 0 (a date-time string) around "1970-01-01T00:00:01Z".
    let mut bytes = vec![0xc0];
    bytes.extend(to_cbor(&"1970-01-01T00:00:01Z"));
    assert_eq!(cbor(&bytes).unwrap(), millis(1_000));
}

#[test]
fn cbor_value_trees_carry_tag_1_too() {
    let t = millis(1_700_000_000_500);
    let value = ciborium::Value::serialized(&t).unwrap();
    let ciborium::Value::Tag(1, inner) = &value else {
        panic!("not tag 1: {value:?}");
    };
    assert_eq!(inner.as_float(), Some(1_700_000_000.5));
    assert_eq!(value.deserialized::<Timestamp>().unwrap(), t);
}

#[test]
fn out_of_range_is_an_error_not_a_panic() {
    for text in [
        "1e300",
        "-1e300",
        "253402300800",
        "-62135596801",
        "9223372036854775807",
        "18446744073709551615",
        "-9223372036854775808",
        r#""0000-12-31T00:00:00Z""#,
        r#""9999-12-31T23:59:59-01:00""#,
        r#""1e400""#,
    ] {
        let err = json(text).unwrap_err();
        assert!(err.to_string().contains("range"), "{text}: {err}");
    }
    // Tag 1 around u64::MAX, around NaN, and a bignum (tag 2) of 2^64.
    let huge = [0xc1, 0x1b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
    assert!(cbor(&huge).is_err());
    assert!(cbor(&tag_1_float(f64::NAN)).is_err());
    let bignum = [0xc2, 0x49, 1, 0, 0, 0, 0, 0, 0, 0, 0];
    assert!(cbor(&bignum).is_err());
}

#[test]
fn text_in_no_accepted_form_is_an_error() {
    for text in [
        r#""""#,
        r#""yesterday""#,
        r#""2023-02-29T00:00:00Z""#,
        r#""10000-01-01T00:00:00Z""#,
        "true",
        "[]",
    ] {
        assert!(json(text).is_err(), "{text}");
    }
}

#[test]
fn system_time_converts_both_ways() {
    use std::time::{Duration, SystemTime, UNIX_EPOCH};
    let before = UNIX_EPOCH - Duration::from_millis(1_500);
    let t = Timestamp::try_from(before).unwrap();
    assert_eq!(t.epoch_millis(), -1_500);
    assert_eq!(SystemTime::from(t), before);
    let far = UNIX_EPOCH + Duration::from_secs(400_000_000_000);
    assert!(Timestamp::try_from(far).is_err());
}

#[cfg(feature = "time")]
#[test]
fn time_offset_date_time_converts_both_ways() {
    let t = millis(1_700_000_000_123);
    let odt = time::OffsetDateTime::from(t);
    assert_eq!(odt.unix_timestamp(), 1_700_000_000);
    assert_eq!(Timestamp::try_from(odt).unwrap(), t);
}

#[cfg(feature = "chrono")]
#[test]
fn chrono_date_time_converts_both_ways() {
    let t = millis(1_700_000_000_123);
    let dt = chrono::DateTime::<chrono::Utc>::from(t);
    assert_eq!(dt.timestamp_millis(), 1_700_000_000_123);
    assert_eq!(Timestamp::try_from(dt).unwrap(), t);
}

proptest::proptest! {
    #[test]
    fn every_millisecond_round_trips_in_every_form(ms in -62_135_596_800_000i64..=253_402_300_799_999) {
        let t = millis(ms);
        proptest::prop_assert_eq!(json(&to_json(&t)).unwrap(), t);
        proptest::prop_assert_eq!(cbor(&to_cbor(&t)).unwrap(), t);
        let date_time = to_json(&TimestampAs(&t, TimestampFormat::DateTime));
        proptest::prop_assert_eq!(json(&date_time).unwrap(), t);
        let http_date = t.fmt_as(TimestampFormat::HttpDate).to_string();
        proptest::prop_assert_eq!(Timestamp::parse(&http_date).unwrap().secs(), t.secs());
    }

    #[test]
    fn any_text_or_number_reads_or_fails_without_panicking(
        text in "[0-9A-Za-z:+., -]{0,40}",
        secs in proptest::num::f64::ANY,
    ) {
        let _ = Timestamp::parse(&text);
        let _ = Timestamp::from_fractional_secs(secs);
        let _ = cbor(&to_cbor(&secs));
    }
}
