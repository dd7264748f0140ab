//! `#[derive(AwsUnion)]`: members the model does not know, one test per rule of
//! `union-wire.md` (reading rules 6 and 7, writing them back, `deny_unknown_members`).

mod union_support;

use aws_union::AwsUnion;
use serde_json::{json, Value};
use union_support::{read, read_err, Keeping, Output, Strict};

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
