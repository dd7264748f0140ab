//! botocore's parameter validation below an input's own members, on generated operations:
//! required members, `min` lengths and values of nested structures and unions, list items
//! and map keys and values, each refused before anything is built and named by its path.
//! This file is copied into the crate that `tests/compile.rs` generates, and runs there.

use std::collections::BTreeMap;

use aws_union_client::operation::{
    EndpointUrl, InputError, InputErrorKind, Operation, RequestContext,
};
use generated_models::operations_json as json;

fn line(name: &str) -> json::Line {
    let mut line = json::Line::default();
    line.name = name.into();
    line.kind = json::Kind::Debit;
    line.detail = json::Detail::Note("a note".into());
    line
}

fn input_with(lines: Vec<json::Line>) -> json::CreateEntryInput {
    let mut input = json::CreateEntryInput::default();
    input.book = Some("cash".into());
    input.amount = Some(5);
    input.lines = Some(lines);
    input
}

fn refused(input: &json::CreateEntryInput) -> InputError {
    let endpoint = EndpointUrl::parse("https://ledger.example.com").unwrap();
    json::CreateEntry::build_request(input, &RequestContext::new(&endpoint)).unwrap_err()
}

#[test]
fn a_valid_nested_input_builds_its_request() {
    let endpoint = EndpointUrl::parse("https://ledger.example.com").unwrap();
    let mut split = line("rent");
    split.quantities = Some(BTreeMap::from([("pens".to_owned(), 2)]));
    split.detail = json::Detail::Split(vec![line("desk")]);
    let input = input_with(vec![line("food"), split]);
    assert!(json::CreateEntry::build_request(&input, &RequestContext::new(&endpoint)).is_ok());
}

#[test]
fn a_required_enum_of_a_nested_structure_left_unset_is_an_error_naming_its_path() {
    let mut unset = line("food");
    unset.kind = json::Line::default().kind;
    let error = refused(&input_with(vec![line("rent"), unset]));
    assert_eq!(error.member(), "lines[1].kind");
    assert_eq!(error.kind(), &InputErrorKind::Missing);
    assert_eq!(error.operation(), "CreateEntry");
}

#[test]
fn a_required_union_of_a_nested_structure_with_no_member_set_is_an_error_naming_its_path() {
    let mut unset = line("food");
    unset.detail = json::Line::default().detail;
    let error = refused(&input_with(vec![unset]));
    assert_eq!(error.member(), "lines[0].detail");
    assert_eq!(error.kind(), &InputErrorKind::Missing);
}

#[test]
fn a_nested_string_shorter_than_its_min_is_refused_naming_its_path() {
    let error = refused(&input_with(vec![line("food"), line("ab")]));
    assert_eq!(error.member(), "lines[1].name");
    assert_eq!(error.kind(), &InputErrorKind::TooShort { min: 3, len: 2 });
    assert_eq!(
        error.to_string(),
        "CreateEntry: invalid input: member `lines[1].name` has length 2, below the minimum of 3"
    );
}

#[test]
fn a_list_item_shorter_than_its_min_is_refused_naming_its_index() {
    let mut input = input_with(Vec::new());
    input.tags = Some(vec!["cash".into(), "ab".into()]);
    let error = refused(&input);
    assert_eq!(error.member(), "tags[1]");
    assert_eq!(error.kind(), &InputErrorKind::TooShort { min: 3, len: 2 });
}

#[test]
fn a_map_value_below_its_min_is_refused_naming_its_key() {
    let mut counted = line("food");
    counted.quantities = Some(BTreeMap::from([("pens".to_owned(), 0)]));
    let error = refused(&input_with(vec![counted]));
    assert_eq!(error.member(), r#"lines[0].quantities["pens"]"#);
    assert_eq!(
        error.kind(),
        &InputErrorKind::TooSmall {
            min: 1.0,
            value: 0.0
        }
    );
}

#[test]
fn a_map_key_shorter_than_its_min_is_refused_naming_it() {
    let mut counted = line("food");
    counted.quantities = Some(BTreeMap::from([("ab".to_owned(), 1)]));
    let error = refused(&input_with(vec![counted]));
    assert_eq!(error.member(), r#"lines[0].quantities["ab"]"#);
    assert_eq!(error.kind(), &InputErrorKind::TooShort { min: 3, len: 2 });
}

#[test]
fn a_union_member_is_checked_at_any_depth() {
    let mut split = line("rent");
    split.detail = json::Detail::Split(vec![line("desk"), line("x")]);
    let error = refused(&input_with(vec![split]));
    assert_eq!(error.member(), "lines[0].detail.split[1].name");
    assert_eq!(error.kind(), &InputErrorKind::TooShort { min: 3, len: 1 });
}
