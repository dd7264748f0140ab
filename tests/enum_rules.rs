//! `#[derive(AwsEnum)]`, one test per rule of `union-wire.md`.

use std::str::FromStr;

use aws_union::AwsEnum;

#[derive(Debug, Clone, PartialEq, Eq, Hash, AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE")]
enum Status {
    Submitted,
    TimedOut,
    #[aws(unknown)]
    Unknown(String),
}

#[derive(Debug, Clone, PartialEq, Eq, AwsEnum)]
enum WorkerComputeType {
    #[aws(rename = "CR.1X")]
    Cr1X,
    #[aws(rename = "CR.4X")]
    Cr4X,
    #[aws(unknown)]
    Unknown(String),
}

#[derive(Debug, Clone, PartialEq, Eq, AwsEnum)]
#[aws(deny_unknown_members)]
enum Closed {
    #[aws(rename = "CR.1X")]
    Cr1X,
}

#[test]
fn a_known_value_reads_as_its_variant() {
    let read: Status = serde_json::from_str(r#""TIMED_OUT""#).unwrap();
    assert_eq!(read, Status::TimedOut);
    let read: WorkerComputeType = serde_json::from_str(r#""CR.4X""#).unwrap();
    assert_eq!(read, WorkerComputeType::Cr4X);
}

#[test]
fn a_value_is_written_as_a_plain_string() {
    assert_eq!(
        serde_json::to_string(&Status::Submitted).unwrap(),
        r#""SUBMITTED""#
    );
    assert_eq!(
        serde_json::to_string(&WorkerComputeType::Cr1X).unwrap(),
        r#""CR.1X""#
    );
}

#[test]
fn an_unknown_value_is_kept_and_written_back_unchanged() {
    let read: Status = serde_json::from_str(r#""PAUSED""#).unwrap();
    assert_eq!(read, Status::Unknown("PAUSED".into()));
    assert!(read.is_unknown());
    assert_eq!(serde_json::to_string(&read).unwrap(), r#""PAUSED""#);
    // Matching is exact: case matters.
    let read: Status = serde_json::from_str(r#""submitted""#).unwrap();
    assert_eq!(read, Status::Unknown("submitted".into()));
}

#[test]
fn a_value_that_is_not_a_string_is_an_error_naming_the_enum() {
    for body in ["1", "null", "{}", "[]"] {
        let error = serde_json::from_str::<Status>(body)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("a string value of enum `Status`"),
            "{body}: {error}"
        );
    }
}

#[test]
fn as_str_display_and_from_str_agree_with_the_wire() {
    assert_eq!(Status::TimedOut.as_str(), "TIMED_OUT");
    assert_eq!(Status::TimedOut.to_string(), "TIMED_OUT");
    assert_eq!(Status::from_str("TIMED_OUT"), Ok(Status::TimedOut));
    assert_eq!(Status::from("SUBMITTED"), Status::Submitted);
    assert_eq!(Status::Unknown("X".into()).as_str(), "X");
    let as_ref: &str = Status::Submitted.as_ref();
    assert_eq!(as_ref, "SUBMITTED");
}

#[test]
fn from_str_of_an_open_enum_never_fails() {
    let parsed: Result<Status, std::convert::Infallible> = "ANYTHING".parse();
    assert_eq!(parsed, Ok(Status::Unknown("ANYTHING".into())));
}

#[test]
fn values_lists_the_known_values_in_declaration_order() {
    assert_eq!(Status::VALUES, ["SUBMITTED", "TIMED_OUT"]);
    assert_eq!(WorkerComputeType::VALUES, ["CR.1X", "CR.4X"]);
}

#[test]
fn a_closed_enum_rejects_an_unknown_value_naming_it() {
    let error = serde_json::from_str::<Closed>(r#""CR.2X""#)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("unknown value `CR.2X` for enum `Closed`, expected one of `CR.1X`"),
        "{error}"
    );
    let error = "CR.2X".parse::<Closed>().unwrap_err().to_string();
    assert!(error.contains("unknown value `CR.2X`"), "{error}");
    assert!(!Closed::Cr1X.is_unknown());
}

#[test]
fn cbor_reads_and_writes_the_same_strings() {
    let mut bytes = Vec::new();
    ciborium::into_writer(&Status::Unknown("NEW".into()), &mut bytes).unwrap();
    assert_eq!(
        ciborium::from_reader::<ciborium::Value, _>(bytes.as_slice()).unwrap(),
        ciborium::Value::Text("NEW".into())
    );
    assert_eq!(
        ciborium::from_reader::<Status, _>(bytes.as_slice()).unwrap(),
        Status::Unknown("NEW".into())
    );
}

#[test]
fn an_enum_inside_a_value_reads_from_an_owned_string() {
    let value = serde_json::json!(["TIMED_OUT", "LATER"]);
    let read: Vec<Status> = serde_json::from_value(value).unwrap();
    assert_eq!(read, [Status::TimedOut, Status::Unknown("LATER".into())]);
}
