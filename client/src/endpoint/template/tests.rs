//! Templates and `getAttr` paths, as read when a rule set is loaded.

use super::*;

/// The template with field names as strings, or `None` for a literal.
fn segments(s: &str) -> Result<Option<Vec<Segment<String>>>, String> {
    parse(s, str::to_owned)
}

fn field(name: &str, path: Vec<Step>) -> Segment<String> {
    Segment::Field(Field {
        name: name.to_owned(),
        path,
    })
}

fn text(s: &str) -> Segment<String> {
    Segment::Text(s.into())
}

fn key(k: &str) -> Step {
    Step::Key(k.into())
}

#[test]
fn a_string_without_a_name_in_braces_is_literal_as_botocore_reads_it() {
    // Not even `{arn#resourceId[1]}`: a field of letters and `#` only makes a template.
    for literal in [
        "https://example.com",
        "{}",
        "a}b",
        "{1}",
        "{a_b}",
        "{arn#resourceId[1]}",
        "{Region",
    ] {
        assert_eq!(segments(literal), Ok(None), "{literal}");
    }
}

#[test]
fn a_template_is_text_and_fields_with_attribute_paths_after_a_hash() {
    assert_eq!(
        segments("https://svc.{Region}.{PartitionResult#dnsSuffix}"),
        Ok(Some(vec![
            text("https://svc."),
            field("Region", vec![]),
            text("."),
            field("PartitionResult", vec![key("dnsSuffix")]),
        ]))
    );
    assert_eq!(
        segments("{Region}/{arn#resourceId[1]}"),
        Ok(Some(vec![
            field("Region", vec![]),
            text("/"),
            field("arn", vec![key("resourceId"), Step::Index(1)]),
        ]))
    );
}

#[test]
fn in_a_template_any_name_in_braces_is_a_field_and_doubled_braces_are_braces() {
    assert_eq!(
        segments("{Bucket}.{uri_encoded_bucket}"),
        Ok(Some(vec![
            field("Bucket", vec![]),
            text("."),
            field("uri_encoded_bucket", vec![])
        ]))
    );
    assert_eq!(
        segments("{{Region}} is {Region}"),
        Ok(Some(vec![text("{Region} is "), field("Region", vec![])]))
    );
}

#[test]
fn a_malformed_template_is_refused_saying_why() {
    assert_eq!(
        segments("{Region} }"),
        Err("a single `}` (write `}}` for a brace)".to_owned())
    );
    assert_eq!(
        segments("{Region} {"),
        Err("an unclosed `{` (write `{{` for a brace)".to_owned())
    );
    assert_eq!(
        segments("{Region} {Region:>10}"),
        Err("the field `{Region:>10}` is not a name or `name#path`".to_owned())
    );
    assert_eq!(
        segments("{Region}{#a}"),
        Err("the field `{#a}` has no name".to_owned())
    );
}

#[test]
fn get_attr_paths_are_dotted_keys_each_with_optional_indexes() {
    assert_eq!(parse_path("name"), Ok(vec![key("name")]));
    assert_eq!(parse_path("a.b"), Ok(vec![key("a"), key("b")]));
    assert_eq!(
        parse_path("resourceId[2]"),
        Ok(vec![key("resourceId"), Step::Index(2)])
    );
    assert_eq!(parse_path("[0]"), Ok(vec![Step::Index(0)]));
    assert_eq!(
        parse_path("a[1][2].b"),
        Ok(vec![key("a"), Step::Index(1), Step::Index(2), key("b")])
    );
}

#[test]
fn a_malformed_get_attr_path_is_refused() {
    for bad in [
        "", "a.", ".a", "a[", "a[]", "a[x]", "a[-1]", "a[+1]", "a]b", "a[0]b",
    ] {
        assert!(parse_path(bad).is_err(), "{bad}");
    }
}
