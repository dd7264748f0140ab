//! `ErrorCorrection`: the zero value of each kind, as Smithy's client error correction
//! gives a required member the service left out.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use aws_union::{AnyValue, Blob, ErrorCorrection, Timestamp};

fn zero<T: ErrorCorrection>() -> T {
    T::error_correction()
}

#[test]
fn string_is_empty() {
    assert_eq!(zero::<String>(), "");
    assert_eq!(zero::<&str>(), "");
    assert_eq!(zero::<Cow<'_, str>>(), "");
}

#[test]
fn boolean_is_false() {
    assert!(!zero::<bool>());
}

#[test]
fn integers_are_zero() {
    assert_eq!(zero::<i8>(), 0);
    assert_eq!(zero::<i16>(), 0);
    assert_eq!(zero::<i32>(), 0);
    assert_eq!(zero::<i64>(), 0);
    assert_eq!(zero::<u8>(), 0);
    assert_eq!(zero::<u64>(), 0);
    assert_eq!(zero::<usize>(), 0);
}

#[test]
fn floats_are_positive_zero() {
    assert_eq!(zero::<f32>().to_bits(), 0);
    assert_eq!(zero::<f64>().to_bits(), 0);
}

#[test]
fn lists_and_maps_are_empty() {
    assert!(zero::<Vec<String>>().is_empty());
    assert!(zero::<BTreeMap<String, i32>>().is_empty());
    assert!(zero::<HashMap<String, i32>>().is_empty());
}

#[test]
fn timestamp_is_the_epoch() {
    assert_eq!(zero::<Timestamp>(), Timestamp::UNIX_EPOCH);
    assert_eq!(serde_json::to_string(&zero::<Timestamp>()).unwrap(), "0");
}

#[test]
fn blob_is_empty() {
    assert!(zero::<Blob>().is_empty());
}

#[test]
fn option_is_none() {
    assert_eq!(zero::<Option<i32>>(), None);
    assert_eq!(zero::<Option<Timestamp>>(), None);
}

#[test]
fn box_holds_the_correction_of_its_content() {
    assert_eq!(*zero::<Box<i64>>(), 0);
    assert_eq!(*zero::<Box<String>>(), "");
}

#[test]
fn any_value_is_null() {
    assert_eq!(zero::<AnyValue>(), AnyValue::Null);
}

#[cfg(feature = "json")]
#[test]
fn document_is_null() {
    assert_eq!(zero::<aws_union::Document>(), serde_json::Value::Null);
}
