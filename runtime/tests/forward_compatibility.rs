//! Bodies from a service newer than this model: union members and enum values no model has
//! yet decode without error, keeping their names and values, and are written back as they
//! came.

use aws_union::AnyValue;
use cleanrooms_runtime::model::{
    decode_update_protected_query_output, ComputeConfiguration, DifferentialPrivacyAggregationType,
    ProtectedQueryDistributeOutputConfigurationLocation, ProtectedQueryOutput,
    ProtectedQueryOutputConfiguration, ProtectedQueryStatus, ResultFormat,
    TargetProtectedQueryStatus, WorkerComputeConfigurationProperties, WorkerComputeType,
};
use serde_json::{json, Value};

/// A body with a member no model has in every union of the model.
const NEWER_BODY: &str = r#"{"protectedQuery":{"id":"q","membershipId":"m","membershipArn":"a",
  "createTime":1700000000,"status":"PAUSED",
  "resultConfiguration":{"outputConfiguration":{"warehouse":{"table":"t","copies":[1,2.5,"x",null,true]}}},
  "result":{"output":{"stream":"kinesis://s"}},
  "computeConfiguration":{"quantum":{"qubits":64}},
  "differentialPrivacy":{"sensitivityParameters":[{"aggregationType":"MEDIAN","aggregationExpression":"x",
    "userContributionLimit":1}]}}}"#;

/// The unknown member's name and its kept value, as JSON.
fn unknown_parts<'a>(name: &'a str, value: &AnyValue) -> (&'a str, Value) {
    (
        name,
        serde_json::to_value(value).expect("a kept value is JSON"),
    )
}

#[test]
fn unknown_union_members_keep_their_names_and_values() {
    let q = decode_update_protected_query_output(NEWER_BODY.as_bytes())
        .expect("reads")
        .protected_query;

    let config = q
        .result_configuration
        .as_ref()
        .expect("config")
        .output_configuration
        .clone();
    let ProtectedQueryOutputConfiguration::SdkUnknownMember { name, value } = &config else {
        panic!("expected an unknown member, got {config:?}");
    };
    assert_eq!(
        unknown_parts(name, value),
        (
            "warehouse",
            json!({"table": "t", "copies": [1, 2.5, "x", null, true]})
        )
    );
    assert!(config.is_unknown());
    assert_eq!(config.member_name(), "warehouse");

    let output = &q.result.as_ref().expect("result").output;
    let ProtectedQueryOutput::SdkUnknownMember { name, value } = output else {
        panic!("{output:?}")
    };
    assert_eq!(unknown_parts(name, value), ("stream", json!("kinesis://s")));

    let compute = q.compute_configuration.as_ref().expect("compute");
    let ComputeConfiguration::SdkUnknownMember { name, value } = compute else {
        panic!("{compute:?}")
    };
    assert_eq!(
        unknown_parts(name, value),
        ("quantum", json!({"qubits": 64}))
    );
}

#[test]
fn unknown_members_of_the_nested_unions_are_kept_too() {
    let location: ProtectedQueryDistributeOutputConfigurationLocation =
        serde_json::from_str(r#"{"glacier":{"vault":"v"}}"#).expect("reads");
    assert_eq!(location.member_name(), "glacier");
    let properties: WorkerComputeConfigurationProperties =
        serde_json::from_str(r#"{"flink":{"parallelism":"4"}}"#).expect("reads");
    let WorkerComputeConfigurationProperties::SdkUnknownMember { name, value } = &properties else {
        panic!("{properties:?}")
    };
    assert_eq!(
        unknown_parts(name, value),
        ("flink", json!({"parallelism": "4"}))
    );
}

#[test]
fn unknown_union_members_are_written_back_as_they_came() {
    let output = decode_update_protected_query_output(NEWER_BODY.as_bytes()).expect("reads");
    let written: Value = serde_json::to_value(&output).expect("writes");
    let original: Value = serde_json::from_str(NEWER_BODY).expect("JSON");
    assert_eq!(written, original);
}

#[test]
fn unknown_member_after_a_type_key_or_null_member_keeps_its_real_name() {
    // botocore names the first raw key here (`__type`, `s3`); the member really set is `later`.
    for union in [
        r#"{"__type":"x","later":{"v":1}}"#,
        r#"{"s3":null,"later":{"v":1}}"#,
        r#"{"earlier":null,"__type":"x","later":{"v":1}}"#,
    ] {
        let output: ProtectedQueryOutput = serde_json::from_str(union).expect(union);
        assert_eq!(output.member_name(), "later", "{union}");
        assert_eq!(
            serde_json::to_string(&output).expect("writes"),
            r#"{"later":{"v":1}}"#
        );
    }
}

#[test]
fn boto3_unknown_member_form_reads_back() {
    let output: ProtectedQueryOutput =
        serde_json::from_str(r#"{"SDK_UNKNOWN_MEMBER":{"name":"stream"}}"#).expect("reads");
    assert_eq!(
        output,
        ProtectedQueryOutput::SdkUnknownMember {
            name: "stream".into(),
            value: Box::new(AnyValue::Null)
        }
    );
}

#[test]
fn unknown_enum_values_are_kept_and_written_back() {
    let q = decode_update_protected_query_output(NEWER_BODY.as_bytes())
        .expect("reads")
        .protected_query;
    assert_eq!(q.status, ProtectedQueryStatus::Unknown("PAUSED".into()));
    let aggregation =
        &q.differential_privacy.expect("dp").sensitivity_parameters[0].aggregation_type;
    assert_eq!(
        aggregation,
        &DifferentialPrivacyAggregationType::Unknown("MEDIAN".into())
    );

    let format: ResultFormat = serde_json::from_str(r#""AVRO""#).expect("reads");
    assert_eq!(format, ResultFormat::Unknown("AVRO".into()));
    let worker: WorkerComputeType = serde_json::from_str(r#""CR.16X""#).expect("reads");
    assert_eq!(worker.as_str(), "CR.16X");
    let target: TargetProtectedQueryStatus = serde_json::from_str(r#""PAUSED""#).expect("reads");
    assert_eq!(
        serde_json::to_string(&target).expect("writes"),
        r#""PAUSED""#
    );
    // Case matters: a value in another case is another value.
    let lower: ProtectedQueryStatus = serde_json::from_str(r#""success""#).expect("reads");
    assert_eq!(lower, ProtectedQueryStatus::Unknown("success".into()));
}
