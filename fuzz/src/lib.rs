//! What the fuzz targets and the property tests check, shared so that both hold the runtime to
//! the same rules.
//!
//! - [`check_decode_body`]: any bytes given to `decode_update_protected_query_output` give an
//!   output or an error with a message, never a panic; an output written back with serde reads
//!   again, and writing that gives the same JSON value (write → read → write is stable).
//! - [`check_parse_response`]: any status, headers and body given to `parse_response` give the
//!   output or a typed error that keeps the status, never a panic; a 2xx response decodes
//!   exactly as its body does alone; an error code is sanitized; errors print.
//!
//! - [`generated::check_generated_parsers`]: the same for the generated operations of the
//!   three protocols (`services/`'s modules, CloudWatch's in CBOR).
//!
//! A fuzz input for the response parser is a small text form of an HTTP response (see
//! [`response_from_bytes`]), so that seeds are readable and mutations stay meaningful.

pub mod generated;

/// Generated modules as a user's crate holds them: `services/`'s (CloudWatch's in rpcv2Cbor),
/// read from that crate's sources.
#[allow(missing_docs)]
#[path = "../../services/src"]
pub mod services {
    pub mod cloudwatch;
    pub mod dynamodb;
    pub mod kms;
    pub mod lambda;
    pub mod logs;
    pub mod secretsmanager;
    pub mod sqs;
}

use cleanrooms_runtime::model::decode_update_protected_query_output;
use cleanrooms_runtime::protocol::{parse_response, ResponseError};
use http::header::{HeaderName, HeaderValue};
use http::{Response, StatusCode};

/// Decodes `body` and checks what came out. Panics (a finding) if a rule is broken.
pub fn check_decode_body(body: &[u8]) {
    match decode_update_protected_query_output(body) {
        Ok(output) => {
            assert!(
                std::str::from_utf8(body).is_ok(),
                "a body that is not UTF-8 decoded"
            );
            let written = serde_json::to_vec(&output).expect("a decoded output serializes");
            let again = decode_update_protected_query_output(&written).unwrap_or_else(|e| {
                panic!(
                    "a decoded output, written back, does not read: {e}\nwritten: {}",
                    String::from_utf8_lossy(&written)
                )
            });
            let rewritten = serde_json::to_vec(&again).expect("a decoded output serializes");
            // Compared as JSON values: maps (`sqlParameters.parameters`, …) are hash maps,
            // written in no fixed order.
            let as_value = |json: &[u8]| {
                serde_json::from_slice::<serde_json::Value>(json).expect("serde_json writes JSON")
            };
            assert!(
                as_value(&written) == as_value(&rewritten),
                "write → read → write is not stable\nfirst:  {}\nsecond: {}",
                String::from_utf8_lossy(&written),
                String::from_utf8_lossy(&rewritten)
            );
            // Debug must not panic either (sensitive members are redacted there).
            let _ = format!("{output:?}");
        }
        Err(error) => {
            assert!(!error.message().is_empty(), "an error without a message");
            let _ = error.to_string();
        }
    }
}

/// Reads the fuzz input form of a response:
///
/// ```text
/// 409
/// x-amzn-errortype: ConflictException
/// x-amzn-requestid: 6f1c1f43
///
/// {"message":"…"}
/// ```
///
/// The first line is the status (three digits, 100–999). Header lines follow up to an empty
/// line; a line that is not a valid header is skipped. The rest is the body. An input whose
/// first line is not a status is a 200 response with the whole input as its body.
pub fn response_from_bytes(data: &[u8]) -> Response<Vec<u8>> {
    let mut builder = Response::builder();
    let Some((status, mut rest)) =
        split_line(data).and_then(|(line, rest)| Some((status_from_line(line)?, rest)))
    else {
        return builder
            .status(StatusCode::OK)
            .body(data.to_vec())
            .expect("a status and a body make a response");
    };
    builder = builder.status(status);
    let mut body: &[u8] = &[];
    while !rest.is_empty() {
        let (line, after) = split_line(rest).unwrap_or((rest, &[]));
        rest = after;
        if line.is_empty() {
            body = rest;
            break;
        }
        if let Some((name, value)) = header_from_line(line) {
            builder = builder.header(name, value);
        }
    }
    builder
        .body(body.to_vec())
        .expect("valid parts make a response")
}

fn split_line(data: &[u8]) -> Option<(&[u8], &[u8])> {
    let end = data.iter().position(|&b| b == b'\n')?;
    Some((&data[..end], &data[end + 1..]))
}

fn status_from_line(line: &[u8]) -> Option<StatusCode> {
    if line.len() != 3 || !line.iter().all(u8::is_ascii_digit) {
        return None;
    }
    StatusCode::from_bytes(line).ok()
}

fn header_from_line(line: &[u8]) -> Option<(HeaderName, HeaderValue)> {
    let colon = line.iter().position(|&b| b == b':')?;
    let name = HeaderName::from_bytes(&line[..colon]).ok()?;
    let value = line[colon + 1..]
        .strip_prefix(b" ")
        .unwrap_or(&line[colon + 1..]);
    Some((name, HeaderValue::from_bytes(value).ok()?))
}

/// Parses the response written in `data`'s text form and checks what came out. Panics (a
/// finding) if a rule is broken.
/// Whether two wire paths name the same place, or one names a member of the other.
fn same_place(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let Some(rest) = long.strip_prefix(short) else {
        return false;
    };
    let member = rest.strip_prefix('.').unwrap_or(rest);
    rest.is_empty()
        || ((short.is_empty() || rest.starts_with('.'))
            && !member.is_empty()
            && !member.contains(['.', '[']))
}

pub fn check_parse_response(data: &[u8]) {
    let response = response_from_bytes(data);
    let status = response.status();
    let result = parse_response(&response);
    let _ = format!("{result:?}");
    if status.is_success() {
        // A 2xx response is its body, decoded: the same outcome; for a JSON body, the same
        // error message at the same place. (The generated parser and the model's decoder read a
        // body that is not JSON differently, UTF-8 checked first or not, so their words differ.)
        let alone = decode_update_protected_query_output(response.body());
        match (&result, &alone) {
            (Ok(_), Ok(_)) => {}
            (Err(ResponseError::Decode(e)), Err(d)) => {
                assert_eq!(e.status(), status);
                if serde_json::from_slice::<serde_json::Value>(response.body()).is_ok() {
                    assert_eq!(e.message(), d.message());
                    // An error raised once a member has been read (a union's second member, a
                    // member set twice) is found from the body's position by the parser, which
                    // names that member, and by the decoder's path tracking, which names the
                    // object holding it: one path is the other or one member deeper.
                    assert!(
                        same_place(e.path(), d.path()),
                        "the parser and the decoder name different places: {:?} vs {:?}",
                        e.path(),
                        d.path()
                    );
                }
                assert!(!e.message().is_empty(), "a decode error without a message");
                let _ = e.to_string();
            }
            (result, alone) => {
                panic!("a 2xx response and its body disagree: {result:?} vs {alone:?}")
            }
        }
        return;
    }
    let Err(ResponseError::Service(error)) = &result else {
        panic!("a {status} response is not a service error: {result:?}");
    };
    assert_eq!(error.status(), status, "the status is kept");
    if let Some(code) = error.code() {
        assert!(!code.is_empty(), "an empty error code");
        assert!(
            !code.contains(':') && !code.contains('#') && code.trim() == code,
            "an unsanitized error code {code:?}"
        );
    }
    if let Some(request_id) = error.request_id() {
        let sent = response
            .headers()
            .get_all("x-amzn-requestid")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .any(|v| v.trim() == request_id);
        assert!(sent, "request id {request_id:?} is not the header's");
    }
    let _ = error.to_string();
}
