//! `#[aws(skip)]` on a structure member: a field outside the serde form (a member an HTTP
//! binding carries, such as a header or a URI label), one test per rule. Its misuse is a
//! compile error: `tests/ui/skip-*.rs`.

use aws_union::AwsStructure;

#[derive(Clone, PartialEq, AwsStructure)]
#[aws(debug, default)]
struct Request {
    #[aws(rename = "Title", required)]
    title: String,
    #[aws(skip)]
    id: Option<String>,
    #[aws(skip, sensitive)]
    token: Option<String>,
    #[aws(skip)]
    attempts: u32,
}

/// A structure read by the derive's own visitor (a member neither `Option` nor required).
#[derive(Debug, PartialEq, AwsStructure)]
struct Plain {
    #[aws(rename = "value")]
    value: String,
    #[aws(skip)]
    status: Option<i32>,
}

fn request() -> Request {
    Request {
        title: "t".into(),
        id: Some("id-1".into()),
        token: Some("secret".into()),
        attempts: 3,
    }
}

#[test]
fn a_skipped_member_is_not_written() {
    let json = serde_json::to_string(&request()).unwrap();
    assert_eq!(json, r#"{"Title":"t"}"#);
    let mut cbor = Vec::new();
    ciborium::into_writer(&request(), &mut cbor).unwrap();
    let value: ciborium::Value = ciborium::from_reader(cbor.as_slice()).unwrap();
    assert_eq!(
        value,
        ciborium::Value::Map(vec![("Title".into(), "t".into())])
    );
}

#[test]
fn a_skipped_member_is_not_read_and_holds_its_default() {
    let read: Request =
        serde_json::from_str(r#"{"Title": "t", "id": "from the body", "attempts": 9}"#).unwrap();
    assert_eq!(read.id, None);
    assert_eq!(read.attempts, 0);
    let plain: Plain = serde_json::from_str(r#"{"value": "v", "status": 5}"#).unwrap();
    assert_eq!(
        plain,
        Plain {
            value: "v".into(),
            status: None
        }
    );
}

#[test]
fn a_skipped_member_is_its_default_in_the_default_value() {
    let default = Request::default();
    assert_eq!((default.id, default.attempts), (None, 0));
}

#[test]
fn a_skipped_member_shows_in_debug_redacted_when_sensitive() {
    let shown = format!("{:?}", request());
    assert!(shown.contains("id: Some(\"id-1\")"), "{shown}");
    assert!(shown.contains("attempts: 3"), "{shown}");
    assert!(!shown.contains("secret"), "{shown}");
}
