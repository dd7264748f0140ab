//! Property tests with hostile inputs for the body decoder and the response parser, held to
//! the same rules as the fuzz targets (`cleanrooms_fuzz::check_*`).
//!
//! 256 cases a property by default; a long run:
//!
//! ```sh
//! PROPTEST_CASES=200000 cargo test --release --manifest-path fuzz/Cargo.toml
//! ```

use cleanrooms_fuzz::{check_decode_body, check_parse_response};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

const FIXTURE: &[u8] = include_bytes!("../data/update_protected_query_full.json");

/// The wire names of the model, `__type`, boto3's unknown-member key, and some unknown ones.
const KEYS: &[&str] = &[
    "protectedQuery",
    "id",
    "membershipId",
    "membershipArn",
    "createTime",
    "sqlParameters",
    "queryString",
    "analysisTemplateArn",
    "parameters",
    "status",
    "resultConfiguration",
    "outputConfiguration",
    "s3",
    "member",
    "distribute",
    "intermediateTable",
    "locations",
    "resultFormat",
    "bucket",
    "keyPrefix",
    "singleFileOutput",
    "accountId",
    "arn",
    "name",
    "statistics",
    "totalDurationInMillis",
    "billedResourceUtilization",
    "units",
    "result",
    "output",
    "location",
    "memberList",
    "error",
    "message",
    "code",
    "retry",
    "retryable",
    "differentialPrivacy",
    "sensitivityParameters",
    "aggregationType",
    "aggregationExpression",
    "userContributionLimit",
    "minColumnValue",
    "maxColumnValue",
    "computeConfiguration",
    "worker",
    "type",
    "number",
    "properties",
    "spark",
    "queryComputePayerAccountId",
    "__type",
    "SDK_UNKNOWN_MEMBER",
    "newer",
    "",
    "\u{0}",
    "é",
];

/// Values that have broken parsers: extremes, special strings, wrong types.
fn hostile_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        Just(json!(1.7976931348623157e308)),
        Just(json!(5e-324)),
        Just(json!(-0.0)),
        Just(json!(1_700_000_000.123_f64)),
        prop::sample::select(vec![
            "NaN",
            "Infinity",
            "-Infinity",
            "nan",
            "1e309",
            "CANCELLED",
            "CR.4X",
            "PARQUET",
            "2023-11-14T22:13:20.123Z",
            "2023-11-14T22:13:20+25:00",
            "Tue, 14 Nov 2023 22:13:20 GMT",
            "9999-12-31T23:59:59.999999999Z",
            "0000-01-01T00:00:00Z",
            "1700000000.5",
            "-1e9",
            "",
        ])
        .prop_map(|s| Value::String(s.to_owned())),
        ".{0,40}".prop_map(Value::String),
        (1usize..5000).prop_map(|n| Value::String("x".repeat(n))),
    ]
}

/// JSON trees whose keys are mostly the model's.
fn tree() -> impl Strategy<Value = Value> {
    hostile_leaf().prop_recursive(8, 96, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..6).prop_map(|entries| {
                Value::Object(
                    entries
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

/// The fixture, parsed, with one value replaced by a generated one at a generated path.
fn fixture_with_replacement() -> impl Strategy<Value = Vec<u8>> {
    (
        prop::collection::vec(any::<prop::sample::Index>(), 1..8),
        tree(),
    )
        .prop_map(|(steps, replacement)| {
            let mut body: Value = serde_json::from_slice(FIXTURE).expect("the fixture is JSON");
            // The JSON pointer of the value to replace, found by walking down.
            let mut pointer = String::new();
            let mut at = &body;
            for step in steps {
                let (segment, next) = match at {
                    Value::Object(map) if !map.is_empty() => {
                        let (k, v) = map.iter().nth(step.index(map.len())).expect("in range");
                        (k.replace('~', "~0").replace('/', "~1"), v)
                    }
                    Value::Array(list) if !list.is_empty() => {
                        let i = step.index(list.len());
                        (i.to_string(), &list[i])
                    }
                    _ => break,
                };
                pointer.push('/');
                pointer.push_str(&segment);
                at = next;
            }
            let at = body.pointer_mut(&pointer).expect("the path just walked");
            *at = replacement;
            serde_json::to_vec(&body).expect("JSON writes")
        })
}

/// Byte-level edits of the fixture: cut, delete, insert, repeat.
#[derive(Debug, Clone)]
enum Edit {
    Truncate(prop::sample::Index),
    Delete(prop::sample::Index, usize),
    Insert(prop::sample::Index, Vec<u8>),
    Repeat(prop::sample::Index, usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let tokens = prop::sample::select(vec![
        &b"{"[..],
        b"}",
        b"[",
        b"]",
        b",",
        b":",
        b"\"",
        b"null",
        b"\\u0000",
        b"\\ud800",
        b"\xff",
        b"\xc0\x80",
        b"1e999",
        b"-",
        b"\"__type\":\"x\",",
        b"\"s3\":null,",
        b"\"newer\":{},",
    ]);
    prop_oneof![
        any::<prop::sample::Index>().prop_map(Edit::Truncate),
        (any::<prop::sample::Index>(), 1usize..64).prop_map(|(i, n)| Edit::Delete(i, n)),
        (any::<prop::sample::Index>(), tokens).prop_map(|(i, t)| Edit::Insert(i, t.to_vec())),
        (any::<prop::sample::Index>(), 1usize..64, 2usize..2000)
            .prop_map(|(i, n, times)| Edit::Repeat(i, n, times)),
    ]
}

fn apply(mut body: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for edit in edits {
        if body.is_empty() {
            break;
        }
        match edit {
            Edit::Truncate(i) => body.truncate(i.index(body.len())),
            Edit::Delete(i, n) => {
                let start = i.index(body.len());
                let end = (start + n).min(body.len());
                body.drain(start..end);
            }
            Edit::Insert(i, bytes) => {
                let at = i.index(body.len());
                body.splice(at..at, bytes.iter().copied());
            }
            Edit::Repeat(i, n, times) => {
                let start = i.index(body.len());
                let end = (start + n).min(body.len());
                let piece = body[start..end].repeat(*times);
                body.splice(start..start, piece);
            }
        }
    }
    body
}

/// Nesting around and far past serde_json's recursion limit, at a generated place.
fn deep_body() -> impl Strategy<Value = Vec<u8>> {
    let openers = prop::sample::select(vec!["[", "{\"a\":", "{\"newer\":", "[{\"s3\":", "{\"\":["]);
    let places = prop::sample::select(vec![
        "{\"protectedQuery\":{\"result\":{\"output\":{\"newer\":@}}}}",
        "{\"protectedQuery\":{\"computeConfiguration\":{\"worker\":{\"properties\":{\"x\":@}}}}}",
        "{\"protectedQuery\":{\"resultConfiguration\":{\"outputConfiguration\":@}}}",
        "{\"protectedQuery\":{\"unmodeled\":@}}",
        "{\"protectedQuery\":{\"sqlParameters\":{\"parameters\":@}}}",
        "@",
    ]);
    (openers, places, 100usize..20_000, any::<bool>()).prop_map(|(opener, place, depth, close)| {
        let mut nested = opener.repeat(depth);
        if close {
            nested.push('1');
            let closers: String = opener
                .chars()
                .rev()
                .filter_map(|c| match c {
                    '[' => Some(']'),
                    '{' => Some('}'),
                    _ => None,
                })
                .collect();
            nested.push_str(&closers.repeat(depth));
        }
        place.replace('@', &nested).into_bytes()
    })
}

/// A body from any of the generators above.
fn body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        tree().prop_map(|t| serde_json::to_vec(&json!({ "protectedQuery": t })).expect("JSON")),
        fixture_with_replacement(),
        prop::collection::vec(edit(), 1..4).prop_map(|edits| apply(FIXTURE.to_vec(), &edits)),
        deep_body(),
    ]
}

/// A response in the fuzz targets' text form: status, headers, body.
fn response_text() -> impl Strategy<Value = Vec<u8>> {
    let status = prop_oneof![
        prop::sample::select(vec![
            200u16, 201, 204, 299, 300, 400, 403, 404, 409, 429, 500, 502, 503
        ]),
        100u16..1000,
    ];
    let header = (
        prop::sample::select(vec![
            "x-amzn-errortype",
            "x-amzn-requestid",
            "content-type",
            "x-amz-id-2",
        ]),
        prop_oneof![
            prop::sample::select(vec![
                "ValidationException",
                "ThrottlingException",
                "aws.x#ConflictException:http://a/b",
                ":",
                "#",
                "  ",
                "InternalServerException:",
                "a#b#ResourceNotFoundException",
            ])
            .prop_map(str::to_owned),
            "[ -~]{0,30}",
        ],
    );
    (status, prop::collection::vec(header, 0..4), body()).prop_map(|(status, headers, body)| {
        let mut text = format!("{status}\n").into_bytes();
        for (name, value) in headers {
            text.extend_from_slice(format!("{name}: {value}\n").as_bytes());
        }
        text.push(b'\n');
        text.extend_from_slice(&body);
        text
    })
}

proptest! {
    #[test]
    fn any_body_decodes_or_errs_by_the_rules(body in body()) {
        check_decode_body(&body);
    }

    #[test]
    fn any_response_parses_or_errs_by_the_rules(text in response_text()) {
        check_parse_response(&text);
    }
}
