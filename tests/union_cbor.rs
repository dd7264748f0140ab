//! `#[derive(AwsUnion)]` in another self-describing format, CBOR: the same rules as JSON.

mod union_support;

use union_support::{s3, Output};

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
