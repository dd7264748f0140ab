//! The operations' code is laid out as rustfmt lays it out, whatever the length of the names
//! it holds: one model per protocol with operations, members, headers and errors of every
//! length from 1 to 64 characters (the longest such names in botocore 1.44.8 have 60), each
//! generated module checked with `rustfmt --check`.
mod common;
use common::*;

/// `prefix` followed by `n` copies of `fill`.
fn name(prefix: &str, fill: char, n: usize) -> String {
    format!("{prefix}{}", fill.to_string().repeat(n))
}

/// Operations, and their shapes, whose names grow from 1 to 64 characters.
fn growing_model(metadata: &str) -> Vec<u8> {
    let mut operations = Vec::new();
    let mut shapes = vec![
        r#""T": {"type": "string", "min": 1}"#.to_owned(),
        r#""N": {"type": "integer", "min": 1}"#.to_owned(),
        r#""L": {"type": "list", "member": {"shape": "T"}}"#.to_owned(),
        r#""M": {"type": "map", "key": {"shape": "T"}, "value": {"shape": "T"}}"#.to_owned(),
        r#""Time": {"type": "timestamp"}"#.to_owned(),
    ];
    for n in 1..=62 {
        let op = name("Op", 'A', n);
        let member = name("m", 'x', n);
        let header = name("X-", 'h', n);
        let error = name("E", 'Q', n);
        let input = format!("{op}In");
        let output = format!("{op}Out");
        operations.push(format!(
            r#""{op}": {{"name": "{op}", "http": {{"method": "PUT", "requestUri": "/{op}/{{{member}}}?{member}=1"}},
                "input": {{"shape": "{input}"}}, "output": {{"shape": "{output}"}},
                "errors": [{{"shape": "{error}"}}, {{"shape": "Short"}}],
                "endpoint": {{"hostPrefix": "{{host}}.{member}."}}}}"#
        ));
        shapes.push(format!(
            r#""{input}": {{"type": "structure", "required": ["{member}", "host"], "members": {{
                "{member}": {{"shape": "T", "location": "uri", "locationName": "{member}"}},
                "host": {{"shape": "T", "hostLabel": true}},
                "q{member}": {{"shape": "L", "location": "querystring", "locationName": "{header}"}},
                "t{member}": {{"shape": "Time", "location": "querystring", "locationName": "t", "timestampFormat": "unixTimestamp"}},
                "h{member}": {{"shape": "L", "location": "header", "locationName": "{header}"}},
                "p{member}": {{"shape": "M", "location": "headers", "locationName": "{header}-"}},
                "n{member}": {{"shape": "N"}},
                "token{n}": {{"shape": "T", "idempotencyToken": true}}}}}}"#
        ));
        shapes.push(format!(
            r#""{output}": {{"type": "structure", "members": {{
                "{member}": {{"shape": "T", "location": "header", "locationName": "{header}"}},
                "s{member}": {{"shape": "N", "location": "statusCode"}},
                "b{member}": {{"shape": "T"}}}}}}"#
        ));
        shapes.push(format!(
            r#""{error}": {{"type": "structure", "exception": true, "members": {{
                "message": {{"shape": "T"}},
                "{member}": {{"shape": "N", "location": "header", "locationName": "{header}"}}}}}}"#
        ));
    }
    shapes.push(r#""Short": {"type": "structure", "exception": true, "members": {}}"#.to_owned());
    model_meta(metadata, &operations.join(",\n"), &shapes.join(",\n"))
}

#[test]
fn rest_json_operations_are_rustfmt_clean_at_every_name_length() {
    let code = generate_of(&growing_model(REST_META));
    assert_contains(
        &code,
        "impl ::aws_union_client::protocol::rest::FromRestResponse for",
    );
    assert_rustfmt_clean(&code, "layout-rest");
}

#[test]
fn aws_json_operations_are_rustfmt_clean_at_every_name_length() {
    let code = generate_of(&growing_model(JSON_META));
    assert_contains(&code, "rpc::aws_json_request(");
    assert_rustfmt_clean(&code, "layout-json");
}

#[test]
fn rpc_v2_cbor_operations_are_rustfmt_clean_at_every_name_length() {
    let meta = r#""protocol": "smithy-rpc-v2-cbor", "targetPrefix": "ExampleServiceWithAVeryLongTargetPrefixName20240101", "awsQueryCompatible": {}"#;
    let code = generate_of(&growing_model(meta));
    assert_contains(&code, "rpc::rpc_v2_cbor_request(");
    assert_rustfmt_clean(&code, "layout-cbor");
}

#[test]
fn operations_give_the_same_bytes_every_time() {
    let model = growing_model(REST_META);
    assert_eq!(generate_of(&model), generate_of(&model));
}
