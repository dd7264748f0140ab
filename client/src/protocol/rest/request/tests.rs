use super::*;

fn parts() -> RequestParts {
    request("Op", "GET", "/things/")
}

#[test]
fn an_empty_label_is_refused_before_the_request_goes_elsewhere() {
    let error = label(&mut parts(), "Id", &Some(String::new())).unwrap_err();
    assert_eq!(error.kind(), &InputErrorKind::EmptyLabel);
    let missing = label::<String>(&mut parts(), "Id", &None).unwrap_err();
    assert_eq!(missing.kind(), &InputErrorKind::Missing);
}

#[test]
fn a_greedy_label_keeps_its_slashes_and_a_plain_one_does_not() {
    let mut greedy = parts();
    greedy_label(&mut greedy, "Key", &Some("a/b c".to_string())).unwrap();
    assert_eq!(greedy.path, "/things/a/b%20c");
    let mut plain = parts();
    label(&mut plain, "Key", &Some("a/b".to_string())).unwrap();
    assert_eq!(plain.path, "/things/a%2Fb");
}

#[test]
fn a_list_header_quotes_strings_but_not_http_dates() {
    let mut strings = parts();
    let items = Some(vec!["a".to_string(), "b,c".to_string()]);
    header_list(&mut strings, "x-list", "List", &items).unwrap();
    assert_eq!(strings.headers["x-list"], "a, \"b,c\"");
    let mut dates = parts();
    let stamp = aws_union::Timestamp::from_secs(1_576_540_098).unwrap();
    header_list(&mut dates, "x-dates", "Dates", &Some(vec![stamp, stamp])).unwrap();
    assert_eq!(
        dates.headers["x-dates"],
        "Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:18 GMT"
    );
}

#[test]
fn an_empty_list_sends_no_header() {
    let mut request = parts();
    header_list::<String>(&mut request, "x-list", "List", &Some(Vec::new())).unwrap();
    assert!(request.headers.is_empty());
}

#[test]
fn a_content_type_member_wins_over_the_payload_default() {
    let mut request = parts();
    header(
        &mut request,
        "Content-Type",
        "ContentType",
        &Some("image/jpg".to_string()),
    )
    .unwrap();
    blob_payload(&mut request, &Some(Blob::new(*b"1234")));
    assert_eq!(request.headers["content-type"], "image/jpg");
    let mut plain = parts();
    blob_payload(&mut plain, &Some(Blob::new(*b"1234")));
    assert_eq!(plain.headers["content-type"], "application/octet-stream");
}

#[test]
fn an_unset_structure_payload_is_an_empty_object_and_an_unset_union_nothing() {
    let mut structure = parts();
    structure_payload::<serde_json::Value>(&mut structure, &None).unwrap();
    assert_eq!(structure.body, b"{}");
    assert_eq!(structure.headers["content-type"], "application/json");
    let mut union = parts();
    json_payload::<serde_json::Value>(&mut union, &None).unwrap();
    assert!(union.body.is_empty() && union.headers.is_empty());
}

#[test]
fn prefix_headers_put_the_prefix_before_each_key() {
    let mut request = parts();
    let map = BTreeMap::from([("abc".to_string(), "v".to_string())]);
    prefix_headers(&mut request, "x-foo-", "Foo", &Some(map)).unwrap();
    assert_eq!(request.headers["x-foo-abc"], "v");
}
