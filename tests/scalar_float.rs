//! Floats through `Float` / `FloatDe`: `"NaN"`, `"Infinity"`, `"-Infinity"` in JSON, native
//! floats in CBOR; one test per rule.

use std::collections::{BTreeMap, HashMap};

use aws_union::__private::{Float, FloatDe, FloatSpecials, FloatSpecialsDe};

fn to_json<T: FloatSpecials + ?Sized>(value: &T) -> String {
    serde_json::to_string(&Float(value)).unwrap()
}

fn json<T: for<'de> FloatSpecialsDe<'de>>(text: &str) -> Result<T, serde_json::Error> {
    serde_json::from_str::<FloatDe<T>>(text).map(|FloatDe(v)| v)
}

fn to_cbor<T: FloatSpecials + ?Sized>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    ciborium::into_writer(&Float(value), &mut out).unwrap();
    out
}

fn cbor<T: for<'de> FloatSpecialsDe<'de>>(
    bytes: &[u8],
) -> Result<T, ciborium::de::Error<std::io::Error>> {
    ciborium::from_reader::<FloatDe<T>, _>(bytes).map(|FloatDe(v)| v)
}

#[test]
fn nan_and_infinities_are_strings_in_json() {
    assert_eq!(to_json(&f64::NAN), r#""NaN""#);
    assert_eq!(to_json(&f64::INFINITY), r#""Infinity""#);
    assert_eq!(to_json(&f64::NEG_INFINITY), r#""-Infinity""#);
    assert_eq!(to_json(&f32::NAN), r#""NaN""#);
    assert_eq!(to_json(&f32::NEG_INFINITY), r#""-Infinity""#);
}

#[test]
fn nan_and_infinities_read_from_strings_in_json() {
    assert!(json::<f64>(r#""NaN""#).unwrap().is_nan());
    assert_eq!(json::<f64>(r#""Infinity""#).unwrap(), f64::INFINITY);
    assert_eq!(json::<f32>(r#""-Infinity""#).unwrap(), f32::NEG_INFINITY);
}

#[test]
fn finite_floats_are_numbers_in_json() {
    assert_eq!(to_json(&1.5f64), "1.5");
    assert_eq!(to_json(&0.1f32), "0.1");
    assert_eq!(json::<f64>("1.5").unwrap(), 1.5);
    assert_eq!(json::<f64>("-2").unwrap(), -2.0);
    assert_eq!(json::<f32>("3").unwrap(), 3.0);
}

#[test]
fn nan_and_infinities_are_native_floats_in_cbor() {
    for value in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let bytes = to_cbor(&value);
        assert_eq!(bytes[0] & 0xe0, 0xe0, "major type 7 (float): {bytes:02x?}");
        let back: ciborium::Value = ciborium::from_reader(bytes.as_slice()).unwrap();
        let back = back.as_float().unwrap();
        assert!(back.is_nan() == value.is_nan() && (value.is_nan() || back == value));
        let read: f64 = cbor(&bytes).unwrap();
        assert!(read.is_nan() == value.is_nan() && (value.is_nan() || read == value));
    }
}

#[test]
fn special_strings_read_in_cbor_too() {
    let mut bytes = Vec::new();
    ciborium::into_writer(&"Infinity", &mut bytes).unwrap();
    assert_eq!(cbor::<f64>(&bytes).unwrap(), f64::INFINITY);
}

#[test]
fn other_strings_are_an_error() {
    for text in [r#""nan""#, r#""inf""#, r#""1.5""#, r#""""#] {
        let err = json::<f64>(text).unwrap_err();
        assert!(err.to_string().contains("NaN"), "{text}: {err}");
    }
}

#[test]
fn a_number_too_large_for_f32_is_an_error() {
    let err = json::<f32>("1e39").unwrap_err();
    assert!(err.to_string().contains("out of range"), "{err}");
    assert_eq!(json::<f64>("1e39").unwrap(), 1e39);
}

#[test]
fn options_lists_maps_and_boxes_carry_specials() {
    let list = vec![1.0, f64::INFINITY];
    assert_eq!(to_json(&list), r#"[1.0,"Infinity"]"#);
    assert_eq!(json::<Vec<f64>>(r#"[1, "Infinity"]"#).unwrap(), list);

    assert_eq!(to_json(&Some(f32::NEG_INFINITY)), r#""-Infinity""#);
    assert_eq!(to_json(&None::<f32>), "null");
    assert_eq!(json::<Option<f32>>("null").unwrap(), None);
    assert_eq!(
        json::<Option<f32>>(r#""Infinity""#).unwrap(),
        Some(f32::INFINITY)
    );

    let map = BTreeMap::from([("a".to_owned(), f64::NEG_INFINITY)]);
    assert_eq!(to_json(&map), r#"{"a":"-Infinity"}"#);
    assert_eq!(
        json::<BTreeMap<String, f64>>(r#"{"a":"-Infinity"}"#).unwrap(),
        map
    );

    let hash = HashMap::from([("a".to_owned(), 2.0f32)]);
    assert_eq!(to_json(&hash), r#"{"a":2.0}"#);
    assert_eq!(json::<HashMap<String, f32>>(r#"{"a":2}"#).unwrap(), hash);

    assert_eq!(to_json(&Box::new(f64::INFINITY)), r#""Infinity""#);
    assert_eq!(*json::<Box<f64>>(r#""Infinity""#).unwrap(), f64::INFINITY);
}

#[test]
fn collections_round_trip_in_cbor() {
    let list = vec![Some(1.5f64), None, Some(f64::NEG_INFINITY)];
    assert_eq!(cbor::<Vec<Option<f64>>>(&to_cbor(&list)).unwrap(), list);
}
