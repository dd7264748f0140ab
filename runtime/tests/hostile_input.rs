//! Hostile response bodies and responses: each gives a clear error (or, where the SDKs accept
//! it, the output), never a panic, a stack overflow or memory out of proportion to the input.
//!
//! The deep-nesting cases run on a thread with half the default stack, so that they fail here
//! well before a real caller could overflow. Memory is counted per thread by this file's
//! allocator. The fuzz targets in `fuzz/` (`fuzz/run.sh`) and their property tests
//! (`PROPTEST_CASES=… cargo test --release --manifest-path fuzz/Cargo.toml`) cover the rest;
//! what they found is pinned at the end of this file.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use cleanrooms_runtime::model::{
    decode_update_protected_query_output, DecodeError, ProtectedQueryOutput,
    UpdateProtectedQueryOutput,
};
use cleanrooms_runtime::protocol::{parse_response, ResponseError, UpdateProtectedQueryError};

/// The shared fixture without its final newline, so that every shorter prefix is truncated.
fn fixture() -> &'static [u8] {
    include_bytes!("fixtures/update_protected_query_full.json").trim_ascii_end()
}

/// Depth far past serde_json's recursion limit (128).
const DEEP: usize = 100_000;

// ---- helpers ------------------------------------------------------------------------------

fn decode(body: impl AsRef<[u8]>) -> Result<UpdateProtectedQueryOutput, DecodeError> {
    decode_update_protected_query_output(body.as_ref())
}

fn decode_err(body: impl AsRef<[u8]>) -> DecodeError {
    match decode(body) {
        Ok(output) => panic!("decoded: {output:?}"),
        Err(e) => {
            assert!(!e.message().is_empty());
            e
        }
    }
}

/// Runs `f` on a thread with 1 MiB of stack, half of what Rust gives a new thread (and a
/// tokio worker) by default.
fn on_small_stack<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(f)
        .expect("a thread")
        .join()
        .expect("no panic")
}

fn response(status: u16, headers: &[(&str, &[u8])], body: &[u8]) -> http::Response<Vec<u8>> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(
            *name,
            http::HeaderValue::from_bytes(value).expect("a value"),
        );
    }
    builder.body(body.to_vec()).expect("a response")
}

/// `{"protectedQuery":{"result":{"output":{<inner>}}}}`
fn in_output(inner: &str) -> String {
    format!(r#"{{"protectedQuery":{{"result":{{"output":{{{inner}}}}}}}}}"#)
}

// ---- memory: a per-thread count of live bytes and their peak ------------------------------

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn count(delta: isize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

// SAFETY: every call is passed to `System` unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        System.dealloc(p, layout);
        count(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let q = System.realloc(p, layout, new_size);
        if !q.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most bytes `f` had allocated at once on this thread, beyond what was live before.
fn peak_bytes<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let start = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(start));
    let result = f();
    let peak = PEAK.with(Cell::get) - start;
    (result, peak.max(0) as usize)
}

/// Decodes `body` and checks that it never held more than `factor` times its size (plus a
/// little), whatever came out.
fn decode_within(body: &[u8], factor: usize) -> Result<UpdateProtectedQueryOutput, DecodeError> {
    let (result, peak) = peak_bytes(|| decode(body));
    let limit = factor * body.len() + 64 * 1024;
    assert!(
        peak <= limit,
        "decoding {} bytes held {peak} bytes at once (limit {limit})",
        body.len()
    );
    result
}

// ---- deep nesting -------------------------------------------------------------------------

#[test]
fn deep_nesting_of_the_body_is_an_error() {
    on_small_stack(|| {
        let err = decode_err("[".repeat(DEEP));
        assert!(err.message().contains("expected struct"), "{err}");
        let err = decode_err(format!("{}1", r#"{"a":"#.repeat(DEEP)));
        assert_eq!(err.path(), "a", "{err}");
        assert!(err.message().contains("EOF"), "{err}");
        let err = decode_err(format!(
            r#"{{"protectedQuery":{}"#,
            r#"{"protectedQuery":"#.repeat(DEEP)
        ));
        assert_eq!(err.path(), "protectedQuery.protectedQuery", "{err}");
    });
}

#[test]
fn deep_nesting_in_an_unknown_union_member_kept_as_a_value_stops_at_the_recursion_limit() {
    on_small_stack(|| {
        for value in [
            "[".repeat(DEEP),
            r#"{"a":"#.repeat(DEEP),
            r#"[{"a":"#.repeat(DEEP),
        ] {
            for body in [
                in_output(&format!(r#""newer":{value}"#)),
                format!(
                    r#"{{"protectedQuery":{{"computeConfiguration":{{"serverless":{value}}}}}}}"#
                ),
                format!(
                    r#"{{"protectedQuery":{{"resultConfiguration":{{"outputConfiguration":{{"warehouse":{value}}}}}}}}}"#
                ),
                format!(
                    r#"{{"protectedQuery":{{"computeConfiguration":{{"worker":{{"properties":{{"flink":{value}}}}}}}}}}}"#
                ),
            ] {
                let err = decode_err(&body);
                assert!(err.message().contains("recursion limit exceeded"), "{err}");
                // The path names where the nesting began (and is as deep as the limit, no more).
                assert!(err.path().starts_with("protectedQuery."), "{err}");
                assert!(err.path().len() < 1024, "{}", err.path().len());
            }
        }
    });
}

#[test]
fn nesting_under_the_recursion_limit_in_an_unknown_member_is_kept() {
    on_small_stack(|| {
        let depth = 120; // + 4 levels of body = 124 < 128
        let value = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let output = decode(in_output(&format!(r#""newer":{value}"#))).expect("decodes");
        let ProtectedQueryOutput::SdkUnknownMember { name, value: kept } =
            &output.protected_query.result.expect("result").output
        else {
            panic!("not the unknown member");
        };
        assert_eq!(name, "newer");
        assert_eq!(serde_json::to_string(kept).expect("writes"), value);
    });
}

#[test]
fn deep_nesting_in_a_known_member_is_a_type_error_at_its_path() {
    on_small_stack(|| {
        let err = decode_err(in_output(&format!(
            r#""s3":{{"location":{}"#,
            "[".repeat(DEEP)
        )));
        assert_eq!(err.path(), "protectedQuery.result.output.s3.location");
        assert!(err.message().contains("expected a string"), "{err}");
        let err = decode_err(format!(
            r#"{{"protectedQuery":{{"sqlParameters":{{"parameters":{{"k":{}"#,
            r#"{"k":"#.repeat(DEEP)
        ));
        assert_eq!(err.path(), "protectedQuery.sqlParameters.parameters.k");
        let err = decode_err(format!(
            r#"{{"protectedQuery":{{"differentialPrivacy":{{"sensitivityParameters":{}"#,
            "[".repeat(DEEP)
        ));
        assert!(err.message().contains("expected struct"), "{err}");
    });
}

#[test]
fn deep_nesting_in_an_unmodeled_member_is_skipped_without_recursion() {
    // serde_json skips an ignored value with a loop, not recursion: any depth is fine, and
    // the memory is one byte a level.
    on_small_stack(|| {
        let deep = format!("{}{}", "[".repeat(DEEP), "]".repeat(DEEP));
        let body = format!(r#"{{"protectedQuery":{{"status":"FAILED","unmodeled":{deep}}}}}"#);
        let output = decode_within(body.as_bytes(), 2).expect("skipped");
        assert_eq!(output.protected_query.status.as_str(), "FAILED");
        let err = decode_err(format!(
            r#"{{"protectedQuery":{{"unmodeled":{}"#,
            "[".repeat(DEEP)
        ));
        assert!(err.message().contains("EOF"), "{err}");
    });
}

#[test]
fn deep_nesting_in_an_error_response_is_an_unhandled_error_with_its_status() {
    on_small_stack(|| {
        for body in [
            "[".repeat(DEEP),
            format!(r#"{{"message":{}"#, r#"{"a":"#.repeat(DEEP)),
        ] {
            let response = response(500, &[("x-amzn-requestid", b"r-1")], body.as_bytes());
            let Err(ResponseError::Service(err)) = parse_response(&response) else {
                panic!("not a service error");
            };
            assert_eq!(err.status(), 500);
            assert_eq!(err.request_id(), Some("r-1"));
            assert!(matches!(
                err.kind(),
                UpdateProtectedQueryError::Unhandled(_)
            ));
        }
        // With the code in a header, the error is still typed: the body only adds members.
        let response = response(
            429,
            &[("x-amzn-errortype", b"ThrottlingException")],
            "[".repeat(DEEP).as_bytes(),
        );
        let Err(ResponseError::Service(err)) = parse_response(&response) else {
            panic!("not a service error");
        };
        assert_eq!(err.code(), Some("ThrottlingException"));
    });
}

// ---- huge strings and numbers -------------------------------------------------------------

#[test]
fn huge_strings_are_read_whole_within_memory_proportional_to_the_body() {
    let long = "x".repeat(16 << 20);
    let body = format!(r#"{{"protectedQuery":{{"sqlParameters":{{"queryString":"{long}"}}}}}}"#);
    let output = decode_within(body.as_bytes(), 3).expect("decodes");
    let sql = output
        .protected_query
        .sql_parameters
        .expect("sqlParameters");
    assert_eq!(sql.query_string.map(|q| q.len()), Some(16 << 20));

    // A huge unknown member name is kept; an unmodeled one is skipped.
    let name = "n".repeat(1 << 20);
    let output =
        decode_within(in_output(&format!(r#""{name}":1"#)).as_bytes(), 4).expect("decodes");
    let output = output.protected_query.result.expect("result").output;
    assert_eq!(output.member_name().len(), 1 << 20);
    decode_within(
        format!(r#"{{"protectedQuery":{{"{name}":"{long}"}}}}"#).as_bytes(),
        2,
    )
    .expect("skipped");
}

#[test]
fn huge_numbers_are_out_of_range_errors_at_their_path() {
    let digits = "9".repeat(1 << 20);
    for (body, path) in [
        (
            format!(
                r#"{{"protectedQuery":{{"statistics":{{"totalDurationInMillis":{digits}}}}}}}"#
            ),
            "protectedQuery.statistics.totalDurationInMillis",
        ),
        (
            format!(
                r#"{{"protectedQuery":{{"statistics":{{"billedResourceUtilization":{{"units":{digits}}}}}}}}}"#
            ),
            "protectedQuery.statistics.billedResourceUtilization.units",
        ),
        (
            format!(r#"{{"protectedQuery":{{"createTime":{digits}}}}}"#),
            "protectedQuery.createTime",
        ),
        (
            in_output(&format!(r#""newer":{digits}"#)),
            "protectedQuery.result.output.newer",
        ),
        (
            r#"{"protectedQuery":{"createTime":1e999999999999}}"#.to_owned(),
            "protectedQuery.createTime",
        ),
    ] {
        let err = match decode_within(body.as_bytes(), 3) {
            Ok(output) => panic!("decoded: {output:?}"),
            Err(e) => e,
        };
        assert_eq!(err.path(), path);
        assert!(err.message().contains("number out of range"), "{err}");
    }
}

#[test]
fn integers_past_their_type_are_errors_not_wrapped() {
    for (body, path) in [
        (
            r#"{"protectedQuery":{"statistics":{"totalDurationInMillis":9223372036854775808}}}"#,
            "protectedQuery.statistics.totalDurationInMillis",
        ),
        (
            r#"{"protectedQuery":{"computeConfiguration":{"worker":{"number":2147483648}}}}"#,
            "protectedQuery.computeConfiguration.worker.number",
        ),
        (
            r#"{"protectedQuery":{"createTime":-9223372036854775809}}"#,
            "protectedQuery.createTime",
        ),
    ] {
        assert_eq!(decode_err(body).path(), path);
    }
}

#[test]
fn long_fractions_and_tiny_numbers_are_read() {
    let zeros = "0".repeat(1 << 20);
    let output = decode_within(
        format!(r#"{{"protectedQuery":{{"createTime":1700000000.123{zeros}9}}}}"#).as_bytes(),
        3,
    )
    .expect("decodes");
    assert_eq!(
        output.protected_query.create_time.epoch_millis(),
        1_700_000_000_123
    );
    let output = decode(format!(
        r#"{{"protectedQuery":{{"createTime":"2023-11-14T22:13:20.123{zeros}Z"}}}}"#
    ))
    .expect("decodes");
    assert_eq!(
        output.protected_query.create_time.epoch_millis(),
        1_700_000_000_123
    );
    let output = decode(format!(
        r#"{{"protectedQuery":{{"statistics":{{"billedResourceUtilization":{{"units":0.{zeros}1}}}}}}}}"#
    ))
    .expect("decodes");
    let units = output.protected_query.statistics.expect("statistics");
    assert_eq!(
        units.billed_resource_utilization.map(|b| b.units),
        Some(0.0)
    );
}

// ---- bytes that are not UTF-8, escapes that are not characters ----------------------------

#[test]
fn invalid_utf8_is_an_error_wherever_it_is() {
    let bodies: [&[u8]; 7] = [
        b"{\"protectedQuery\":{\"id\":\"\xff\"}}",
        b"{\"protectedQuery\":{\"unmodeled\":\"\xc0\xaf\"}}",
        b"{\"protectedQuery\":{\"\xed\xa0\x80\":1}}",
        b"{\"protectedQuery\":{\"result\":{\"output\":{\"\xf8\x88\x80\x80\x80\":1}}}}",
        b"{\"protectedQuery\":{\"result\":{\"output\":{\"newer\":\"\xe2\x82\"}}}}",
        b"{\"protectedQuery\":{\"sqlParameters\":{\"parameters\":{\"k\":\"\x80\"}}}}",
        b"{\"protectedQuery\":{}}\xff",
    ];
    for body in bodies {
        let err = decode_err(body);
        assert!(
            ["unicode", "UTF-8", "trailing"]
                .iter()
                .any(|m| err.message().contains(m)),
            "{err}"
        );
    }
}

#[test]
fn a_lone_surrogate_escape_is_an_error_in_a_member_that_is_read() {
    for body in [
        r#"{"protectedQuery":{"id":"\ud800"}}"#.to_owned(),
        in_output(r#""newer":"\udfff""#),
        in_output(r#""\ud800":1"#),
    ] {
        decode_err(body);
    }
    // Skipped members are checked as JSON, not as text (as Python's json reads them too).
    assert!(decode(r#"{"protectedQuery":{"unmodeled":"\ud800"}}"#).is_ok());
}

#[test]
fn header_values_that_are_not_text_are_ignored() {
    let response = response(
        400,
        &[
            ("x-amzn-errortype", b"Validation\xffException"),
            ("x-amzn-requestid", b"\x80\x81"),
        ],
        br#"{"__type":"ValidationException","message":"bad"}"#,
    );
    let Err(ResponseError::Service(err)) = parse_response(&response) else {
        panic!("not a service error");
    };
    // The header is unreadable, so the body's code is used.
    assert_eq!(err.code(), Some("ValidationException"));
    assert_eq!(err.request_id(), None);
}

// ---- duplicate keys -----------------------------------------------------------------------

#[test]
fn a_duplicate_structure_member_is_an_error_naming_it() {
    let err = decode_err(r#"{"protectedQuery":{"id":"a","status":"FAILED","id":"b"}}"#);
    assert_eq!(err.path(), "protectedQuery");
    assert!(
        err.message()
            .contains("member `id` of structure `ProtectedQuery` is set twice"),
        "{err}"
    );
    let err = decode_err(r#"{"protectedQuery":{},"protectedQuery":{}}"#);
    assert!(
        err.message().contains(
            "member `protectedQuery` of structure `UpdateProtectedQueryOutput` is set twice"
        ),
        "{err}"
    );
}

#[test]
fn a_duplicate_union_member_is_an_error_naming_both() {
    for (inner, names) in [
        (
            r#""s3":{"location":"a"},"s3":{"location":"b"}"#,
            "`s3` and `s3`",
        ),
        (r#""newer":1,"newer":2"#, "`newer` and `newer`"),
        (r#""newer":1,"s3":{"location":"b"}"#, "`newer` and `s3`"),
    ] {
        let err = decode_err(in_output(inner));
        assert_eq!(err.path(), "protectedQuery.result.output");
        assert!(err.message().contains(names), "{err}");
    }
}

#[test]
fn a_duplicate_map_key_keeps_the_last_value_as_the_sdks_do() {
    // botocore (Python's json) and aws-sdk-rust (a HashMap) both keep the last value.
    let output =
        decode(r#"{"protectedQuery":{"sqlParameters":{"parameters":{"k":"first","k":"last"}}}}"#)
            .expect("decodes");
    let parameters = output
        .protected_query
        .sql_parameters
        .and_then(|s| s.parameters)
        .expect("parameters");
    assert_eq!(parameters.len(), 1);
    assert_eq!(parameters["k"], "last");
}

// ---- truncated and malformed bodies -------------------------------------------------------

#[test]
fn every_truncation_of_the_fixture_is_an_error() {
    assert!(decode(fixture()).is_ok());
    for end in 1..fixture().len() {
        let err = decode_err(&fixture()[..end]);
        assert!(!err.to_string().is_empty());
    }
}

#[test]
fn every_truncation_of_a_response_is_an_output_error_or_a_service_error() {
    let error_body = br#"{"__type":"ConflictException","message":"done","reason":"INVALID_STATE"}"#;
    for end in 0..error_body.len() {
        let r = response(409, &[], &error_body[..end]);
        let Err(ResponseError::Service(err)) = parse_response(&r) else {
            panic!("not a service error at {end}");
        };
        assert_eq!(err.status(), 409);
    }
    for end in 1..fixture().len() {
        let r = response(200, &[("x-amzn-requestid", b"r-9")], &fixture()[..end]);
        let Err(ResponseError::Decode(err)) = parse_response(&r) else {
            panic!("not a decode error at {end}");
        };
        assert_eq!(err.request_id(), Some("r-9"));
    }
}

#[test]
fn text_after_the_body_is_an_error() {
    for tail in [&b"x"[..], b"{}", b"\x00", b" ]"] {
        let mut body = fixture().to_vec();
        body.extend_from_slice(tail);
        let err = decode_err(&body);
        assert!(err.message().contains("trailing"), "{err}");
    }
    let mut body = fixture().to_vec();
    body.extend_from_slice(b" \n\t\r");
    assert!(decode(&body).is_ok(), "trailing whitespace is JSON");
}

#[test]
fn a_body_that_is_not_an_object_is_an_error_naming_no_path() {
    for body in [
        "[]",
        "null",
        "true",
        "1",
        r#""s""#,
        "<html>",
        "\u{feff}{}",
        "{",
        "}",
    ] {
        let err = decode_err(body);
        assert_eq!(err.path(), "", "{body}: {err}");
    }
}

// ---- many members -------------------------------------------------------------------------

#[test]
fn many_null_and_unknown_keys_take_memory_in_proportion() {
    // 100k null members before the one set: each name is read into one reused slot.
    let nulls: String = (0..100_000).map(|i| format!(r#""m{i}":null,"#)).collect();
    let output = decode_within(
        in_output(&format!(r#"{nulls}"s3":{{"location":"l"}}"#)).as_bytes(),
        2,
    )
    .expect("decodes");
    assert_eq!(
        output
            .protected_query
            .result
            .expect("result")
            .output
            .member_name(),
        "s3"
    );

    // 100k unmodeled members of a structure are skipped.
    let unmodeled: String = (0..100_000).map(|i| format!(r#""u{i}":[{i}],"#)).collect();
    let body = format!(r#"{{"protectedQuery":{{{unmodeled}"status":"FAILED"}}}}"#);
    decode_within(body.as_bytes(), 2).expect("decodes");
}

#[test]
fn an_unknown_member_value_is_kept_in_memory_proportional_to_it() {
    // serde_json::Value takes up to 32 bytes a value, and a Vec doubles: a list of 1-byte
    // numbers is the worst case for the value an unknown member keeps.
    let list = format!("[{}0]", "0,".repeat(1 << 20));
    let body = in_output(&format!(r#""newer":{list}"#));
    decode_within(body.as_bytes(), 48).expect("kept");
}

// ---- what the fuzzers found ---------------------------------------------------------------

/// Fuzz finding 1 (`fuzz/FINDINGS.md`, fixed in the derive): boto3's form of an unknown
/// member read into the value-keeping `SdkUnknownMember` (with a `null` value) was written
/// back as `{"<name>": null}`, a union with no member set, so the written output did not read.
#[test]
fn boto3_unknown_member_form_written_back_reads_again() {
    let body = r#"{"protectedQuery":{"resultConfiguration":{"outputConfiguration":{"SDK_UNKNOWN_MEMBER":{"name":"futureMember"}}}}}"#;
    let output = decode(body).expect("boto3's form reads");
    let written = serde_json::to_vec(&output).expect("writes");
    let again = decode(&written)
        .unwrap_or_else(|e| panic!("{e}\nwritten: {}", String::from_utf8_lossy(&written)));
    assert_eq!(again, output);
}
