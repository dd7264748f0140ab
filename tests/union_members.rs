//! `#[derive(AwsUnion)]`: reading and writing known members, one test per rule of
//! `union-wire.md` (reading rules 1 to 5 and 8, and writing).

mod union_support;

use serde::Deserialize;
use serde_json::{json, Value};
use union_support::{read, read_err, s3, Output};

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
