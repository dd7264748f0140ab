//! `CowStr` members under the derives: with `#[aws(borrow)]` a member whose type carries the
//! input's lifetime borrows wherever the string is (in an `Option`, list items, map keys and
//! values, behind a `Box`, in union members), and owns it where the input does not lend.

use std::collections::BTreeMap;

use aws_union::{AwsStructure, AwsUnion, CowStr};

#[derive(Debug, Clone, PartialEq, AwsUnion)]
enum Value<'a> {
    #[aws(rename = "S", borrow)]
    S(CowStr<'a>),
    #[aws(rename = "N")]
    N(i64),
    #[aws(rename = "L", borrow)]
    L(Vec<Value<'a>>),
    #[aws(rename = "M", borrow)]
    M(BTreeMap<CowStr<'a>, Value<'a>>),
    #[aws(rename = "Next", borrow)]
    Next(Box<Page<'a>>),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

#[derive(Debug, Clone, PartialEq, AwsStructure)]
#[aws(rename_all = "camelCase", default)]
struct Page<'a> {
    #[aws(required, borrow)]
    id: CowStr<'a>,
    #[aws(borrow)]
    note: Option<CowStr<'a>>,
    #[aws(borrow)]
    tags: Option<Vec<CowStr<'a>>>,
    #[aws(borrow)]
    item: Option<BTreeMap<CowStr<'a>, Value<'a>>>,
    count: Option<i32>,
}

const BODY: &str = r#"{
    "id": "p1", "note": "a \"quoted\" note", "tags": ["a", "b"], "count": 2,
    "item": {"k": {"L": [{"S": "x"}, {"M": {"inner": {"S": "y"}}}, {"Next": {"id": "p2"}}]}}
}"#;

fn all_strings<'p>(page: &'p Page<'_>, out: &mut Vec<&'p CowStr<'p>>) {
    fn value<'p>(v: &'p Value<'_>, out: &mut Vec<&'p CowStr<'p>>) {
        match v {
            Value::S(s) => out.push(s),
            Value::L(items) => items.iter().for_each(|i| value(i, out)),
            Value::M(map) => map.iter().for_each(|(k, v)| {
                out.push(k);
                value(v, out);
            }),
            Value::Next(page) => all_strings(page, out),
            Value::N(_) | Value::SdkUnknownMember { .. } => {}
        }
    }
    out.push(&page.id);
    out.extend(page.tags.iter().flatten());
    for (k, v) in page.item.iter().flatten() {
        out.push(k);
        value(v, out);
    }
}

#[test]
fn cow_str_members_borrow_in_options_lists_maps_boxes_and_unions() {
    let body = String::from(BODY);
    let page: Page<'_> = serde_json::from_str(&body).unwrap();
    let mut strings = Vec::new();
    all_strings(&page, &mut strings);
    let texts: Vec<&str> = strings.iter().map(|s| s.as_str()).collect();
    assert_eq!(texts, ["p1", "a", "b", "k", "x", "inner", "y", "p2"]);
    assert!(strings.iter().all(|s| s.is_borrowed()), "{strings:?}");
}

#[test]
fn cow_str_members_own_a_string_with_escapes() {
    let page: Page<'_> = serde_json::from_str(BODY).unwrap();
    let note = page.note.as_ref().unwrap();
    assert_eq!(note, "a \"quoted\" note");
    assert!(!note.is_borrowed());
}

#[test]
fn cow_str_members_read_owned_from_a_format_that_does_not_lend() {
    let page: Page<'_> = serde_json::from_str(BODY).unwrap();
    let mut cbor = Vec::new();
    ciborium::into_writer(&page, &mut cbor).unwrap();
    let tree: ciborium::Value = ciborium::from_reader(cbor.as_slice()).unwrap();
    let back: Page<'static> = tree.deserialized().unwrap();
    assert_eq!(back, page);
    assert!(!back.id.is_borrowed());
}

#[test]
fn a_missing_required_cow_str_is_corrected_to_empty() {
    let page: Page<'_> = serde_json::from_str(r#"{"count": 1}"#).unwrap();
    assert_eq!(page.id, "");
    assert_eq!(Page::default().id, "");
}

#[test]
fn cow_str_members_write_back_as_strings() {
    let page: Page<'_> = serde_json::from_str(BODY).unwrap();
    let written = serde_json::to_value(&page).unwrap();
    let expected: serde_json::Value = serde_json::from_str(BODY).unwrap();
    assert_eq!(written, expected);
}

#[test]
fn a_borrowed_value_outlives_its_input_after_into_static() {
    let kept: CowStr<'static> = {
        let body = String::from(r#"{"S": "short-lived"}"#);
        let value: Value<'_> = serde_json::from_str(&body).unwrap();
        match value {
            Value::S(text) => text.into_static(),
            other => panic!("expected a string, got {other:?}"),
        }
    };
    assert_eq!(kept, "short-lived");
}

#[derive(Debug, Clone, PartialEq, AwsStructure)]
#[aws(rename_all = "camelCase")]
struct Weights<'a> {
    #[aws(float, borrow)]
    by_zone: Option<BTreeMap<CowStr<'a>, f32>>,
}

#[test]
fn a_map_of_floats_borrows_its_keys() {
    let body = String::from(r#"{"byZone": {"use1-az1": 0.5, "use1-az2": "Infinity"}}"#);
    let weights: Weights<'_> = serde_json::from_str(&body).unwrap();
    let by_zone = weights.by_zone.as_ref().unwrap();
    assert_eq!(by_zone["use1-az2"], f32::INFINITY);
    assert!(by_zone.keys().all(|k| k.is_borrowed()));
    assert_eq!(
        serde_json::to_string(&weights).unwrap(),
        r#"{"byZone":{"use1-az1":0.5,"use1-az2":"Infinity"}}"#
    );
}
