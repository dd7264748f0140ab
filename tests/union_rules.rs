//! `#[derive(AwsUnion)]`, one test per rule of `union-wire.md`.

use std::collections::BTreeMap;

use aws_union::AwsUnion;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct S3Output {
    location: String,
}

/// A client's union: unknown members are kept by name.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
enum Output {
    S3(S3Output),
    MemberList(Vec<String>),
    #[aws(rename = "FOO")]
    Foo(String),
    Quit,
    #[aws(unknown)]
    SdkUnknownMember {
        name: String,
    },
}

/// A union whose unknown variant keeps the value too.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
enum Keeping {
    S3(S3Output),
    #[aws(unknown)]
    Unknown {
        name: String,
        value: Value,
    },
}

/// A server's union: unknown members are errors.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase", deny_unknown_members)]
enum Strict {
    Int(i32),
    Text(String),
}

fn s3(location: &str) -> Output {
    Output::S3(S3Output {
        location: location.into(),
    })
}

fn read<T: serde::de::DeserializeOwned>(body: &str) -> Result<T, String> {
    serde_json::from_str(body).map_err(|e| e.to_string())
}

fn read_err<T: serde::de::DeserializeOwned + std::fmt::Debug>(body: &str) -> String {
    read::<T>(body).expect_err(body)
}

// Reading, rule 1.
#[test]
fn a_union_value_that_is_not_a_map_is_an_error_naming_the_union() {
    for body in [r#""s3""#, "[]", r#"["s3"]"#, "1", "true", "null"] {
        let error = read_err::<Output>(body);
        assert!(error.contains("union `Output`"), "{body}: {error}");
    }
}

// Reading, rule 2.
#[test]
fn the_type_key_is_ignored_whatever_its_value() {
    for type_value in [
        r#""aws.x#Output""#,
        "null",
        "1",
        "{}",
        r#"{"s3":{}}"#,
        "[1]",
    ] {
        let before = format!(r#"{{"__type":{type_value},"s3":{{"location":"l"}}}}"#);
        let after = format!(r#"{{"s3":{{"location":"l"}},"__type":{type_value}}}"#);
        assert_eq!(read::<Output>(&before), Ok(s3("l")), "{before}");
        assert_eq!(read::<Output>(&after), Ok(s3("l")), "{after}");
    }
}

// Reading, rule 3.
#[test]
fn a_member_whose_value_is_null_counts_as_not_set() {
    let body = r#"{"memberList":null,"s3":{"location":"l"},"quit":null,"newMember":null}"#;
    assert_eq!(read::<Output>(body), Ok(s3("l")));
}

// Reading, rule 4.
#[test]
fn no_member_set_is_an_error_naming_the_union() {
    for body in [
        "{}",
        r#"{"s3":null}"#,
        r#"{"__type":"x"}"#,
        r#"{"future":null,"__type":null}"#,
    ] {
        let error = read_err::<Output>(body);
        assert!(
            error.contains("union `Output` must have exactly one member set, found none"),
            "{body}: {error}"
        );
    }
}

#[test]
fn two_known_members_set_is_an_error_naming_both() {
    let error = read_err::<Output>(r#"{"s3":{"location":"l"},"memberList":["a"]}"#);
    assert!(error.contains("union `Output`"), "{error}");
    assert!(
        error.contains("found both `s3` and `memberList`"),
        "{error}"
    );
}

#[test]
fn a_known_and_an_unknown_member_set_is_an_error_naming_both() {
    let error = read_err::<Output>(r#"{"future":1,"FOO":"x"}"#);
    assert!(error.contains("found both `future` and `FOO`"), "{error}");
}

#[test]
fn two_unknown_members_set_is_an_error_naming_both() {
    let error = read_err::<Output>(r#"{"future":1,"later":2}"#);
    assert!(error.contains("found both `future` and `later`"), "{error}");
}

#[test]
fn the_same_key_set_twice_is_an_error_naming_it_twice() {
    let error = read_err::<Output>(r#"{"FOO":"a","FOO":"b"}"#);
    assert!(error.contains("found both `FOO` and `FOO`"), "{error}");
    let error = read_err::<Output>(r#"{"future":1,"future":2}"#);
    assert!(
        error.contains("found both `future` and `future`"),
        "{error}"
    );
}

// Reading, rule 5.
#[test]
fn keys_are_matched_whether_the_format_lends_them_or_not() {
    let body = r#"{"s3":{"location":"l"}}"#;
    let escaped = r#"{"s\u0033":{"location":"l"}}"#;
    assert_eq!(
        serde_json::from_slice::<Output>(body.as_bytes()).unwrap(),
        s3("l")
    );
    assert_eq!(serde_json::from_str::<Output>(escaped).unwrap(), s3("l"));
    assert_eq!(
        serde_json::from_reader::<_, Output>(body.as_bytes()).unwrap(),
        s3("l")
    );
    assert_eq!(
        serde_json::from_reader::<_, Output>(escaped.as_bytes()).unwrap(),
        s3("l")
    );
    let value: Value = serde_json::from_str(body).unwrap();
    assert_eq!(
        serde_json::from_value::<Output>(value.clone()).unwrap(),
        s3("l")
    );
    assert_eq!(Output::deserialize(&value).unwrap(), s3("l"));
}

#[test]
fn a_member_value_is_read_by_the_members_own_deserialize() {
    let error = read_err::<Output>(r#"{"memberList":"not a list"}"#);
    assert!(
        error.contains("invalid type: string \"not a list\", expected a sequence"),
        "{error}"
    );
    let error = read_err::<Output>(r#"{"s3":{}}"#);
    assert!(error.contains("missing field `location`"), "{error}");
}

// Reading, rule 6.
#[test]
fn an_unknown_member_is_kept_with_the_name_really_set() {
    let unknown = |name: &str| Output::SdkUnknownMember { name: name.into() };
    assert_eq!(
        read::<Output>(r#"{"distribute":{"s3":{}}}"#),
        Ok(unknown("distribute"))
    );
    // botocore names the first raw key here: `__type`, or the null member.
    assert_eq!(
        read::<Output>(r#"{"__type":"x","distribute":1}"#),
        Ok(unknown("distribute"))
    );
    assert_eq!(
        read::<Output>(r#"{"s3":null,"distribute":1}"#),
        Ok(unknown("distribute"))
    );
    assert_eq!(
        read::<Output>(r#"{"older":null,"distribute":[]}"#),
        Ok(unknown("distribute"))
    );
}

#[test]
fn an_unknown_member_keeps_its_value_when_the_variant_asks_for_it() {
    let value = json!({"s3": {"location": "l"}, "memberList": [{"accountId": "1"}]});
    let body = json!({"__type": "x", "distribute": value, "gone": null}).to_string();
    assert_eq!(
        read::<Keeping>(&body),
        Ok(Keeping::Unknown {
            name: "distribute".into(),
            value
        })
    );
}

// Reading, rule 7.
#[test]
fn the_sdk_unknown_member_form_reads_back_into_the_unknown_variant() {
    let body = r#"{"SDK_UNKNOWN_MEMBER":{"name":"distribute"}}"#;
    assert_eq!(
        read::<Output>(body),
        Ok(Output::SdkUnknownMember {
            name: "distribute".into()
        })
    );
    let written = serde_json::to_string(&read::<Output>(body).unwrap()).unwrap();
    assert_eq!(written, body);
}

#[test]
fn the_sdk_unknown_member_form_needs_a_name() {
    let error = read_err::<Output>(r#"{"SDK_UNKNOWN_MEMBER":{}}"#);
    assert!(error.contains("missing field `name`"), "{error}");
    let error = read_err::<Output>(r#"{"SDK_UNKNOWN_MEMBER":"distribute"}"#);
    assert!(error.contains("{\"name\": \"<member name>\"}"), "{error}");
}

#[test]
fn the_sdk_unknown_member_form_reads_into_a_value_keeping_variant_with_no_value() {
    let body = r#"{"SDK_UNKNOWN_MEMBER":{"name":"distribute"}}"#;
    assert_eq!(
        read::<Keeping>(body),
        Ok(Keeping::Unknown {
            name: "distribute".into(),
            value: Value::Null
        })
    );
}

#[test]
fn the_sdk_unknown_member_form_read_into_a_value_keeping_variant_is_written_back_in_that_form() {
    let body = r#"{"SDK_UNKNOWN_MEMBER":{"name":"distribute"}}"#;
    let read: Keeping = serde_json::from_str(body).unwrap();
    let written = serde_json::to_string(&read).unwrap();
    assert_eq!(written, body);
    assert_eq!(serde_json::from_str::<Keeping>(&written).unwrap(), read);

    #[derive(Debug, PartialEq, AwsUnion)]
    enum OptionalValue {
        Known(u8),
        #[aws(unknown)]
        Unknown {
            name: String,
            value: Option<Vec<u8>>,
        },
    }
    let read: OptionalValue = serde_json::from_str(body).unwrap();
    assert_eq!(
        read,
        OptionalValue::Unknown {
            name: "distribute".into(),
            value: None
        }
    );
    assert_eq!(serde_json::to_string(&read).unwrap(), body);
    let kept = OptionalValue::Unknown {
        name: "later".into(),
        value: Some(vec![1]),
    };
    assert_eq!(serde_json::to_string(&kept).unwrap(), r#"{"later":[1]}"#);
}

// Reading, rule 8.
#[test]
fn a_unit_member_accepts_any_value_and_is_written_as_an_empty_map() {
    for value in ["{}", r#"{"a":1}"#, "1", r#""x""#, "[]", "true"] {
        assert_eq!(
            read::<Output>(&format!(r#"{{"quit":{value}}}"#)),
            Ok(Output::Quit),
            "{value}"
        );
    }
    assert_eq!(
        serde_json::to_string(&Output::Quit).unwrap(),
        r#"{"quit":{}}"#
    );
}

// Writing.
#[test]
fn a_known_member_is_written_as_a_map_with_one_entry() {
    assert_eq!(
        serde_json::to_value(s3("l")).unwrap(),
        json!({"s3": {"location": "l"}})
    );
    assert_eq!(
        serde_json::to_value(Output::Foo("x".into())).unwrap(),
        json!({"FOO": "x"})
    );
    let list = Output::MemberList(vec!["a".into()]);
    assert_eq!(
        serde_json::to_value(list).unwrap(),
        json!({"memberList": ["a"]})
    );
}

#[test]
fn the_unknown_variant_is_written_in_boto3s_form() {
    let unknown = Output::SdkUnknownMember {
        name: "distribute".into(),
    };
    assert_eq!(
        serde_json::to_value(unknown).unwrap(),
        json!({"SDK_UNKNOWN_MEMBER": {"name": "distribute"}})
    );
}

#[test]
fn a_kept_unknown_value_is_written_back_as_it_came() {
    let body = r#"{"distribute":{"memberList":[{"accountId":"111122223333"}]}}"#;
    let read: Keeping = serde_json::from_str(body).unwrap();
    assert_eq!(serde_json::to_string(&read).unwrap(), body);
}

// deny_unknown_members.
#[test]
fn deny_unknown_members_makes_an_unknown_member_an_error_naming_it() {
    let error = read_err::<Strict>(r#"{"future":"x"}"#);
    assert!(
        error.contains("unknown member `future` in union `Strict`"),
        "{error}"
    );
    let error = read_err::<Strict>(r#"{"SDK_UNKNOWN_MEMBER":{"name":"x"}}"#);
    assert!(
        error.contains("unknown member `SDK_UNKNOWN_MEMBER`"),
        "{error}"
    );
}

#[test]
fn deny_unknown_members_still_counts_a_null_unknown_member_as_not_set() {
    assert_eq!(
        read::<Strict>(r#"{"future":null,"int":1}"#),
        Ok(Strict::Int(1))
    );
}

// Generated helpers.
#[test]
fn member_name_is_the_wire_name_or_the_unknown_members_name() {
    assert_eq!(s3("l").member_name(), "s3");
    assert_eq!(Output::Foo("x".into()).member_name(), "FOO");
    assert_eq!(Output::Quit.member_name(), "quit");
    assert_eq!(
        Output::SdkUnknownMember {
            name: "later".into()
        }
        .member_name(),
        "later"
    );
}

#[test]
fn is_unknown_tells_the_unknown_variant() {
    assert!(Output::SdkUnknownMember {
        name: "later".into()
    }
    .is_unknown());
    assert!(!Output::Quit.is_unknown());
    assert!(!Strict::Int(1).is_unknown());
}

#[test]
fn as_and_is_helpers_exist_for_every_member() {
    let value = s3("l");
    assert_eq!(
        value.as_s3(),
        Some(&S3Output {
            location: "l".into()
        })
    );
    assert!(value.is_s3());
    assert_eq!(value.as_member_list(), None);
    assert!(!value.is_member_list());
    assert_eq!(
        Output::Foo("x".into()).as_foo().map(String::as_str),
        Some("x")
    );
    assert_eq!(Output::Quit.as_quit(), Some(&()));
    assert!(Output::Quit.is_quit());
}

#[test]
fn members_lists_the_wire_names_in_declaration_order() {
    assert_eq!(Output::MEMBERS, ["s3", "memberList", "FOO", "quit"]);
    assert_eq!(Strict::MEMBERS, ["int", "text"]);
}

// Declarations.
#[test]
fn generics_get_bounds_inferred_from_the_member_types() {
    /// Not serde at all: only used through `PhantomData`, which is.
    #[derive(Debug, PartialEq)]
    struct NotSerde;

    #[derive(Debug, PartialEq, AwsUnion)]
    enum Generic<T, U> {
        Items(Vec<T>),
        Boxed(Box<T>),
        Marker(std::marker::PhantomData<U>),
        Map(BTreeMap<String, T>),
        #[aws(unknown)]
        Unknown {
            name: String,
        },
    }

    let read: Generic<u8, NotSerde> = serde_json::from_str(r#"{"Items":[1,2]}"#).unwrap();
    assert_eq!(read, Generic::Items(vec![1, 2]));
    assert_eq!(serde_json::to_string(&read).unwrap(), r#"{"Items":[1,2]}"#);
    assert_eq!(read.as_items().map(Vec::len), Some(2));
}

#[test]
fn a_union_can_hold_itself_through_a_box() {
    #[derive(Debug, PartialEq, AwsUnion)]
    #[aws(rename_all = "camelCase")]
    enum Expr {
        Leaf(i64),
        Not(Box<Expr>),
        #[aws(unknown)]
        Unknown {
            name: String,
        },
    }
    let body = r#"{"not":{"__type":"x","not":{"leaf":1}}}"#;
    let read: Expr = serde_json::from_str(body).unwrap();
    assert_eq!(
        read,
        Expr::Not(Box::new(Expr::Not(Box::new(Expr::Leaf(1)))))
    );
}

#[test]
fn raw_identifiers_name_members_without_the_prefix() {
    #[derive(Debug, PartialEq, AwsUnion)]
    #[allow(non_camel_case_types)]
    enum Keywords {
        r#match(String),
        r#Type(u8),
        #[aws(unknown)]
        Unknown {
            name: String,
        },
    }
    assert_eq!(Keywords::MEMBERS, ["match", "Type"]);
    let read: Keywords = serde_json::from_str(r#"{"match":"m"}"#).unwrap();
    assert_eq!(read.as_match().map(String::as_str), Some("m"));
    assert!(Keywords::r#Type(1).is_type());
}

#[test]
fn rename_all_takes_serdes_case_names() {
    #[derive(Debug, PartialEq, AwsUnion)]
    #[aws(rename_all = "snake_case")]
    enum Snake {
        MemberList(u8),
        #[aws(unknown)]
        Unknown {
            name: String,
        },
    }
    #[derive(Debug, PartialEq, AwsUnion)]
    #[aws(rename_all = "SCREAMING-KEBAB-CASE")]
    enum Kebab {
        MemberList(u8),
        #[aws(unknown)]
        Unknown {
            name: String,
        },
    }
    assert_eq!(Snake::MEMBERS, ["member_list"]);
    assert_eq!(Kebab::MEMBERS, ["MEMBER-LIST"]);
}

// Other self-describing formats: CBOR.
#[test]
fn cbor_follows_the_same_reading_rules() {
    use ciborium::Value as Cbor;
    let text = |s: &str| Cbor::Text(s.into());
    let map = Cbor::Map(vec![
        (text("__type"), text("aws#Output")),
        (text("memberList"), Cbor::Null),
        (text("s3"), Cbor::Map(vec![(text("location"), text("l"))])),
        (text("future"), Cbor::Null),
    ]);
    let mut bytes = Vec::new();
    ciborium::into_writer(&map, &mut bytes).unwrap();
    let read: Output = ciborium::from_reader(bytes.as_slice()).unwrap();
    assert_eq!(read, s3("l"));

    let two = Cbor::Map(vec![
        (text("quit"), Cbor::Map(vec![])),
        (text("FOO"), text("x")),
    ]);
    let mut bytes = Vec::new();
    ciborium::into_writer(&two, &mut bytes).unwrap();
    let error = ciborium::from_reader::<Output, _>(bytes.as_slice()).unwrap_err();
    assert!(
        format!("{error:?}").contains("found both `quit` and `FOO`"),
        "{error:?}"
    );
}

#[test]
fn cbor_keeps_an_unknown_member_and_writes_boto3s_form() {
    let unknown = Output::SdkUnknownMember {
        name: "later".into(),
    };
    let mut bytes = Vec::new();
    ciborium::into_writer(&unknown, &mut bytes).unwrap();
    let raw: ciborium::Value = ciborium::from_reader(bytes.as_slice()).unwrap();
    let expected = ciborium::Value::Map(vec![(
        ciborium::Value::Text("SDK_UNKNOWN_MEMBER".into()),
        ciborium::Value::Map(vec![(
            ciborium::Value::Text("name".into()),
            ciborium::Value::Text("later".into()),
        )]),
    )]);
    assert_eq!(raw, expected);
    assert_eq!(
        ciborium::from_reader::<Output, _>(bytes.as_slice()).unwrap(),
        unknown
    );
}

// Members with AWS's scalar rules.
#[derive(PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase", debug)]
enum Measured {
    #[aws(float)]
    Ratio(f64),
    #[aws(timestamp = "date-time")]
    At(aws_union::Timestamp),
    #[aws(sensitive)]
    Secret(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

#[test]
fn a_float_member_reads_and_writes_the_specials() {
    let value: Measured = serde_json::from_str(r#"{"ratio":"NaN"}"#).unwrap();
    assert!(value.as_ratio().is_some_and(|r| r.is_nan()));
    assert_eq!(serde_json::to_string(&value).unwrap(), r#"{"ratio":"NaN"}"#);
}

#[test]
fn a_timestamp_member_is_written_in_its_format() {
    let value: Measured = serde_json::from_str(r#"{"at":1700000000.5}"#).unwrap();
    assert_eq!(
        serde_json::to_string(&value).unwrap(),
        r#"{"at":"2023-11-14T22:13:20.500Z"}"#
    );
}

#[test]
fn a_sensitive_member_is_redacted_in_debug() {
    let shown = format!("{:?}", Measured::Secret("hunter2".into()));
    assert_eq!(shown, r#"Secret("*** Sensitive Data Redacted ***")"#);
}
