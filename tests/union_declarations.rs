//! `#[derive(AwsUnion)]`: what a declaration may hold (generics, recursion, raw identifiers,
//! case rules, members with AWS's scalar rules), one test per rule.

use std::collections::BTreeMap;

use aws_union::AwsUnion;

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
