//! Writes the fuzzers' seed corpora: the shared fixture, variants of it that reach each union
//! member, unknown member, `__type` key, null member, timestamp and float form, and error
//! responses for each modeled error code.
//!
//! `gen_seeds DIR` writes `DIR/decode_body/*` (bodies), `DIR/parse_response/*` (responses
//! in the text form of `cleanrooms_fuzz::response_from_bytes`) and `DIR/parse_generated/*`
//! (a byte picking a generated operation, then a response).

use std::fs;
use std::path::Path;

use serde_json::{json, Value};

const FIXTURE: &str = include_str!("../../data/update_protected_query_full.json");

fn main() -> std::io::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "seeds".to_owned());
    let bodies = bodies();
    let responses = responses(&bodies);
    write_all(&Path::new(&dir).join("decode_body"), &bodies)?;
    write_all(&Path::new(&dir).join("parse_response"), &responses)?;
    let generated = generated_responses();
    write_all(&Path::new(&dir).join("parse_generated"), &generated)?;
    println!(
        "{} body seeds, {} response seeds, {} generated-operation seeds in {dir}",
        bodies.len(),
        responses.len(),
        generated.len()
    );
    Ok(())
}

fn write_all(dir: &Path, seeds: &[Vec<u8>]) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    for (i, seed) in seeds.iter().enumerate() {
        fs::write(dir.join(format!("seed-{i:04}")), seed)?;
    }
    Ok(())
}

/// The fixture with `edit` applied to its `protectedQuery`.
fn variant(edit: impl FnOnce(&mut serde_json::Map<String, Value>)) -> Vec<u8> {
    let mut body: Value = serde_json::from_str(FIXTURE).expect("the fixture is JSON");
    let query = body["protectedQuery"]
        .as_object_mut()
        .expect("protectedQuery is an object");
    edit(query);
    serde_json::to_vec(&body).expect("JSON writes")
}

fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

fn bodies() -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = vec![
        FIXTURE.as_bytes().to_vec(),
        Vec::new(),
        b"{}".to_vec(),
        b"{\"protectedQuery\":{}}".to_vec(),
        b"{\"protectedQuery\":null}".to_vec(),
        b"[]".to_vec(),
        b"null".to_vec(),
        b"<html><body>502 Bad Gateway</body></html>".to_vec(),
    ];

    // Each member of each union, and the unknown / __type / null forms.
    let output_configurations = [
        json!({"s3": {"resultFormat": "CSV", "bucket": "b", "keyPrefix": "p/", "singleFileOutput": false}}),
        json!({"member": {"accountId": "111122223333"}}),
        json!({"distribute": {"locations": [
            {"s3": {"resultFormat": "PARQUET", "bucket": "b"}},
            {"member": {"accountId": "111122223333"}},
            {"futureLocation": {"x": 1}}
        ]}}),
        json!({"intermediateTable": {"id": "0a1b2c3d-4e5f-6789-abcd-000000000000", "arn": "arn:aws:x", "name": "t"}}),
        json!({"__type": "x", "s3": null, "futureMember": {"deep": [1, 2, {"a": null}]}}),
        json!({"SDK_UNKNOWN_MEMBER": {"name": "futureMember"}}),
        json!({"s3": {"resultFormat": "CSV", "bucket": "b"}, "member": {"accountId": "1"}}),
        json!({}),
        json!([]),
    ];
    for config in output_configurations {
        out.push(variant(|q| {
            q.insert(
                "resultConfiguration".into(),
                json!({"outputConfiguration": config}),
            );
        }));
    }
    let outputs = [
        json!({"s3": {"location": "s3://b/k"}}),
        json!({"memberList": []}),
        json!({"distribute": {"s3": {"location": "s3://b/k"}, "memberList": [{"accountId": "1"}]}}),
        json!({"__type": null, "memberList": null, "newer": "value"}),
        json!({"quit": {}}),
    ];
    for output in outputs {
        out.push(variant(|q| {
            q.insert("result".into(), json!({ "output": output }));
        }));
    }
    let computes = [
        json!({"worker": {"type": "CR.1X", "number": 2, "properties": {"spark": {"spark.executor.memory": "4g"}}}}),
        json!({"worker": {"type": "CR.16X", "number": 1024, "properties": {"future": true}}}),
        json!({"serverless": {}}),
    ];
    for compute in computes {
        out.push(variant(|q| {
            q.insert("computeConfiguration".into(), compute);
        }));
    }

    // Timestamps in every accepted form, and some that are not.
    for time in [
        json!(1_700_000_000),
        json!(-1.5),
        json!(1.7e9),
        json!("2023-11-14T22:13:20.123456789Z"),
        json!("2023-11-14T22:13:20+01:00"),
        json!("Tue, 14 Nov 2023 22:13:20 GMT"),
        json!("1700000000.123"),
        json!(1e300),
        json!("yesterday"),
    ] {
        out.push(variant(|q| {
            q.insert("createTime".into(), time);
        }));
    }

    // Floats: the special strings, extremes, and wrong types.
    for value in [
        json!("NaN"),
        json!("Infinity"),
        json!("-Infinity"),
        json!(1.7976931348623157e308),
        json!(5e-324),
        json!("1.5"),
    ] {
        out.push(variant(|q| {
            q.insert(
                "differentialPrivacy".into(),
                json!({"sensitivityParameters": [{
                    "aggregationType": "AVG", "aggregationExpression": "x",
                    "userContributionLimit": 1, "minColumnValue": value.clone(), "maxColumnValue": value
                }]}),
            );
            q.insert(
                "statistics".into(),
                json!({"totalDurationInMillis": 9_223_372_036_854_775_807_i64,
                       "billedResourceUtilization": {"units": "NaN"}}),
            );
        }));
    }

    // Open enums, the 2025+/2026+ members, sensitive members, unknown structure members.
    for status in ["SUBMITTED", "TIMED_OUT", "PAUSED", ""] {
        out.push(variant(|q| {
            q.insert("status".into(), json!(status));
        }));
    }
    out.push(variant(|q| {
        q.insert("queryComputePayerAccountId".into(), json!("111122223333"));
        q.insert(
            "error".into(),
            json!({"message": "m", "code": "c", "retry": {"retryable": true}}),
        );
        q.insert("unmodeled".into(), json!({"a": [1, "b", null, true]}));
    }));

    // Nesting around serde_json's recursion limit (128), in an unknown union member.
    for depth in [100, 126, 127, 128, 129, 200] {
        let body = format!(
            r#"{{"protectedQuery":{{"result":{{"output":{{"newer":{}}}}}}}}}"#,
            nested(depth)
        );
        out.push(body.into_bytes());
    }
    out.push(format!("{}1{}", "{\"a\":".repeat(130), "}".repeat(130)).into_bytes());
    out
}

fn responses(bodies: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let ok_headers = "200\ncontent-type: application/json\nx-amzn-requestid: 6f1c1f43\n\n";
    for body in bodies.iter().take(12) {
        let mut response = ok_headers.as_bytes().to_vec();
        response.extend_from_slice(body);
        out.push(response);
    }
    let errors = [
        (
            400,
            "ValidationException",
            json!({"message": "bad", "reason": "FIELD_VALIDATION_FAILED",
            "fieldList": [{"name": "membershipIdentifier", "message": "too short"}]}),
        ),
        (
            403,
            "AccessDeniedException",
            json!({"message": "no", "reason": "INSUFFICIENT_PERMISSIONS"}),
        ),
        (
            404,
            "ResourceNotFoundException",
            json!({"message": "none", "resourceId": "x", "resourceType": "MEMBERSHIP"}),
        ),
        (
            409,
            "ConflictException",
            json!({"message": "done", "resourceId": "x", "resourceType": "COLLABORATION", "reason": "INVALID_STATE"}),
        ),
        (
            429,
            "ThrottlingException",
            json!({"message": "Rate exceeded"}),
        ),
        (500, "InternalServerException", json!({"message": "oops"})),
        (
            403,
            "InvalidSignatureException",
            json!({"Message": "signature"}),
        ),
    ];
    for (status, code, body) in errors {
        // The code in the header (with the namespace and URL forms), in `code`, in `__type`.
        out.push(
            format!("{status}\nx-amzn-errortype: {code}:http://internal.amazon.com/coral/\nx-amzn-requestid: r-1\n\n{body}")
                .into_bytes(),
        );
        let mut with_code = body.clone();
        with_code["code"] = json!(code);
        out.push(format!("{status}\n\n{with_code}").into_bytes());
        let mut with_type = body;
        with_type["__type"] = json!(format!("aws.cleanrooms#{code}"));
        out.push(format!("{status}\nx-amzn-requestid:  r-2 \n\n{with_type}").into_bytes());
    }
    out.push(b"502\ncontent-type: text/html\n\n<html>502 Bad Gateway</html>".to_vec());
    out.push(b"503\n\n".to_vec());
    out.push(b"404\nx-amzn-errortype: \n\n{\"code\":\"::#\"}".to_vec());
    out
}

/// For each generated operation the `parse_generated` target picks: a plausible output, an
/// empty one, modelled and unmodelled errors (code in the header, in `__type`, in the
/// query-compatible header), a proxy's page; for the CBOR operations, CBOR bodies.
fn generated_responses() -> Vec<Vec<u8>> {
    let outputs: [&[u8]; 12] = [
        br#"{"Item":{"pk":{"S":"a"},"n":{"N":"1"},"l":{"L":[{"BOOL":true},{"NULL":true}]},"m":{"M":{"b":{"B":"AAE="}}}}}"#,
        br#"{"Items":[{"pk":{"S":"a"}}],"Count":1,"ScannedCount":1,"LastEvaluatedKey":{"pk":{"S":"a"}}}"#,
        br#"{"UnprocessedItems":{"t":[{"PutRequest":{"Item":{"pk":{"SS":["a","b"]}}}}]}}"#,
        br#"{"Messages":[{"MessageId":"m","Body":"b","Attributes":{"SentTimestamp":"1"},"MessageAttributes":{"a":{"DataType":"String","StringValue":"v"}}}]}"#,
        br#"{"KeyId":"k","Plaintext":"aGVsbG8=","EncryptionAlgorithm":"SYMMETRIC_DEFAULT"}"#,
        br#"{"ARN":"arn","Name":"n","SecretString":"s","CreatedDate":1.7E9,"VersionStages":["AWSCURRENT"]}"#,
        br#"{"events":[{"logStreamName":"s","timestamp":1,"message":"m","ingestionTime":2}],"nextToken":"t"}"#,
        br#"{"Configuration":{"FunctionName":"f","Runtime":"provided.al2023","Timeout":3,"LastModified":"2024-01-01T00:00:00.000+0000"},"Tags":{"a":"b"}}"#,
        br#"{"Functions":[{"FunctionName":"f","MemorySize":128}],"NextMarker":"m"}"#,
        br#"{"FunctionName":"f","State":"Pending","Architectures":["arm64"]}"#,
        // CBOR: {"MetricDataResults": [{"Id": "m", "Values": [1.5]}]}
        b"\xa1\x71MetricDataResults\x81\xa2\x62Id\x61m\x66Values\x81\xf9\x3e\x00",
        // CBOR: an indefinite-length empty map.
        b"\xbf\xff",
    ];
    let mut out = Vec::new();
    for (pick, body) in outputs.iter().enumerate() {
        let pick = u8::try_from(pick).expect("a few operations");
        let cbor = pick >= 10;
        let content_type = if cbor {
            "application/cbor\nsmithy-protocol: rpc-v2-cbor"
        } else {
            "application/x-amz-json-1.0"
        };
        let mut ok = vec![pick];
        ok.extend_from_slice(format!("200\ncontent-type: {content_type}\n\n").as_bytes());
        ok.extend_from_slice(body);
        out.push(ok);
        let empty: &[u8] = if cbor { b"\xa0" } else { b"{}" };
        let mut bare = vec![pick];
        bare.extend_from_slice(b"200\n\n");
        bare.extend_from_slice(empty);
        out.push(bare);
        for error in [
            "400\nx-amzn-errortype: ResourceNotFoundException:http://internal.amazon.com/\n\n{\"message\":\"no\"}",
            "400\n\n{\"__type\":\"com.amazonaws.x#ThrottlingException\",\"Message\":\"slow\"}",
            "400\nx-amzn-query-error: AWS.SimpleQueueService.NonExistentQueue;Sender\n\n{\"__type\":\"QueueDoesNotExist\"}",
            "502\ncontent-type: text/html\n\n<html>502</html>",
        ] {
            let mut response = vec![pick];
            response.extend_from_slice(error.as_bytes());
            out.push(response);
        }
    }
    out
}
