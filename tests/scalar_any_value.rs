//! `AnyValue`: any JSON or CBOR value, read and written back unchanged; one test per rule.

use aws_union::AnyValue;

fn to_cbor<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    ciborium::into_writer(value, &mut out).unwrap();
    out
}

fn cbor(bytes: &[u8]) -> Result<AnyValue, ciborium::de::Error<std::io::Error>> {
    ciborium::from_reader(bytes)
}

fn s(text: &str) -> AnyValue {
    AnyValue::from(text)
}

#[test]
fn json_round_trips_every_kind() {
    let text =
        r#"{"null":null,"t":true,"n":-7,"u":18446744073709551615,"f":0.25,"s":"x","l":[[],{}]}"#;
    let value: AnyValue = serde_json::from_str(text).unwrap();
    let expected = AnyValue::Map(vec![
        (s("null"), AnyValue::Null),
        (s("t"), AnyValue::Bool(true)),
        (s("n"), AnyValue::Int(-7)),
        (s("u"), AnyValue::UInt(u64::MAX)),
        (s("f"), AnyValue::Float(0.25)),
        (s("s"), s("x")),
        (
            s("l"),
            AnyValue::List(vec![AnyValue::List(vec![]), AnyValue::Map(vec![])]),
        ),
    ]);
    assert_eq!(value, expected);
    assert_eq!(serde_json::to_string(&value).unwrap(), text);
}

#[test]
fn json_keeps_map_entries_in_the_order_read() {
    let value: AnyValue = serde_json::from_str(r#"{"b":1,"a":2}"#).unwrap();
    assert_eq!(serde_json::to_string(&value).unwrap(), r#"{"b":1,"a":2}"#);
}

#[test]
fn cbor_round_trips_every_kind_with_bytes_and_non_text_keys() {
    let value = AnyValue::Map(vec![
        (AnyValue::UInt(1), AnyValue::Bytes(vec![0, 255])),
        (AnyValue::Int(-1), AnyValue::Float(1.5)),
        (AnyValue::Bool(false), AnyValue::Null),
        (
            s("list"),
            AnyValue::List(vec![
                s("x"),
                AnyValue::UInt(u64::MAX),
                AnyValue::Int(i64::MIN),
            ]),
        ),
    ]);
    let bytes = to_cbor(&value);
    assert_eq!(cbor(&bytes).unwrap(), value);
    // The byte string is CBOR's own (major type 2), not a list of numbers.
    assert!(
        bytes.windows(3).any(|w| w == [0x42, 0, 255]),
        "{bytes:02x?}"
    );
}

#[test]
fn non_negative_integers_read_as_uint_and_negative_ones_as_int() {
    let value: AnyValue = serde_json::from_str("[0, 5, -5]").unwrap();
    let expected = AnyValue::List(vec![
        AnyValue::UInt(0),
        AnyValue::UInt(5),
        AnyValue::Int(-5),
    ]);
    assert_eq!(value, expected);
    assert_eq!(cbor(&to_cbor(&[0i64, 5, -5])).unwrap(), expected);
}

#[test]
fn bytes_are_base64_text_in_json() {
    let value = AnyValue::Bytes(b"hi!".to_vec());
    assert_eq!(serde_json::to_string(&value).unwrap(), r#""aGkh""#);
}

#[test]
fn cbor_tags_are_looked_through() {
    // Tag 1 around 1700000000: the item is kept, the tag is not.
    let bytes = [0xc1, 0x1a, 0x65, 0x53, 0xf1, 0x00];
    assert_eq!(cbor(&bytes).unwrap(), AnyValue::UInt(1_700_000_000));
}

#[test]
fn cbor_bignums_read_within_64_bits_and_are_an_error_beyond() {
    // Tag 2 (positive bignum) of 0x0100 and of 2^64.
    assert_eq!(cbor(&[0xc2, 0x42, 1, 0]).unwrap(), AnyValue::UInt(256));
    let err = cbor(&[0xc2, 0x49, 1, 0, 0, 0, 0, 0, 0, 0, 0]).unwrap_err();
    assert!(
        format!("{err:?}").contains("out of the 64-bit range"),
        "{err:?}"
    );
    // Tag 3 (negative bignum) of -1 - 2^64.
    assert!(cbor(&[0xc3, 0x49, 1, 0, 0, 0, 0, 0, 0, 0, 0]).is_err());
}

#[test]
fn cbor_undefined_reads_as_null() {
    assert_eq!(cbor(&[0xf7]).unwrap(), AnyValue::Null);
}

#[test]
fn nested_values_read_and_find_by_key() {
    let value: AnyValue = serde_json::from_str(r#"{"a":{"b":[true]}}"#).unwrap();
    let inner = value.get("a").and_then(|a| a.get("b"));
    assert_eq!(inner, Some(&AnyValue::List(vec![AnyValue::Bool(true)])));
}
