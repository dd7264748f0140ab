//! restJson1 floats and doubles: numbers, and "NaN" / "Infinity" / "-Infinity" strings.

use cleanrooms_runtime::model::{
    BilledResourceUtilization, DifferentialPrivacySensitivityParameters,
};

fn sensitivity(
    min: &str,
    max: &str,
) -> Result<DifferentialPrivacySensitivityParameters, serde_json::Error> {
    serde_json::from_str(&format!(
        r#"{{"aggregationType":"SUM","aggregationExpression":"x","userContributionLimit":1,
            "minColumnValue":{min},"maxColumnValue":{max}}}"#
    ))
}

/// A `BilledResourceUtilization` (`#[non_exhaustive]`: built from its default).
fn billed(units: f64) -> BilledResourceUtilization {
    let mut b = BilledResourceUtilization::default();
    b.units = units;
    b
}

fn units(json: &str) -> Result<f64, serde_json::Error> {
    serde_json::from_str::<BilledResourceUtilization>(&format!(r#"{{"units":{json}}}"#))
        .map(|b| b.units)
}

#[test]
fn floats_accept_nan_infinity_and_negative_infinity_strings() {
    let p = sensitivity(r#""NaN""#, r#""Infinity""#).expect("reads");
    assert!(p.min_column_value.is_some_and(f32::is_nan));
    assert_eq!(p.max_column_value, Some(f32::INFINITY));
    let p = sensitivity(r#""-Infinity""#, "1").expect("reads");
    assert_eq!(p.min_column_value, Some(f32::NEG_INFINITY));

    assert!(units(r#""NaN""#).expect("reads").is_nan());
    assert_eq!(units(r#""Infinity""#).expect("reads"), f64::INFINITY);
    assert_eq!(units(r#""-Infinity""#).expect("reads"), f64::NEG_INFINITY);
}

#[test]
fn floats_write_non_finite_values_back_as_the_same_strings() {
    let p = sensitivity(r#""NaN""#, r#""-Infinity""#).expect("reads");
    let written = serde_json::to_value(&p).expect("writes");
    assert_eq!(written["minColumnValue"], "NaN");
    assert_eq!(written["maxColumnValue"], "-Infinity");

    assert_eq!(
        serde_json::to_string(&billed(f64::INFINITY)).expect("writes"),
        r#"{"units":"Infinity"}"#
    );
}

#[test]
fn floats_accept_integers_and_exponents() {
    let p = sensitivity("-1000", "2.5e4").expect("reads");
    assert_eq!(
        (p.min_column_value, p.max_column_value),
        (Some(-1000.0), Some(25000.0))
    );
    assert_eq!(units("3").expect("reads"), 3.0);
    assert_eq!(
        units("18446744073709551615").expect("reads"),
        18_446_744_073_709_551_615.0
    );
}

#[test]
fn floats_reject_other_strings() {
    for bad in [r#""nan""#, r#""inf""#, r#""1.5""#, r#""""#, "true", "[]"] {
        let err = units(bad).expect_err(bad).to_string();
        assert!(
            err.contains("NaN"),
            "{bad}: the error should list what is accepted: {err}"
        );
        assert!(sensitivity(bad, "1").is_err(), "{bad}");
    }
}

#[test]
fn float_members_reject_values_beyond_f32_range() {
    let err = sensitivity("1e39", "1")
        .expect_err("1e39 is no f32")
        .to_string();
    assert!(err.contains("out of range for a 32-bit float"), "{err}");
    // The same value is a fine double.
    assert_eq!(units("1e39").expect("reads"), 1e39);
}

#[test]
fn doubles_keep_full_precision() {
    // Correctly rounded, as Python reads it (serde_json's `float_roundtrip`).
    for text in [
        "0.1",
        "2.2250738585072014e-308",
        "1.7976931348623157e308",
        "0.30000000000000004",
        "9007199254740993",
    ] {
        let expected: f64 = text.parse().expect("a number");
        assert_eq!(
            units(text).expect("reads").to_bits(),
            expected.to_bits(),
            "{text}"
        );
        let written = serde_json::to_string(&billed(expected)).expect("writes");
        assert_eq!(
            units(&written[9..written.len() - 1])
                .expect("reads back")
                .to_bits(),
            expected.to_bits()
        );
    }
}

#[test]
fn null_optional_float_is_absent() {
    let p = sensitivity("null", "null").expect("reads");
    assert_eq!((p.min_column_value, p.max_column_value), (None, None));
    let written = serde_json::to_string(&p).expect("writes");
    assert!(!written.contains("ColumnValue"), "{written}");
}
