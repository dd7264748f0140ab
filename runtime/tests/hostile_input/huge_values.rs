//! Huge strings and numbers: read whole within memory proportional to the body, or out-of-range
//! errors at their path.

use super::*;

#[test]
fn huge_strings_are_read_whole_within_memory_proportional_to_the_body() {
    let long = "x".repeat(16 << 20);
    let body = format!(r#"{{"protectedQuery":{{"sqlParameters":{{"queryString":"{long}"}}}}}}"#);
    let output = decode_within(body.as_bytes(), 3).expect("decodes");
    let sql = output
        .protected_query
        .sql_parameters
        .expect("sqlParameters");
    assert_eq!(sql.query_string.map(|q| q.len()), Some(16 << 20));

    // A huge unknown member name is kept; an unmodeled one is skipped.
    let name = "n".repeat(1 << 20);
    let output =
        decode_within(in_output(&format!(r#""{name}":1"#)).as_bytes(), 4).expect("decodes");
    let output = output.protected_query.result.expect("result").output;
    assert_eq!(output.member_name().len(), 1 << 20);
    decode_within(
        format!(r#"{{"protectedQuery":{{"{name}":"{long}"}}}}"#).as_bytes(),
        2,
    )
    .expect("skipped");
}

#[test]
fn huge_numbers_are_out_of_range_errors_at_their_path() {
    let digits = "9".repeat(1 << 20);
    for (body, path) in [
        (
            format!(
                r#"{{"protectedQuery":{{"statistics":{{"totalDurationInMillis":{digits}}}}}}}"#
            ),
            "protectedQuery.statistics.totalDurationInMillis",
        ),
        (
            format!(
                r#"{{"protectedQuery":{{"statistics":{{"billedResourceUtilization":{{"units":{digits}}}}}}}}}"#
            ),
            "protectedQuery.statistics.billedResourceUtilization.units",
        ),
        (
            format!(r#"{{"protectedQuery":{{"createTime":{digits}}}}}"#),
            "protectedQuery.createTime",
        ),
        (
            in_output(&format!(r#""newer":{digits}"#)),
            "protectedQuery.result.output.newer",
        ),
        (
            r#"{"protectedQuery":{"createTime":1e999999999999}}"#.to_owned(),
            "protectedQuery.createTime",
        ),
    ] {
        let err = match decode_within(body.as_bytes(), 3) {
            Ok(output) => panic!("decoded: {output:?}"),
            Err(e) => e,
        };
        assert_eq!(err.path(), path);
        assert!(err.message().contains("number out of range"), "{err}");
    }
}

#[test]
fn integers_past_their_type_are_errors_not_wrapped() {
    for (body, path) in [
        (
            r#"{"protectedQuery":{"statistics":{"totalDurationInMillis":9223372036854775808}}}"#,
            "protectedQuery.statistics.totalDurationInMillis",
        ),
        (
            r#"{"protectedQuery":{"computeConfiguration":{"worker":{"number":2147483648}}}}"#,
            "protectedQuery.computeConfiguration.worker.number",
        ),
        (
            r#"{"protectedQuery":{"createTime":-9223372036854775809}}"#,
            "protectedQuery.createTime",
        ),
    ] {
        assert_eq!(decode_err(body).path(), path);
    }
}

#[test]
fn long_fractions_and_tiny_numbers_are_read() {
    let zeros = "0".repeat(1 << 20);
    let output = decode_within(
        format!(r#"{{"protectedQuery":{{"createTime":1700000000.123{zeros}9}}}}"#).as_bytes(),
        3,
    )
    .expect("decodes");
    assert_eq!(
        output.protected_query.create_time.epoch_millis(),
        1_700_000_000_123
    );
    let output = decode(format!(
        r#"{{"protectedQuery":{{"createTime":"2023-11-14T22:13:20.123{zeros}Z"}}}}"#
    ))
    .expect("decodes");
    assert_eq!(
        output.protected_query.create_time.epoch_millis(),
        1_700_000_000_123
    );
    let output = decode(format!(
        r#"{{"protectedQuery":{{"statistics":{{"billedResourceUtilization":{{"units":0.{zeros}1}}}}}}}}"#
    ))
    .expect("decodes");
    let units = output.protected_query.statistics.expect("statistics");
    assert_eq!(
        units.billed_resource_utilization.map(|b| b.units),
        Some(0.0)
    );
}
