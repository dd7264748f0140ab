use super::*;

#[test]
fn a_quoted_list_item_round_trips() {
    let items = ["b,c", "\"def\"", "a\\b", "plain"];
    let joined = join_list(items.iter().map(|i| quote_list_item(i))).unwrap();
    assert_eq!(split_list("X", &joined).unwrap(), items);
}

#[test]
fn an_unclosed_quote_in_a_list_header_is_an_error() {
    let error = split_list("X-L", "\"a, b").unwrap_err();
    assert_eq!(error.header(), "X-L");
}

#[test]
fn empty_items_keep_their_place_in_a_list_header() {
    assert_eq!(join_list(["", "a"]).as_deref(), Some(", a"));
}

#[test]
fn an_empty_list_header_is_one_empty_item() {
    assert_eq!(split_list("X", "").unwrap(), [""]);
}

#[test]
fn floats_in_headers_keep_their_specials() {
    assert!(read_float("X", "NaN").unwrap().is_nan());
    assert_eq!(read_float("X", "-Infinity").unwrap(), f64::NEG_INFINITY);
    assert!(read_float("X", "inf").is_err());
    assert_eq!(write_float(f64::NAN), "NaN");
}

#[test]
fn a_timestamp_header_reads_every_form() {
    let http_date = read_timestamp("X", "Mon, 16 Dec 2019 23:48:18 GMT").unwrap();
    assert_eq!(http_date.secs(), 1_576_540_098);
    assert_eq!(
        read_timestamp("X", "2019-12-16T23:48:18Z").unwrap(),
        http_date
    );
    assert_eq!(read_timestamp("X", "1576540098").unwrap(), http_date);
}

#[test]
fn one_http_date_is_one_item() {
    assert_eq!(
        split_http_date_list("Mon, 16 Dec 2019 23:48:18 GMT"),
        ["Mon, 16 Dec 2019 23:48:18 GMT"]
    );
    assert!(split_http_date_list("").is_empty());
}
