//! The README's "Protocol tests" example: one botocore case,
//! `RestJsonInputAndOutputWithStringHeaders` (in both the input and the output file), through
//! the pure build and parse functions of the generated operations. It is a doctest of the
//! generated test crate, where the modules of the case's two suites are re-exported as
//! `input_case` and `output_case`, so the README's text is compiled and run with the cases.

/// The id of the case, in `input/rest-json.json` and `output/rest-json.json`.
pub const CASE: &str = "RestJsonInputAndOutputWithStringHeaders";

/// The example's code, as the README shows it.
pub const EXAMPLE: &str = r#"use aws_union_client::operation::{EndpointUrl, Operation, RequestContext};
use botocore_protocol_tests::{input_case, output_case};

let mut input = input_case::InputAndOutputWithHeadersIO::default();
input.header_string = Some("Hello".into());
let endpoint = EndpointUrl::parse("https://example.com")?;
let request = input_case::InputAndOutputWithHeaders::build_request(&input, &RequestContext::new(&endpoint))?;
assert_eq!(request.headers()["X-String"], "Hello");
let response = aws_union_client::http::Response::builder().header("X-String", "Hello").body(Vec::new())?;
let output = output_case::InputAndOutputWithHeaders::parse_response(&response)?;
assert_eq!(output.header_string.as_deref(), Some("Hello"));
"#;

/// The alias of a module holding the case in `file`, if any.
pub fn alias(file: &str) -> Option<&'static str> {
    match file {
        "input/rest-json.json" => Some("input_case"),
        "output/rest-json.json" => Some("output_case"),
        _ => None,
    }
}

/// The crate docs holding the example as a doctest.
pub fn crate_docs() -> String {
    let mut out = String::from(
        "//! botocore's protocol tests through the generated operations, written by \
         aws-union-codegen's tests.\n//!\n//! The README's example:\n//!\n//! ```\n",
    );
    for line in EXAMPLE.lines() {
        out.push_str(&format!("//! {line}\n").replace("//! \n", "//!\n"));
    }
    out.push_str("//! # Ok::<(), Box<dyn std::error::Error>>(())\n//! ```\n");
    out
}
