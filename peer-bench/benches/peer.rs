//! One `UpdateProtectedQuery` call, measured side by side in one criterion run:
//!
//! - `cleanrooms-runtime`: `Client::update_protected_query` with an in-memory [`Transport`];
//! - `aws-sdk-cleanrooms`: `update_protected_query().send()` with aws-smithy-http-client's
//!   test clients (`StaticReplayClient`, and `infallible_client_fn`).
//!
//! Both do the whole call: build the request from the input, sign it (SigV4, static
//! credentials, region `us-east-1`), hand it to the in-memory HTTP client, and parse the same
//! fixture response (`data/update_protected_query_full.json`) into the typed output. Both run
//! on the same single-threaded tokio runtime. Before measuring, each side's output and request
//! are checked, so that neither is measured skipping work.
//!
//! `cargo bench --manifest-path peer-bench/Cargo.toml`

use std::hint::black_box;
use std::time::{Duration, Instant};

use aws_smithy_http_client::test_util::infallible_client_fn;
use aws_smithy_types::body::SdkBody;
use aws_smithy_types::retry::RetryConfig;
use criterion::{criterion_group, criterion_main, Criterion};
use peer_bench::{
    check_ours, check_sdk, our_call, our_client, our_input, replay_client, response, sdk_call,
    sdk_client,
};

// ---- the run ------------------------------------------------------------------------------

fn call(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");

    // Each side's output is the fixture, and the SDK's request is the expected, signed one.
    let ours = our_client();
    let input = our_input();
    check_ours(&runtime.block_on(our_call(&ours, &input)));
    let replay = replay_client(1);
    let sdk = sdk_client(replay.clone(), RetryConfig::disabled());
    check_sdk(&runtime.block_on(sdk_call(&sdk)));
    replay.assert_requests_match(&[
        "authorization",
        "x-amz-date",
        "x-amz-security-token",
        "x-amz-user-agent",
        "user-agent",
        "amz-sdk-invocation-id",
        "amz-sdk-request",
        "content-length",
        "content-type",
    ]);
    let sent = replay.actual_requests().next().expect("one request");
    assert!(sent
        .headers()
        .get("authorization")
        .is_some_and(|a| a.starts_with("AWS4-HMAC-SHA256")));

    let mut group = c.benchmark_group("update_protected_query");
    group.measurement_time(Duration::from_secs(10));

    group.bench_function("cleanrooms-runtime (in-memory Transport)", |b| {
        b.iter(|| runtime.block_on(our_call(&ours, black_box(&input))))
    });

    // A StaticReplayClient answers each event once: a fresh one with `iters` events per
    // measurement, built (with its client) outside the timed loop.
    group.bench_function(
        "aws-sdk-cleanrooms (StaticReplayClient, retries disabled)",
        |b| {
            b.iter_custom(|iters| {
                let sdk = sdk_client(replay_client(iters), RetryConfig::disabled());
                let start = Instant::now();
                for _ in 0..iters {
                    black_box(runtime.block_on(sdk_call(&sdk)));
                }
                start.elapsed()
            })
        },
    );

    let sdk_standard = sdk_client(
        infallible_client_fn(|_request| response().map(SdkBody::from)),
        RetryConfig::standard(),
    );
    check_sdk(&runtime.block_on(sdk_call(&sdk_standard)));
    group.bench_function(
        "aws-sdk-cleanrooms (infallible_client_fn, standard retries)",
        |b| b.iter(|| runtime.block_on(sdk_call(&sdk_standard))),
    );
    group.finish();
}

criterion_group!(benches, call);
criterion_main!(benches);
