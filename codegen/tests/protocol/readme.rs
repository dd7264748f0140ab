//! The README's "Protocol tests" example: one botocore case (`RestJsonInputAndOutputWithStringHeaders`,
//! in both the input and the output file) through the pure build and parse functions of the
//! generated operation. It is a doctest of the generated test crate, where the case's module is
//! re-exported as `readme`, so the README's text is compiled and run with the cases.

/// The file and id of the case whose module the example uses.
pub const CASE: (&str, &str) = (
    "input/rest-json.json",
    "RestJsonInputAndOutputWithStringHeaders",
);

/// The example's code, as the README shows it.
pub const EXAMPLE: &str = r#"use aws_union_client::operation::{EndpointUrl, Operation, RequestContext};
use botocore_protocol_tests::readme::{InputAndOutputWithHeaders as Op, InputAndOutputWithHeadersIO};

let mut input = InputAndOutputWithHeadersIO::default();
input.header_string = Some("Hello".into());
let request = Op::build_request(&input, &RequestContext::new(&EndpointUrl::parse("https://example.com")?))?;
assert_eq!((request.uri().path(), &request.headers()["X-String"]), ("/InputAndOutputWithHeaders", &"Hello"));
let response = http::Response::builder().header("X-String", "Hello").body(Vec::new())?;
assert_eq!(Op::parse_response(&response)?.header_string.as_deref(), Some("Hello"));
"#;

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
