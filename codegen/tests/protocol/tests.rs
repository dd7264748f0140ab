//! The harness's own rules: how requests are compared, how values are written, how suites
//! become models, how the ignore list and libtest's output are read.

use aws_union_codegen::Generator;
use serde_json::json;

use super::check::{request_differences, same_body, Expected, Format, Request};
use super::render::Renderer;
use super::{model, runner, suite};

fn request<'a>(path_and_query: &'a str, headers: &[(&str, &str)], body: &'a [u8]) -> Request<'a> {
    Request {
        method: "POST",
        authority: "example.com",
        path_and_query,
        headers: headers
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect(),
        body,
    }
}

#[test]
fn a_query_string_is_compared_as_a_multiset() {
    let actual = request("/p?b=2&a=1&a=1", &[], b"");
    let same = Expected {
        uri: "/p?a=1&a=1&b=2",
        ..Expected::default()
    };
    assert_eq!(request_differences(&actual, &same, Format::RestJson), "");
    let one_less = Expected {
        uri: "/p?a=1&b=2",
        ..Expected::default()
    };
    assert!(request_differences(&actual, &one_less, Format::RestJson).starts_with("query:"));
}

#[test]
fn the_path_is_compared_exactly() {
    let actual = request("/a%2Fb", &[], b"");
    let expected = Expected {
        uri: "/a/b",
        ..Expected::default()
    };
    assert!(request_differences(&actual, &expected, Format::RestJson).starts_with("path:"));
}

#[test]
fn expected_headers_are_found_whatever_the_case_of_their_names() {
    let actual = request("/", &[("x-amz-target", "Svc.Op")], b"");
    let expected = Expected {
        uri: "/",
        headers: vec![("X-Amz-Target", "Svc.Op")],
        ..Expected::default()
    };
    assert_eq!(request_differences(&actual, &expected, Format::Json), "");
}

#[test]
fn an_unset_rest_json_payload_need_not_send_the_content_type_the_case_expects() {
    let actual = request("/", &[], b"");
    let expected = Expected {
        uri: "/",
        headers: vec![("Content-Type", "application/octet-stream")],
        body: Some(Vec::new()),
        ..Expected::default()
    };
    assert_eq!(
        request_differences(&actual, &expected, Format::RestJson),
        ""
    );
    let with_body = Expected {
        body: Some(b"blob".to_vec()),
        ..expected.clone()
    };
    let actual = request("/", &[], b"blob");
    assert!(request_differences(&actual, &with_body, Format::RestJson).starts_with("header"));
    let json = Expected {
        headers: vec![("Content-Type", "application/json")],
        ..expected
    };
    assert!(
        request_differences(&request("/", &[], b""), &json, Format::RestJson).starts_with("header")
    );
}

#[test]
fn a_header_with_another_value_is_a_difference() {
    let actual = request("/", &[("x-list", "a,b")], b"");
    let expected = Expected {
        uri: "/",
        headers: vec![("X-List", "a, b")],
        ..Expected::default()
    };
    let differences = request_differences(&actual, &expected, Format::RestJson);
    assert!(differences.contains("header X-List"), "{differences}");
}

#[test]
fn a_list_header_is_compared_item_by_item_whatever_the_space_after_commas() {
    let actual = request("/", &[("x-list", r#"a, "b,c""#)], b"");
    let expected = |value| Expected {
        uri: "/",
        headers: vec![("X-List", value)],
        list_headers: vec!["x-list"],
        ..Expected::default()
    };
    let same = expected(r#"a,"b,c""#);
    assert_eq!(request_differences(&actual, &same, Format::RestJson), "");
    let other = expected(r#"a,"b, c""#);
    assert!(!request_differences(&actual, &other, Format::RestJson).is_empty());
}

#[test]
fn a_forbidden_header_sent_and_a_required_header_absent_are_differences() {
    let actual = request("/", &[("content-type", "application/json")], b"");
    let expected = Expected {
        uri: "/",
        forbid: vec!["Content-Type"],
        require: vec!["Content-Length"],
        ..Expected::default()
    };
    let differences = request_differences(&actual, &expected, Format::RestJson);
    assert!(
        differences.contains("Content-Type: forbidden"),
        "{differences}"
    );
    assert!(
        differences.contains("Content-Length: required"),
        "{differences}"
    );
}

#[test]
fn a_content_length_as_botocore_prepares_it_is_no_forbidden_header() {
    let forbidding = Expected {
        uri: "/",
        forbid: vec!["Content-Length"],
        ..Expected::default()
    };
    let post = request("/", &[("content-length", "4")], b"1234");
    assert_eq!(
        request_differences(&post, &forbidding, Format::RestJson),
        ""
    );
    let get = Request {
        method: "GET",
        ..request("/", &[("content-length", "0")], b"")
    };
    assert!(!request_differences(&get, &forbidding, Format::RestJson).is_empty());
    let wrong = request("/", &[("content-length", "5")], b"1234");
    assert!(!request_differences(&wrong, &forbidding, Format::RestJson).is_empty());
}

#[test]
fn the_host_is_compared_when_the_case_names_one() {
    let actual = request("/", &[], b"");
    let expected = Expected {
        uri: "/",
        host: Some("foo.example.com"),
        ..Expected::default()
    };
    assert!(request_differences(&actual, &expected, Format::Json).starts_with("host:"));
}

#[test]
fn json_bodies_are_compared_by_value() {
    let body = br#"{"b": [1.0, 2], "a": {"x": "y"}}"#;
    assert_eq!(
        same_body(body, br#"{"a":{"x":"y"},"b":[1,2.0]}"#, Format::Json),
        Ok(())
    );
    assert!(same_body(body, br#"{"a":{"x":"z"},"b":[1,2]}"#, Format::Json).is_err());
}

#[test]
fn a_rest_json_body_that_is_not_json_is_compared_byte_for_byte() {
    assert_eq!(
        same_body(b"blobby blob", b"blobby blob", Format::RestJson),
        Ok(())
    );
    assert!(same_body(b"", b"{}", Format::RestJson).is_err());
    assert!(same_body(b"blob", b"blob", Format::Json).is_err());
}

fn cbor(value: &ciborium::Value) -> Vec<u8> {
    let mut out = Vec::new();
    ciborium::into_writer(value, &mut out).unwrap();
    out
}

#[test]
fn cbor_bodies_are_compared_by_value() {
    use ciborium::Value::{Float, Integer, Map, Text};
    let a = cbor(&Map(vec![
        (Text("x".into()), Integer(1.into())),
        (Text("y".into()), Float(f64::NAN)),
    ]));
    let b = cbor(&Map(vec![
        (Text("y".into()), Float(f64::NAN)),
        (Text("x".into()), Float(1.0)),
    ]));
    assert_eq!(same_body(&a, &b, Format::Cbor), Ok(()));
    // An indefinite-length map holding x: 1 is the same value as the definite one.
    let indefinite = [0xbf, 0x61, b'x', 0x01, 0xff];
    let definite = cbor(&Map(vec![(Text("x".into()), Integer(1.into()))]));
    assert_eq!(same_body(&indefinite, &definite, Format::Cbor), Ok(()));
    assert!(same_body(&a, &definite, Format::Cbor).is_err());
}

#[test]
fn an_empty_cbor_body_must_be_expected_empty() {
    assert_eq!(same_body(b"", b"", Format::Cbor), Ok(()));
    assert!(same_body(b"", &cbor(&ciborium::Value::Map(vec![])), Format::Cbor).is_err());
}

const MODEL: &str = r#"{
  "metadata": {"apiVersion": "2014-01-01", "protocol": "json", "jsonVersion": "1.1",
               "serviceId": "Example", "targetPrefix": "Example"},
  "operations": {},
  "shapes": {
    "S": {"type": "structure", "members": {
      "When": {"shape": "T"}, "Kind": {"shape": "K"}, "Names": {"shape": "L"},
      "Ratio": {"shape": "F", "locationName": "ratio"}}},
    "T": {"type": "timestamp"},
    "K": {"type": "string", "enum": ["small", "large"]},
    "L": {"type": "list", "member": {"shape": "N"}},
    "N": {"type": "string"},
    "F": {"type": "double"}
  }
}"#;

fn render(value: serde_json::Value) -> Result<String, String> {
    let plan = Generator::from_bytes(MODEL.as_bytes(), "m.json")
        .plan()
        .unwrap();
    let model: serde_json::Value = serde_json::from_str(MODEL).unwrap();
    let shapes = model["shapes"].as_object().unwrap();
    let renderer = Renderer {
        plan: &plan,
        shapes,
        module: "m",
        body: None,
        header_keys_lower_case: false,
    };
    renderer.structure("S", &value)
}

#[test]
fn a_timestamp_is_written_exact_to_the_nanosecond() {
    let code = render(json!({"When": 1398796238.123})).unwrap();
    assert!(
        code.contains("from_secs_and_nanos(1398796238_i64, 123000000_u32)"),
        "{code}"
    );
}

#[test]
fn an_enum_value_is_its_variant_and_an_unknown_one_keeps_its_text() {
    let known = render(json!({"Kind": "large"})).unwrap();
    assert!(known.contains("m::K::Large"), "{known}");
    let unknown = render(json!({"Kind": "huge"})).unwrap();
    assert!(
        unknown.contains("m::K::Unknown(::std::string::String::from(\"huge\"))"),
        "{unknown}"
    );
}

#[test]
fn special_floats_written_as_strings_are_the_float_constants() {
    let code = render(json!({"Ratio": "-Infinity"})).unwrap();
    assert!(
        code.contains("value.ratio = ::core::option::Option::Some(f64::NEG_INFINITY)"),
        "{code}"
    );
}

#[test]
fn a_null_item_of_a_dense_list_cannot_be_written() {
    let error = render(json!({"Names": ["a", null]})).unwrap_err();
    assert!(error.contains("`Names.1`"), "{error}");
}

#[test]
fn a_member_the_shape_lacks_cannot_be_written() {
    let error = render(json!({"Other": 1})).unwrap_err();
    assert!(error.contains("no member `Other`"), "{error}");
}

const REST_MODEL: &str = r#"{
  "metadata": {"apiVersion": "2014-01-01", "protocol": "rest-json", "serviceId": "Example"},
  "operations": {"Get": {"name": "Get", "http": {"method": "GET", "requestUri": "/"},
                         "output": {"shape": "Out"}}},
  "shapes": {
    "Out": {"type": "structure", "members": {
      "Meta": {"shape": "M", "location": "headers", "locationName": "X-Meta-"}}},
    "M": {"type": "map", "key": {"shape": "N"}, "value": {"shape": "N"}},
    "N": {"type": "string"}
  }
}"#;

#[test]
fn an_output_prefix_header_map_is_compared_by_lower_cased_keys() {
    let plan = Generator::from_bytes(REST_MODEL.as_bytes(), "m.json")
        .plan()
        .unwrap();
    let model: serde_json::Value = serde_json::from_str(REST_MODEL).unwrap();
    let render = |header_keys_lower_case: bool| {
        let renderer = Renderer {
            plan: &plan,
            shapes: model["shapes"].as_object().unwrap(),
            module: "m",
            body: None,
            header_keys_lower_case,
        };
        renderer
            .structure("Out", &json!({"Meta": {"Foo": "bar"}}))
            .unwrap()
    };
    assert!(render(true).contains("\"foo\""), "{}", render(true));
    assert!(render(false).contains("\"Foo\""), "{}", render(false));
}

fn suite_of(shapes: serde_json::Value, givens: &[serde_json::Value]) -> suite::Suite {
    suite::Suite {
        index: 0,
        description: "d".into(),
        metadata: json!({"protocol": "rest-json"})
            .as_object()
            .unwrap()
            .clone(),
        shapes: shapes.as_object().unwrap().clone(),
        client_endpoint: None,
        cases: givens
            .iter()
            .enumerate()
            .map(|(index, given)| suite::Case {
                index,
                id: None,
                given: given.as_object().unwrap().clone(),
                raw: serde_json::Map::new(),
            })
            .collect(),
    }
}

#[test]
fn cases_giving_different_operations_under_one_name_get_models_of_their_own() {
    let get = json!({"name": "OperationName", "http": {"method": "GET", "requestUri": "/a"}});
    let put = json!({"name": "OperationName", "http": {"method": "PUT", "requestUri": "/b"}});
    let groups = model::groups(&suite_of(json!({}), &[get.clone(), put, get]));
    let cases: Vec<Vec<usize>> = groups.iter().map(|g| g.cases.clone()).collect();
    assert_eq!(cases, [vec![0, 2], vec![1]]);
}

#[test]
fn a_legacy_shape_level_location_moves_to_the_members_referring_to_it() {
    let shapes = json!({
        "Out": {"type": "structure", "members": {"H": {"shape": "HeaderShape"}}},
        "HeaderShape": {"type": "string", "location": "header", "locationName": "x-h"}
    });
    let given = json!({"name": "Op", "output": {"shape": "Out"}});
    let model = &model::groups(&suite_of(shapes, &[given]))[0].model;
    assert_eq!(
        model["shapes"]["Out"]["members"]["H"],
        json!({"shape": "HeaderShape", "location": "header", "locationName": "x-h"})
    );
    assert_eq!(model["shapes"]["HeaderShape"], json!({"type": "string"}));
}

#[test]
fn the_ignore_list_names_a_case_by_id_or_its_suite_by_description() {
    let root = std::env::temp_dir().join(format!("ignore-list-{}", std::process::id()));
    let dir = root.join("tests/unit/protocols");
    std::fs::create_dir_all(&dir).unwrap();
    let list = json!({
        "general": {"input": {"suites": ["Skipped suite"]}},
        "protocols": {"rest-json": {"output": {"cases": ["SkippedCase"]}}}
    });
    std::fs::write(
        dir.join("protocol-tests-ignore-list.json"),
        list.to_string(),
    )
    .unwrap();
    let ignore = suite::IgnoreList::read(&root).unwrap();
    std::fs::remove_dir_all(&root).unwrap();
    let file = |direction| suite::File {
        path: "p".into(),
        protocol_key: "rest-json".into(),
        direction,
        suites: Vec::new(),
    };
    let mut suite = suite_of(json!({}), &[json!({})]);
    let mut case = suite.cases[0].clone();
    case.id = Some("SkippedCase".into());
    let (input, output) = (
        file(suite::Direction::Input),
        file(suite::Direction::Output),
    );
    assert!(ignore.entry(&output, &suite, &case).is_some());
    assert!(ignore.entry(&input, &suite, &case).is_none());
    suite.description = "Skipped suite".into();
    assert!(ignore.entry(&input, &suite, &case).is_some());
}

#[test]
fn libtest_output_gives_each_outcome_and_the_panic_message() {
    let stdout = "running 2 tests\n\
        test m::a ... ok\n\
        test m::b ... FAILED\n\
        \n\
        failures:\n\
        \n\
        ---- m::b stdout ----\n\
        \n\
        thread 'm::b' panicked at src/m/mod.rs:3:5:\n\
        header X: expected \"1\", absent\n\
        note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\
        \n\
        \n\
        failures:\n\
        \x20   m::b\n\
        \n\
        test result: FAILED. 1 passed; 1 failed\n";
    let outcomes = runner::parse_libtest(stdout);
    assert_eq!(outcomes["m::a"], Ok(()));
    assert_eq!(
        outcomes["m::b"],
        Err("header X: expected \"1\", absent".into())
    );
}
