//! Three JSON readers under the same serde derives: the `UpdateProtectedQuery` output read
//! from the fixture body (1.5 kB) and from a body of the same shape grown to about 1 MB, in
//! one criterion run.
//!
//! - `runtime decode`: what `cleanrooms-runtime` does today (`decode_update_protected_query_output`:
//!   serde_json, the wire path of a bad value, objects only, the UTF-8 check);
//! - `serde_json`: `serde_json::from_slice`, nothing else;
//! - `serde_json + path`: the same through `serde_path_to_error`;
//! - `sonic-rs`, `sonic-rs + path`: `sonic_rs::from_slice` (its serde deserializer), bare and
//!   through `serde_path_to_error`;
//! - `simd-json`: `simd_json::serde::from_slice`, which parses in place, so each read starts
//!   by copying the body into a buffer of its own (a response body is shared and immutable).
//!
//! Each reader's output is checked equal to serde_json's before measuring.
//!
//! `cargo bench --manifest-path peer-bench/json-readers/Cargo.toml`

use std::hint::black_box;

use cleanrooms_runtime::model::{decode_update_protected_query_output, UpdateProtectedQueryOutput};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use serde_json::{json, Value};

const FIXTURE: &[u8] = include_bytes!("../../data/update_protected_query_full.json");

/// The fixture grown to about 1 MB: 10 000 members in the result and 5 000 sensitivity
/// parameters (strings, integers and floats, as the fixture has them).
fn large_body() -> Vec<u8> {
    let mut body: Value = serde_json::from_slice(FIXTURE).expect("the fixture is JSON");
    let query = &mut body["protectedQuery"];
    let members: Vec<Value> = (0..10_000u64)
        .map(|i| json!({ "accountId": format!("{:012}", 111_122_223_333 + i) }))
        .collect();
    query["result"]["output"]["memberList"] = Value::Array(members);
    let parameters: Vec<Value> = (0..5_000u32)
        .map(|i| {
            json!({
                "aggregationType": if i % 2 == 0 { "COUNT_DISTINCT" } else { "SUM" },
                "aggregationExpression": format!("column_{i}"),
                "userContributionLimit": i % 100,
                "minColumnValue": -f64::from(i) * 1.25,
                "maxColumnValue": f64::from(i) * 1000.5 + 0.125,
            })
        })
        .collect();
    query["differentialPrivacy"]["sensitivityParameters"] = Value::Array(parameters);
    serde_json::to_vec(&body).expect("writes")
}

fn runtime_decode(body: &[u8]) -> UpdateProtectedQueryOutput {
    decode_update_protected_query_output(body).expect("decodes")
}

fn serde_json_plain(body: &[u8]) -> UpdateProtectedQueryOutput {
    serde_json::from_slice(body).expect("decodes")
}

fn serde_json_path(body: &[u8]) -> UpdateProtectedQueryOutput {
    let mut de = serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(&mut de).expect("decodes")
}

fn sonic_plain(body: &[u8]) -> UpdateProtectedQueryOutput {
    sonic_rs::from_slice(body).expect("decodes")
}

fn sonic_path(body: &[u8]) -> UpdateProtectedQueryOutput {
    let mut de = sonic_rs::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(&mut de).expect("decodes")
}

fn simd_json_copy(body: &[u8]) -> UpdateProtectedQueryOutput {
    let mut own = body.to_vec();
    simd_json::serde::from_slice(&mut own).expect("decodes")
}

type Reader = fn(&[u8]) -> UpdateProtectedQueryOutput;

const READERS: [(&str, Reader); 6] = [
    ("runtime decode", runtime_decode),
    ("serde_json", serde_json_plain),
    ("serde_json + path", serde_json_path),
    ("sonic-rs", sonic_plain),
    ("sonic-rs + path", sonic_path),
    ("simd-json", simd_json_copy),
];

fn readers(c: &mut Criterion) {
    let large = large_body();
    for (name, body) in [("fixture", FIXTURE), ("1MB", large.as_slice())] {
        let expected = serde_json_plain(body);
        for (reader, read) in READERS {
            assert_eq!(read(body), expected, "{reader} on {name}");
        }
        let mut group = c.benchmark_group(format!("read/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        if body.len() > 100_000 {
            group.sample_size(30);
        }
        for (reader, read) in READERS {
            group.bench_with_input(BenchmarkId::from_parameter(reader), body, |b, body| {
                b.iter(|| read(black_box(body)))
            });
        }
        group.finish();
    }
}

criterion_group!(benches, readers);
criterion_main!(benches);
