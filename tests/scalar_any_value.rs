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

#[test]
fn integer_variants_are_equal_when_their_numbers_are() {
    assert_eq!(AnyValue::Int(5), AnyValue::UInt(5));
    assert_eq!(AnyValue::UInt(0), AnyValue::Int(0));
    assert_ne!(AnyValue::Int(-1), AnyValue::UInt(u64::MAX));
    assert_ne!(AnyValue::Int(i64::MIN), AnyValue::UInt(1 << 63));
    // A value built by hand equals the same value read.
    let read: AnyValue = serde_json::from_str(r#"[5, {"n": 7}]"#).unwrap();
    let built = AnyValue::List(vec![
        AnyValue::Int(5),
        AnyValue::Map(vec![(s("n"), AnyValue::Int(7))]),
    ]);
    assert_eq!(read, built);
}

#[test]
fn a_float_is_never_equal_to_an_integer() {
    assert_ne!(AnyValue::Float(1.0), AnyValue::UInt(1));
    assert_ne!(AnyValue::Int(-1), AnyValue::Float(-1.0));
    let read: AnyValue = serde_json::from_str("1.0").unwrap();
    assert_ne!(read, AnyValue::UInt(1));
}

#[test]
fn floats_compare_as_f64_does() {
    assert_eq!(AnyValue::Float(0.0), AnyValue::Float(-0.0));
    assert_ne!(AnyValue::Float(f64::NAN), AnyValue::Float(f64::NAN));
}

#[test]
fn maps_are_equal_only_with_their_entries_in_the_same_order() {
    let ab: AnyValue = serde_json::from_str(r#"{"a":1,"b":2}"#).unwrap();
    let ba: AnyValue = serde_json::from_str(r#"{"b":2,"a":1}"#).unwrap();
    assert_ne!(ab, ba);
    assert_eq!(
        ab,
        serde_json::from_str::<AnyValue>(r#"{"a":1,"b":2}"#).unwrap()
    );
}

#[test]
fn as_i64_and_as_u64_read_either_integer_variant_when_the_number_fits() {
    assert_eq!(AnyValue::Int(-7).as_i64(), Some(-7));
    assert_eq!(AnyValue::UInt(7).as_i64(), Some(7));
    assert_eq!(AnyValue::UInt(u64::MAX).as_i64(), None);
    assert_eq!(AnyValue::UInt(u64::MAX).as_u64(), Some(u64::MAX));
    assert_eq!(AnyValue::Int(7).as_u64(), Some(7));
    assert_eq!(AnyValue::Int(-7).as_u64(), None);
    for other in [AnyValue::Float(7.0), s("7"), AnyValue::Null] {
        assert_eq!((other.as_i64(), other.as_u64()), (None, None), "{other:?}");
    }
}

#[test]
fn as_f64_reads_floats_and_the_integers_an_f64_holds_exactly() {
    assert_eq!(AnyValue::Float(-0.5).as_f64(), Some(-0.5));
    assert_eq!(
        AnyValue::UInt(1 << 53).as_f64(),
        Some(9_007_199_254_740_992.0)
    );
    assert_eq!(
        AnyValue::Int(-(1 << 53)).as_f64(),
        Some(-9_007_199_254_740_992.0)
    );
    assert_eq!(AnyValue::UInt((1 << 53) + 1).as_f64(), None);
    assert_eq!(AnyValue::Int(i64::MIN).as_f64(), None);
    assert_eq!(s("0.5").as_f64(), None);
}

#[test]
fn each_as_accessor_gives_its_kind_and_none_for_every_other() {
    let values = [
        AnyValue::Bool(true),
        s("x"),
        AnyValue::Bytes(vec![1]),
        AnyValue::List(vec![AnyValue::Null]),
        AnyValue::Map(vec![(s("k"), AnyValue::Null)]),
        AnyValue::Null,
    ];
    let kinds = |v: &AnyValue| {
        [
            v.as_bool().is_some(),
            v.as_str().is_some(),
            v.as_bytes().is_some(),
            v.as_list().is_some(),
            v.as_map().is_some(),
            v.is_null(),
        ]
    };
    for (i, value) in values.iter().enumerate() {
        let expected: Vec<bool> = (0..values.len()).map(|k| k == i).collect();
        assert_eq!(kinds(value).to_vec(), expected, "{value:?}");
    }
    assert_eq!(values[0].as_bool(), Some(true));
    assert_eq!(values[2].as_bytes(), Some(&[1u8][..]));
    assert_eq!(values[3].as_list(), Some(&[AnyValue::Null][..]));
    assert_eq!(values[4].as_map(), Some(&[(s("k"), AnyValue::Null)][..]));
}

#[test]
fn base64_text_read_from_json_stays_text() {
    let value: AnyValue = serde_json::from_str(r#""AAE=""#).unwrap();
    assert_eq!((value.as_str(), value.as_bytes()), (Some("AAE="), None));
}

#[test]
fn get_index_finds_a_list_item_and_none_past_the_end_or_off_a_list() {
    let value: AnyValue = serde_json::from_str(r#"[10, "x"]"#).unwrap();
    assert_eq!(value.get_index(0).and_then(AnyValue::as_u64), Some(10));
    assert_eq!(value.get_index(1).and_then(AnyValue::as_str), Some("x"));
    assert_eq!(value.get_index(2), None);
    assert_eq!(s("x").get_index(0), None);
    let map: AnyValue = serde_json::from_str(r#"{"0": 1}"#).unwrap();
    assert_eq!(map.get_index(0), None);
}

#[test]
fn get_gives_the_first_of_repeated_keys_and_skips_keys_that_are_not_text() {
    let value: AnyValue = serde_json::from_str(r#"{"k":1,"k":2}"#).unwrap();
    assert_eq!(value.get("k"), Some(&AnyValue::UInt(1)));
    let cbor_map = AnyValue::Map(vec![
        (AnyValue::UInt(1), s("number key")),
        (s("1"), s("text key")),
    ]);
    assert_eq!(cbor_map.get("1"), Some(&s("text key")));
    assert_eq!(AnyValue::List(vec![]).get("k"), None);
}
