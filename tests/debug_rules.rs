//! The `Debug` that `#[aws(debug)]` generates, one test per redaction rule: what the type
//! (`#[aws(sensitive)]` on it) or a member marks sensitive prints
//! `*** Sensitive Data Redacted ***`, wherever the value is printed from.

use aws_union::{AwsEnum, AwsStructure, AwsUnion};

const REDACTED: &str = "*** Sensitive Data Redacted ***";

#[derive(Clone, PartialEq, Eq, AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE", debug, sensitive)]
enum Clearance {
    TopSecret,
    #[aws(unknown)]
    Unknown(String),
}

#[derive(Clone, PartialEq, Eq, AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE", debug)]
enum Colour {
    DarkRed,
    #[aws(unknown)]
    Unknown(String),
}

#[test]
fn a_sensitive_enum_prints_only_the_redaction_marker() {
    assert_eq!(format!("{:?}", Clearance::TopSecret), REDACTED);
    let unknown: Clearance = serde_json::from_str(r#""COSMIC""#).unwrap();
    assert_eq!(format!("{unknown:?}"), REDACTED);
    assert_eq!(format!("{unknown:#?}"), REDACTED);
    // Only `Debug` is redacted: the value is still the value.
    assert_eq!(unknown.as_str(), "COSMIC");
}

#[test]
fn a_sensitive_enum_stays_redacted_inside_other_values() {
    let shown = format!(
        "{:?}",
        (Some(Clearance::TopSecret), vec![Clearance::from("COSMIC")])
    );
    assert!(!shown.contains("TopSecret"), "{shown}");
    assert!(!shown.contains("COSMIC"), "{shown}");
    assert_eq!(shown, format!("(Some({REDACTED}), [{REDACTED}])"));
}

#[test]
fn an_enum_that_is_not_sensitive_prints_as_derive_debug_would() {
    assert_eq!(format!("{:?}", Colour::DarkRed), "DarkRed");
    assert_eq!(format!("{:?}", Colour::from("TEAL")), r#"Unknown("TEAL")"#);
    assert_eq!(
        format!("{:#?}", Colour::from("TEAL")),
        "Unknown(\n    \"TEAL\",\n)"
    );
}

#[derive(Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase", debug, sensitive)]
enum Credential {
    Password(String),
    Pin(i32),
    #[aws(unknown)]
    SdkUnknownMember {
        name: String,
        value: aws_union::AnyValue,
    },
}

#[test]
fn a_sensitive_union_is_redacted_whole() {
    let shown = format!("{:?}", Credential::Password("hunter2".into()));
    assert_eq!(shown, format!("Password({REDACTED:?})"));
    let shown = format!("{:?}", Credential::Pin(1234));
    assert!(!shown.contains("1234"), "{shown}");
    let unknown: Credential = serde_json::from_str(r#"{"token": "abc123"}"#).unwrap();
    let shown = format!("{unknown:?}");
    assert!(!shown.contains("abc123"), "{shown}");
    assert!(shown.contains(r#"name: "token""#), "{shown}");
}

#[derive(Clone, PartialEq, AwsStructure)]
#[aws(rename_all = "camelCase", debug)]
struct Badge {
    #[aws(sensitive)]
    clearance: Option<Clearance>,
    colour: Option<Colour>,
}

#[test]
fn a_member_holding_a_sensitive_enum_is_redacted_where_it_is_used() {
    let badge = Badge {
        clearance: Some(Clearance::TopSecret),
        colour: Some(Colour::DarkRed),
    };
    let shown = format!("{badge:?}");
    assert!(!shown.contains("TopSecret"), "{shown}");
    assert!(shown.contains("DarkRed"), "{shown}");
}
