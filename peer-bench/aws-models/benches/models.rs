//! Large responses read into the generated models, side by side in one criterion run, in the
//! benchmarking thread's CPU time (time spent waiting for a core on a busy machine is left out):
//!
//! - a DynamoDB `Query` response of about 1 MB (2,000 items, every `AttributeValue` kind);
//! - a Bedrock Runtime `Converse` response with 200 content blocks.
//!
//! Each group: the generated model read with serde_json, sonic-rs and simd-json (and the model
//! generated with `--strings borrowed`, whose strings borrow from the body); the ceiling (plain
//! serde types, no AWS rules) with serde_json; the SDK's whole call on the large body
//! and on a tiny one (reading the large body = large − tiny). Every output is checked before
//! measuring. `benches/rounds.rs` measures the same in interleaved rounds.
//!
//! `cargo bench --manifest-path peer-bench/aws-models/Cargo.toml --bench models`

#[path = "../../benches/cpu_time.rs"]
mod cpu_time;

use std::time::Duration;

use aws_models_bench::{
    bedrock, bedrock_borrowed, bodies, dynamodb, dynamodb_borrowed, plain, sdk,
};
use aws_models_bench::{
    check_borrowed_converse, check_borrowed_query, check_converse, check_plain_converse,
    check_plain_query, check_query, check_sdk_converse, check_sdk_query, serde_json_read,
    serde_json_read_borrowed, simd_read, simd_read_borrowed_converse, simd_read_borrowed_query,
    sonic_read, sonic_read_borrowed,
};
use cpu_time::ThreadCpuTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

fn configure(group: &mut BenchmarkGroup<'_, ThreadCpuTime>, bytes: usize) {
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(8));
}

fn query(c: &mut Criterion<ThreadCpuTime>) {
    let rt = runtime();
    let large = bodies::query_large();
    let tiny = bodies::query_tiny();
    check_query(&serde_json_read(&large));
    check_query(&sonic_read(&large));
    check_query(&simd_read(&large));
    check_plain_query(&serde_json_read(&large));
    check_borrowed_query(&serde_json_read_borrowed(&large));
    check_borrowed_query(&sonic_read_borrowed(&large));
    simd_read_borrowed_query(&large, check_borrowed_query);
    let sdk_large = sdk::dynamodb(large.clone());
    let sdk_tiny = sdk::dynamodb(tiny);
    check_sdk_query(&rt.block_on(sdk::query(&sdk_large)));

    let mut group = c.benchmark_group(format!("dynamodb Query, {} bytes", large.len()));
    configure(&mut group, large.len());
    group.bench_function("generated, serde_json", |b| {
        b.iter(|| serde_json_read::<dynamodb::QueryOutput>(&large))
    });
    group.bench_function("generated, sonic-rs", |b| {
        b.iter(|| sonic_read::<dynamodb::QueryOutput>(&large))
    });
    group.bench_function("generated, simd-json", |b| {
        b.iter(|| simd_read::<dynamodb::QueryOutput>(&large))
    });
    group.bench_function("generated borrowed, serde_json", |b| {
        b.iter(|| serde_json_read_borrowed::<dynamodb_borrowed::QueryOutput>(&large))
    });
    group.bench_function("generated borrowed, sonic-rs", |b| {
        b.iter(|| sonic_read_borrowed::<dynamodb_borrowed::QueryOutput>(&large))
    });
    group.bench_function("generated borrowed, simd-json", |b| {
        b.iter(|| {
            simd_read_borrowed_query(&large, |output| {
                std::hint::black_box(output);
            })
        })
    });
    group.bench_function("ceiling: plain serde, serde_json", |b| {
        b.iter(|| serde_json_read::<plain::QueryOutput>(&large))
    });
    group.bench_function("aws-sdk-dynamodb query().send(), large", |b| {
        b.iter(|| rt.block_on(sdk::query(&sdk_large)))
    });
    group.bench_function("aws-sdk-dynamodb query().send(), tiny", |b| {
        b.iter(|| rt.block_on(sdk::query(&sdk_tiny)))
    });
    group.finish();
}

fn converse(c: &mut Criterion<ThreadCpuTime>) {
    let rt = runtime();
    let large = bodies::converse_large();
    let tiny = bodies::converse_tiny();
    check_converse(&serde_json_read(&large));
    check_converse(&sonic_read(&large));
    check_converse(&simd_read(&large));
    check_plain_converse(&serde_json_read(&large));
    let sdk_large = sdk::bedrock(large.clone());
    let sdk_tiny = sdk::bedrock(tiny);
    check_sdk_converse(&rt.block_on(sdk::converse(&sdk_large)));

    check_borrowed_converse(&serde_json_read_borrowed(&large));
    check_borrowed_converse(&sonic_read_borrowed(&large));
    simd_read_borrowed_converse(&large, check_borrowed_converse);
    let mut group = c.benchmark_group(format!("bedrock Converse, {} bytes", large.len()));
    configure(&mut group, large.len());
    group.bench_function("generated, serde_json", |b| {
        b.iter(|| serde_json_read::<bedrock::ConverseResponse>(&large))
    });
    group.bench_function("generated, sonic-rs", |b| {
        b.iter(|| sonic_read::<bedrock::ConverseResponse>(&large))
    });
    group.bench_function("generated, simd-json", |b| {
        b.iter(|| simd_read::<bedrock::ConverseResponse>(&large))
    });
    group.bench_function("generated borrowed, serde_json", |b| {
        b.iter(|| serde_json_read_borrowed::<bedrock_borrowed::ConverseResponse>(&large))
    });
    group.bench_function("generated borrowed, sonic-rs", |b| {
        b.iter(|| sonic_read_borrowed::<bedrock_borrowed::ConverseResponse>(&large))
    });
    group.bench_function("generated borrowed, simd-json", |b| {
        b.iter(|| {
            simd_read_borrowed_converse(&large, |output| {
                std::hint::black_box(output);
            })
        })
    });
    group.bench_function("ceiling: plain serde, serde_json", |b| {
        b.iter(|| serde_json_read::<plain::ConverseResponse>(&large))
    });
    group.bench_function("aws-sdk-bedrockruntime converse().send(), large", |b| {
        b.iter(|| rt.block_on(sdk::converse(&sdk_large)))
    });
    group.bench_function("aws-sdk-bedrockruntime converse().send(), tiny", |b| {
        b.iter(|| rt.block_on(sdk::converse(&sdk_tiny)))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().with_measurement(ThreadCpuTime);
    targets = query, converse
}
criterion_main!(benches);
