//! `#[derive(AwsStructure)]`: one test per rule of the spec, in JSON and, where the format
//! matters, in CBOR.

use std::collections::BTreeMap;

use aws_union::{AnyValue, AwsEnum, AwsStructure, AwsUnion, Blob, Timestamp};

#[derive(Debug, Clone, PartialEq, Eq, AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE")]
enum Status {
    Started,
    #[aws(unknown)]
    Unknown(String),
}

#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
enum Output {
    S3(String),
    #[aws(unknown)]
    SdkUnknownMember {
        name: String,
        value: AnyValue,
    },
}

#[derive(Debug, Clone, PartialEq, AwsStructure)]
#[aws(rename_all = "camelCase")]
struct Inner {
    #[aws(required)]
    account_id: String,
    note: Option<String>,
}

#[derive(Clone, PartialEq, AwsStructure)]
#[aws(rename_all = "camelCase", debug, default)]
struct Query {
    #[aws(required)]
    id: String,
    #[aws(required)]
    number: i32,
    #[aws(required)]
    single_file: bool,
    #[aws(required)]
    items: Vec<String>,
    #[aws(required)]
    tags: BTreeMap<String, String>,
    #[aws(required)]
    status: Status,
    #[aws(required)]
    inner: Inner,
    #[aws(required)]
    output: Output,
    #[aws(required, timestamp = "epoch-seconds")]
    create_time: Timestamp,
    #[aws(required)]
    payload: Blob,
    #[aws(rename = "KeyPrefix")]
    key_prefix: Option<String>,
    #[aws(sensitive)]
    secret: Option<String>,
}

fn cbor<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    ciborium::into_writer(value, &mut out).unwrap();
    out
}

#[test]
fn a_structure_is_read_from_a_map() {
    let query: Query = serde_json::from_str(r#"{"id":"q","number":2}"#).unwrap();
    assert_eq!((query.id.as_str(), query.number), ("q", 2));
}

#[test]
fn a_sequence_is_an_error_naming_the_structure() {
    let err = serde_json::from_str::<Inner>(r#"["111122223333", "note"]"#).unwrap_err();
    assert!(err.to_string().contains("structure `Inner`"), "JSON: {err}");
    let err =
        ciborium::from_reader::<Inner, _>(cbor(&("111122223333", "n")).as_slice()).unwrap_err();
    assert!(err.to_string().contains("structure `Inner`"), "CBOR: {err}");
}

#[test]
fn any_other_value_is_an_error_naming_the_structure() {
    for body in ["\"text\"", "12", "true", "null"] {
        let err = serde_json::from_str::<Inner>(body).unwrap_err();
        assert!(
            err.to_string().contains("structure `Inner`"),
            "{body}: {err}"
        );
    }
}

#[test]
fn type_key_is_skipped() {
    let inner: Inner = serde_json::from_str(r#"{"__type":"aws#Inner","accountId":"1"}"#).unwrap();
    assert_eq!(inner.account_id, "1");
}

#[test]
fn members_the_model_does_not_know_are_skipped() {
    let inner: Inner = serde_json::from_str(
        r#"{"newMember":{"deep":[1,2,{"x":null}]},"accountId":"1","other":"x"}"#,
    )
    .unwrap();
    assert_eq!(inner.account_id, "1");
    let cbor_body = {
        let mut map: BTreeMap<&str, ciborium::Value> = BTreeMap::new();
        map.insert("accountId", "1".into());
        map.insert("newMember", ciborium::Value::Bytes(vec![1, 2]));
        cbor(&map)
    };
    let inner: Inner = ciborium::from_reader(cbor_body.as_slice()).unwrap();
    assert_eq!(inner.account_id, "1");
}

#[test]
fn a_null_member_is_unset() {
    let inner: Inner = serde_json::from_str(r#"{"accountId":"1","note":null}"#).unwrap();
    assert_eq!(inner.note, None);
}

#[test]
fn a_key_set_twice_is_an_error_naming_the_structure_and_the_member() {
    let err = serde_json::from_str::<Inner>(r#"{"accountId":"1","accountId":"2"}"#).unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("`accountId`") && message.contains("structure `Inner`"),
        "{message}"
    );
}

#[test]
fn an_option_member_is_left_out_when_none() {
    let inner = Inner {
        account_id: "1".into(),
        note: None,
    };
    assert_eq!(
        serde_json::to_string(&inner).unwrap(),
        r#"{"accountId":"1"}"#
    );
    let read: Inner = ciborium::from_reader(cbor(&inner).as_slice()).unwrap();
    assert_eq!(read, inner);
}

#[test]
fn required_members_left_out_get_their_zero_value() {
    let query: Query = serde_json::from_str("{}").unwrap();
    assert_eq!(query.id, "");
    assert_eq!(query.number, 0);
    assert!(!query.single_file);
    assert!(query.items.is_empty() && query.tags.is_empty());
    assert_eq!(query.status, Status::Unknown("no value was set".into()));
    assert_eq!(
        query.inner,
        Inner {
            account_id: String::new(),
            note: None
        }
    );
    assert!(query.output.is_unknown());
    assert_eq!(query.output.member_name(), "");
    assert_eq!(query.create_time, Timestamp::UNIX_EPOCH);
    assert!(query.payload.is_empty());
}

#[test]
fn a_required_union_whose_unknown_value_is_boxed_gets_its_zero_value() {
    #[derive(Debug, Clone, PartialEq, AwsUnion)]
    enum Boxed {
        Text(String),
        #[aws(unknown)]
        SdkUnknownMember {
            name: String,
            value: Box<AnyValue>,
        },
    }

    #[derive(Debug, PartialEq, AwsStructure)]
    struct Holder {
        #[aws(required)]
        content: Boxed,
    }

    let holder: Holder = serde_json::from_str("{}").unwrap();
    assert_eq!(
        holder.content,
        Boxed::SdkUnknownMember {
            name: String::new(),
            value: Box::new(AnyValue::Null)
        }
    );
}

#[test]
fn required_members_sent_as_null_get_their_zero_value() {
    let query: Query = serde_json::from_str(
        r#"{"id":null,"number":null,"status":null,"inner":null,"output":null,"createTime":null}"#,
    )
    .unwrap();
    assert_eq!(query, Query::default());
}

#[test]
fn a_missing_member_that_is_neither_required_nor_optional_is_an_error() {
    #[derive(Debug, AwsStructure)]
    struct Plain {
        #[allow(dead_code)]
        value: u8,
    }
    let err = serde_json::from_str::<Plain>("{}").unwrap_err();
    assert!(err.to_string().contains("missing member `value`"), "{err}");
}

#[test]
fn rename_sets_a_member_wire_name() {
    let query: Query = serde_json::from_str(r#"{"KeyPrefix":"p/"}"#).unwrap();
    assert_eq!(query.key_prefix.as_deref(), Some("p/"));
}

#[test]
fn rename_all_sets_every_member_wire_name() {
    let query = Query {
        single_file: true,
        ..Query::default()
    };
    let written = serde_json::to_value(&query).unwrap();
    assert_eq!(written["singleFile"], true);
    assert!(written.get("single_file").is_none());
}

#[test]
fn sensitive_members_are_redacted_in_debug() {
    let query = Query {
        secret: Some("hunter2".into()),
        ..Query::default()
    };
    let shown = format!("{query:?}");
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(shown.contains("*** Sensitive Data Redacted ***"), "{shown}");
}

#[test]
fn a_sensitive_structure_is_redacted_whole() {
    #[derive(AwsStructure)]
    #[aws(debug, sensitive)]
    struct Secret {
        #[aws(required)]
        text: String,
    }
    let shown = format!(
        "{:?}",
        Secret {
            text: "hunter2".into()
        }
    );
    assert!(!shown.contains("hunter2"), "{shown}");
}

#[test]
fn what_is_written_reads_back_in_json_and_cbor() {
    let mut tags = BTreeMap::new();
    tags.insert("k".to_owned(), "v".to_owned());
    let query = Query {
        id: "q".into(),
        number: 7,
        single_file: true,
        items: vec!["a".into()],
        tags,
        status: Status::Started,
        inner: Inner {
            account_id: "1".into(),
            note: Some("n".into()),
        },
        output: Output::S3("s3://b".into()),
        create_time: Timestamp::from_millis(1_700_000_000_123).unwrap(),
        payload: Blob::from(vec![0, 255]),
        key_prefix: Some("p".into()),
        secret: None,
    };
    let json: Query = serde_json::from_str(&serde_json::to_string(&query).unwrap()).unwrap();
    assert_eq!(json, query);
    let binary: Query = ciborium::from_reader(cbor(&query).as_slice()).unwrap();
    assert_eq!(binary, query);
}

#[test]
fn float_members_read_and_write_the_specials() {
    #[derive(Debug, PartialEq, AwsStructure)]
    struct Stats {
        #[aws(required, float)]
        units: f64,
        #[aws(float)]
        min: Option<f32>,
        #[aws(float)]
        values: Option<Vec<f64>>,
    }
    let stats: Stats =
        serde_json::from_str(r#"{"units":"Infinity","min":"-Infinity","values":[1.5,"NaN"]}"#)
            .unwrap();
    assert_eq!(stats.units, f64::INFINITY);
    assert_eq!(stats.min, Some(f32::NEG_INFINITY));
    assert!(stats.values.as_ref().unwrap()[1].is_nan());
    assert_eq!(
        serde_json::to_string(&stats).unwrap(),
        r#"{"units":"Infinity","min":"-Infinity","values":[1.5,"NaN"]}"#
    );
}

#[test]
fn timestamp_members_are_written_in_their_format() {
    #[derive(Debug, PartialEq, AwsStructure)]
    struct Times {
        #[aws(required, timestamp = "date-time")]
        at: Timestamp,
        #[aws(timestamp = "http-date")]
        expires: Option<Timestamp>,
        #[aws(required)]
        plain: Timestamp,
    }
    let t = Timestamp::from_millis(1_700_000_000_123).unwrap();
    let times = Times {
        at: t,
        expires: Some(Timestamp::from_secs(1_700_000_000).unwrap()),
        plain: t,
    };
    assert_eq!(
        serde_json::to_string(&times).unwrap(),
        r#"{"at":"2023-11-14T22:13:20.123Z","expires":"Tue, 14 Nov 2023 22:13:20 GMT","plain":1700000000.123}"#
    );
    let read: Times = serde_json::from_str(&serde_json::to_string(&times).unwrap()).unwrap();
    assert_eq!(read, times);
}
