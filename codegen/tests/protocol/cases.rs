//! One `#[test]` per case, as Rust source: the input case builds the request through the
//! generated operation and compares it; the output case parses the response and compares the
//! whole output, or the error's variant, members, code and message.

use aws_union_codegen::plan::OperationPlan;
use serde_json::{Map, Value};

use super::render::{raw_string, Renderer};
use super::suite::Case;

/// What the case's test needs besides its values.
pub struct Context<'a> {
    /// Renders values of the case's module.
    pub render: &'a Renderer<'a>,
    /// The operation under test, as the plan has it.
    pub operation: &'a OperationPlan,
    /// The endpoint requests go to.
    pub endpoint: &'a str,
    /// The model's protocol (`json`, `rest-json`, `smithy-rpc-v2-cbor`).
    pub protocol: &'a str,
}

fn str_field<'v>(map: &'v Map<String, Value>, key: &str) -> Option<&'v str> {
    map.get(key).and_then(Value::as_str)
}

/// The `headers` object of a request or response as `(name, value)` pairs of Rust literals.
fn header_pairs(map: &Map<String, Value>) -> String {
    let pairs: Vec<String> = map
        .get("headers")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(n, v)| {
            let value = v.as_str().unwrap_or_default();
            format!("({}, {})", raw_string(n), raw_string(value))
        })
        .collect();
    pairs.join(", ")
}

fn op_path(cx: &Context) -> String {
    cx.render.path(&cx.operation.rust_name)
}

/// The body of the input case's test function.
pub fn input_test(cx: &Context, case: &Case) -> Result<String, String> {
    let params = case
        .raw
        .get("params")
        .cloned()
        .unwrap_or_else(|| Value::Object(Map::new()));
    let input_shape = case
        .given
        .get("input")
        .and_then(|i| i.get("shape"))
        .and_then(Value::as_str);
    let input = match input_shape {
        Some(shape) => cx.render.structure(shape, &params)?,
        None if params.as_object().is_some_and(Map::is_empty) => {
            "::core::default::Default::default()".into()
        }
        None => return Err("params for an operation without input".into()),
    };
    let serialized = case
        .raw
        .get("serialized")
        .and_then(Value::as_object)
        .ok_or("the case has no `serialized` request")?;
    let (format, body) = match cx.protocol {
        "smithy-rpc-v2-cbor" => (
            "Cbor",
            str_field(serialized, "body")
                .map(|b| format!("crate::support::base64({})", raw_string(b))),
        ),
        other => (
            if other == "json" { "Json" } else { "RestJson" },
            str_field(serialized, "body").map(|b| format!("{}.as_bytes().to_vec()", raw_string(b))),
        ),
    };
    let some = |v: Option<String>| v.map_or("None".into(), |v| format!("Some({v})"));
    let strings = |key: &str| -> String {
        let names = serialized
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten();
        let names: Vec<String> = names.filter_map(Value::as_str).map(raw_string).collect();
        format!("::std::vec![{}]", names.join(", "))
    };
    let headers = header_pairs(serialized);
    Ok(format!(
        "let input = {input};\n\
         let request = crate::support::build::<{op}>(&input, {endpoint});\n\
         let expected = crate::check::Expected {{\n\
             method: {method},\n\
             uri: {uri},\n\
             host: {host},\n\
             headers: ::std::vec![{headers}],\n\
             list_headers: ::std::vec![{list_headers}],\n\
             forbid: {forbid},\n\
             require: {require},\n\
             body: {body},\n\
         }};\n\
         crate::support::check_request(&request, &expected, crate::check::Format::{format});",
        op = op_path(cx),
        endpoint = raw_string(cx.endpoint),
        method = some(str_field(serialized, "method").map(raw_string)),
        uri = raw_string(str_field(serialized, "uri").unwrap_or_default()),
        host = some(str_field(serialized, "host").map(raw_string)),
        headers = headers,
        list_headers = list_headers(cx, input_shape).join(", "),
        forbid = strings("forbidHeaders"),
        require = strings("requireHeaders"),
        body = some(body),
    ))
}

/// The headers of the input's list members, as Rust string literals.
fn list_headers(cx: &Context, input_shape: Option<&str>) -> Vec<String> {
    let shapes = cx.render.shapes;
    let members = input_shape
        .and_then(|s| shapes.get(s))
        .and_then(|s| s.get("members"))
        .and_then(Value::as_object);
    let mut out = Vec::new();
    for (name, member) in members.into_iter().flatten() {
        let target = member.get("shape").and_then(Value::as_str).unwrap_or("");
        let is_list = shapes.get(target).and_then(|t| t.get("type")) == Some(&Value::from("list"));
        if member.get("location") == Some(&Value::from("header")) && is_list {
            let header = member.get("locationName").and_then(Value::as_str);
            out.push(raw_string(header.unwrap_or(name)));
        }
    }
    out
}

/// The body of the output case's test function.
pub fn output_test(cx: &Context, case: &Case) -> Result<String, String> {
    let response = case
        .raw
        .get("response")
        .and_then(Value::as_object)
        .ok_or("the case has no `response`")?;
    let status = response
        .get("status_code")
        .and_then(Value::as_u64)
        .unwrap_or(200);
    let headers = header_pairs(response);
    let body = match (str_field(response, "body"), cx.protocol) {
        (None, _) => "::std::vec::Vec::new()".to_owned(),
        (Some(b), "smithy-rpc-v2-cbor") => format!("crate::support::base64({})", raw_string(b)),
        (Some(b), _) => format!("{}.as_bytes().to_vec()", raw_string(b)),
    };
    let op = op_path(cx);
    let mut out =
        format!("let response = crate::support::response({status}, &[{headers}], {body});\n");
    if case.raw.contains_key("error") {
        out.push_str(&error_checks(cx, case)?);
        return Ok(out);
    }
    let result = case
        .raw
        .get("result")
        .cloned()
        .unwrap_or_else(|| Value::Object(Map::new()));
    let expected = match case
        .given
        .get("output")
        .and_then(|o| o.get("shape"))
        .and_then(Value::as_str)
    {
        Some(shape) => cx.render.structure(shape, &result)?,
        None => "::core::default::Default::default()".into(),
    };
    out.push_str(&format!(
        "let got = crate::support::output::<{op}>(&response);\n\
         let expected = {expected};\n\
         crate::support::same(&got, &expected, {nan});",
        nan = has_nan(&result)
    ));
    Ok(out)
}

fn error_checks(cx: &Context, case: &Case) -> Result<String, String> {
    let code = str_field(&case.raw, "errorCode").unwrap_or_default();
    let message = str_field(&case.raw, "errorMessage").unwrap_or_default();
    let members = case
        .raw
        .get("error")
        .cloned()
        .unwrap_or_else(|| Value::Object(Map::new()));
    let op = op_path(cx);
    let enum_path = cx.render.path(&cx.operation.error);
    let mut out = format!(
        "let error = crate::support::service_error::<{op}>(&response);\n\
         crate::support::check_code(&error, {}, {});\n",
        raw_string(code),
        raw_string(message)
    );
    let modelled = cx.operation.errors.iter().find(|e| e.code == code);
    match modelled {
        Some(error) => {
            let variant = &error.variant;
            let expected = cx.render.structure(&error.shape, &members)?;
            out.push_str(&format!(
                "match error.into_kind() {{\n\
                     {enum_path}::{variant}(got) => crate::support::same(&got, &{expected}, {nan}),\n\
                     other => panic!(\"expected the variant `{variant}`, got {{other:?}}\"),\n\
                 }}",
                nan = has_nan(&members)
            ));
        }
        // botocore reads a code the operation does not list among all the service's errors;
        // the operation's error enum keeps it as `Unhandled`, with the body as received: each
        // member botocore read is compared with the body's JSON value of that member.
        None => out.push_str(&format!(
            "match error.kind() {{\n\
                 {enum_path}::Unhandled(raw) => crate::support::same_body_members(raw.body(), {}),\n\
                 other => panic!(\"expected the unhandled variant, got {{other:?}}\"),\n\
             }}",
            raw_string(&members.to_string())
        )),
    }
    Ok(out)
}

fn has_nan(value: &Value) -> bool {
    match value {
        Value::String(s) => s == "NaN",
        Value::Array(items) => items.iter().any(has_nan),
        Value::Object(map) => map.values().any(has_nan),
        _ => false,
    }
}

/// A function name for the case: its id in `snake_case`, or `case_<n>` for a legacy case.
pub fn fn_name(case: &Case) -> String {
    let Some(id) = &case.id else {
        return format!("case_{}", case.index);
    };
    let mut out = String::new();
    let chars: Vec<char> = id.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            out.push('_');
            continue;
        }
        let after_lower =
            i > 0 && (chars[i - 1].is_ascii_lowercase() || chars[i - 1].is_ascii_digit());
        if c.is_ascii_uppercase() && after_lower {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    format!("case_{}_{out}", case.index)
}
