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
//! Two groups: `update_protected_query` measures wall time, as criterion does by default;
//! `update_protected_query (thread CPU time)` measures the CPU time of the benchmarking
//! thread, which leaves out the time the thread waits while other processes run (on a busy
//! machine, wall time counts that too).
//!
//! `cargo bench --manifest-path peer-bench/Cargo.toml`

mod cpu_time;

use std::hint::black_box;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use aws_smithy_http_client::test_util::infallible_client_fn;
use aws_smithy_types::body::SdkBody;
use aws_smithy_types::retry::RetryConfig;
use cpu_time::ThreadCpuTime;
use criterion::measurement::Measurement;
use criterion::{criterion_group, criterion_main, Criterion};
use peer_bench::{
    check_ours, check_sdk, our_call, our_client, our_input, replay_client, response, sdk_call,
    sdk_client,
};

// ---- the run ------------------------------------------------------------------------------

/// Checks that each side's output is the fixture, and that the SDK's request is the expected,
/// signed one.
fn check_both(runtime: &tokio::runtime::Runtime) {
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
}

/// The three calls in one group, measured with `M`; `clock` reads the same clock as `M`.
fn call<M: Measurement<Value = Duration>>(
    c: &mut Criterion<M>,
    group_name: &str,
    clock: fn() -> Duration,
) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    check_both(&runtime);
    let ours = our_client();
    let input = our_input();

    let mut group = c.benchmark_group(group_name);
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
                let start = clock();
                for _ in 0..iters {
                    black_box(runtime.block_on(sdk_call(&sdk)));
                }
                clock() - start
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

/// Wall time since the first reading.
fn wall_clock() -> Duration {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

fn wall_time(c: &mut Criterion) {
    call(c, "update_protected_query", wall_clock);
}

fn cpu_time(c: &mut Criterion<ThreadCpuTime>) {
    call(
        c,
        "update_protected_query (thread CPU time)",
        cpu_time::thread_cpu_time,
    );
}

criterion_group!(wall, wall_time);
criterion_group! {
    name = cpu;
    config = Criterion::default().with_measurement(ThreadCpuTime);
    targets = cpu_time
}
criterion_main!(wall, cpu);
