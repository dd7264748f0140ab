//! A bad model is a clear error naming the file and the shape; nothing is written.
mod common;
use aws_union_codegen::{Error, Generator};
use common::*;

fn error_of(model: &[u8]) -> Error {
    Generator::from_bytes(model, "svc/service-2.json")
        .generate_string()
        .unwrap_err()
}

#[test]
fn a_file_that_is_not_json_is_an_error_naming_the_file() {
    let err = error_of(b"<xml/>");
    assert_eq!(err.origin(), "svc/service-2.json");
    assert!(
        err.to_string()
            .starts_with("svc/service-2.json: not a botocore service model"),
        "{err}"
    );
}

#[test]
fn a_broken_gzip_file_is_an_error() {
    let err = error_of(&[0x1f, 0x8b, 8, 0, 1, 2, 3]);
    assert!(err.message().contains("gzip"), "{err}");
}

#[test]
fn a_gzip_compressed_model_is_read() {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&model(r#""S": {"type": "structure", "members": {}}"#))
        .unwrap();
    let code = Generator::from_bytes(&gz.finish().unwrap(), "s.json.gz")
        .generate_string()
        .unwrap();
    assert_contains(&code, "pub struct S {}");
}

#[test]
fn an_unknown_shape_type_is_an_error_naming_the_shape() {
    let err = error_of(&model(r#""Odd": {"type": "bigDecimalish"}"#));
    assert_eq!(err.shape(), Some("Odd"));
    assert_eq!(
        err.to_string(),
        "svc/service-2.json: shape `Odd`: unknown shape type `bigDecimalish`"
    );
}

#[test]
fn a_dangling_shape_reference_is_an_error_naming_the_shape() {
    let err = error_of(&model(
        r#""S": {"type": "structure", "members": {"x": {"shape": "Gone"}}}"#,
    ));
    assert_eq!(err.shape(), Some("S"));
    assert!(
        err.message().contains("member `x` refers to shape `Gone`"),
        "{err}"
    );
    let ops = r#""Op": {"name": "Op", "http": {}, "output": {"shape": "Gone"}}"#;
    let err = error_of(&model_with("rest-json", "Example", ops, ""));
    assert_eq!(err.shape(), Some("Gone"));
}

#[test]
fn xml_and_query_protocols_are_refused() {
    for protocol in ["rest-xml", "query", "ec2"] {
        let err = error_of(&model_with(protocol, "Example", "", ""));
        assert!(
            err.message()
                .contains(&format!("protocol `{protocol}` is not supported")),
            "{err}"
        );
    }
}

#[test]
fn the_protocols_list_wins_as_in_botocore() {
    let model =
        br#"{"metadata": {"protocol": "query", "protocols": ["query", "json"]}, "shapes": {}}"#;
    assert!(Generator::from_bytes(model, "t.json")
        .generate_string()
        .is_ok());
}

#[test]
fn an_unknown_timestamp_format_is_an_error_naming_the_shape() {
    let err = error_of(&model(
        r#""S": {"type": "structure", "members": {"t": {"shape": "Ts", "timestampFormat": "weekly"}}}, "Ts": {"type": "timestamp"}"#,
    ));
    assert_eq!(err.shape(), Some("S"));
}

#[test]
fn a_list_containing_itself_is_an_error_not_a_crash() {
    let err = error_of(&model(
        r#""S": {"type": "structure", "members": {"l": {"shape": "L"}}}, "L": {"type": "list", "member": {"shape": "L"}}"#,
    ));
    assert!(err.message().contains("nest"), "{err}");
}

#[test]
fn an_unknown_operation_or_shape_is_an_error() {
    let model = model(r#""S": {"type": "structure", "members": {}}"#);
    let err = Generator::from_bytes(&model, "t.json")
        .operation("Nope")
        .plan()
        .unwrap_err();
    assert!(err.message().contains("no operation `Nope`"), "{err}");
    let err = Generator::from_bytes(&model, "t.json")
        .shape("Nope")
        .plan()
        .unwrap_err();
    assert_eq!(err.shape(), Some("Nope"));
}

#[test]
fn a_missing_file_is_an_error_naming_it() {
    let err = Generator::from_path("/nonexistent/service-2.json")
        .plan()
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("/nonexistent/service-2.json: cannot read"),
        "{err}"
    );
}
