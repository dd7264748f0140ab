//! Sensitive members never appear in `Debug` output; aws-sdk-rust prints
//! `*** Sensitive Data Redacted ***` in their place.

use cleanrooms_runtime::model::{
    decode_update_protected_query_output, ProtectedQuerySQLParameters,
};

const REDACTED: &str = "*** Sensitive Data Redacted ***";

const BODY: &[u8] = br#"{"protectedQuery":{"id":"q-id","membershipId":"m-id","membershipArn":"arn",
  "createTime":1700000000,"status":"STARTED",
  "sqlParameters":{"queryString":"SELECT secret_column FROM t WHERE x = :p",
    "analysisTemplateArn":"arn:template-secret","parameters":{"p":"hunter2"}}}}"#;

#[test]
fn sensitive_sql_parameters_are_redacted_in_debug() {
    let query = decode_update_protected_query_output(BODY)
        .expect("reads")
        .protected_query;
    for shown in [format!("{query:?}"), format!("{query:#?}")] {
        assert!(
            shown.contains(&format!("sql_parameters: \"{REDACTED}\"")),
            "{shown}"
        );
        for secret in ["secret_column", "template-secret", "hunter2"] {
            assert!(!shown.contains(secret), "{secret} leaked: {shown}");
        }
    }
}

#[test]
fn sensitive_parameters_are_redacted_in_debug() {
    let p: ProtectedQuerySQLParameters =
        serde_json::from_str(r#"{"queryString":"SELECT 1","parameters":{"p":"hunter2"}}"#)
            .expect("reads");
    let shown = format!("{p:?}");
    assert_eq!(
        shown,
        format!(
            "ProtectedQuerySQLParameters {{ query_string: \"{REDACTED}\", \
             analysis_template_arn: \"{REDACTED}\", parameters: \"{REDACTED}\" }}"
        )
    );
}

#[test]
fn debug_still_shows_the_members_that_are_not_sensitive() {
    let query = decode_update_protected_query_output(BODY)
        .expect("reads")
        .protected_query;
    let shown = format!("{query:?}");
    for visible in ["q-id", "m-id", "Started", "2023-11-14T22:13:20Z"] {
        assert!(shown.contains(visible), "{visible} missing: {shown}");
    }
}

#[test]
fn sensitive_values_are_still_written_to_json() {
    // Redaction is for logs only; the wire form keeps the values.
    let query = decode_update_protected_query_output(BODY)
        .expect("reads")
        .protected_query;
    let written = serde_json::to_string(&query).expect("writes");
    assert!(written.contains("hunter2") && written.contains("secret_column"));
}
