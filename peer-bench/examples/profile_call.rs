//! One call, step by step, for callgrind: instruction counts are steadier than time on a
//! shared machine, and they say where the time of a call goes.
//!
//! ```sh
//! cargo build --release --manifest-path peer-bench/Cargo.toml --example profile_call
//! valgrind --tool=callgrind --callgrind-out-file=call.out target/release/examples/profile_call 2000
//! callgrind_annotate --inclusive=yes call.out | grep -E 'phase_|cleanrooms_runtime|aws_union_client'
//! ```
//!
//! Each `phase_*` function runs one thing `N` times (default 1000) after one warm-up run
//! outside it; its inclusive count divided by `N` is the cost of one: the whole call of each
//! client, and the steps of `cleanrooms-runtime`'s call (build, sign, parse) alone.
//!
//! Valgrind's CPU has no SHA extensions, so under callgrind SHA-256 runs in software (about
//! 3 300 instructions a 64-byte block) on both sides; on a CPU with them it costs a fraction
//! of that. `sha2::sha256::compress256` counts it apart.

use std::hint::black_box;
use std::time::{Duration, UNIX_EPOCH};

use aws_smithy_http_client::test_util::infallible_client_fn;
use aws_smithy_types::body::SdkBody;
use aws_smithy_types::retry::RetryConfig;
use cleanrooms_runtime::client::Client;
use aws_union_client::operation::EndpointUrl;
use cleanrooms_runtime::model::{UpdateProtectedQueryInput, UpdateProtectedQueryOutput};
use cleanrooms_runtime::protocol::{build_request, parse_response};
use cleanrooms_runtime::sigv4::{Signer, SIGNING_NAME};
use peer_bench::{
    check_ours, check_sdk, credentials, our_call, our_client, our_input, replay_client, response,
    sdk_call, sdk_client,
};
use tokio::runtime::Runtime;

#[inline(never)]
fn phase_call_ours(runtime: &Runtime, client: &Client, input: &UpdateProtectedQueryInput, n: u64) {
    for _ in 0..n {
        black_box(runtime.block_on(our_call(client, black_box(input))));
    }
}

#[inline(never)]
fn phase_step_build(input: &UpdateProtectedQueryInput, endpoint: &EndpointUrl, n: u64) {
    for _ in 0..n {
        black_box(build_request(black_box(input), endpoint).expect("a valid input"));
    }
}

#[inline(never)]
fn phase_step_sign(request: &http::Request<Vec<u8>>, n: u64) {
    let signer = Signer::new();
    let credentials = credentials();
    let time = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    for _ in 0..n {
        let mut request = request.clone();
        signer
            .sign(&mut request, &credentials, "us-east-1", SIGNING_NAME, time)
            .expect("signed");
        black_box(request);
    }
}

#[inline(never)]
fn phase_step_parse(response: &http::Response<Vec<u8>>, n: u64) {
    for _ in 0..n {
        black_box(parse_response(black_box(response)).expect("the fixture parses"));
    }
}

/// The ceiling for the parse step: serde_json and the model's derives alone, without the
/// runtime's checks (objects only, UTF-8, status and error handling).
#[inline(never)]
fn phase_step_parse_plain_serde(body: &[u8], n: u64) {
    for _ in 0..n {
        let output: UpdateProtectedQueryOutput =
            serde_json::from_slice(black_box(body)).expect("the fixture parses");
        black_box(output);
    }
}

#[inline(never)]
fn phase_call_sdk_replay(runtime: &Runtime, sdk: &aws_sdk_cleanrooms::Client, n: u64) {
    for _ in 0..n {
        black_box(runtime.block_on(sdk_call(sdk)));
    }
}

#[inline(never)]
fn phase_call_sdk_fn(runtime: &Runtime, sdk: &aws_sdk_cleanrooms::Client, n: u64) {
    for _ in 0..n {
        black_box(runtime.block_on(sdk_call(sdk)));
    }
}

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");

    let ours = our_client();
    let input = our_input();
    check_ours(&runtime.block_on(our_call(&ours, &input)));
    phase_call_ours(&runtime, &ours, &input, n);

    let endpoint =
        EndpointUrl::parse("https://cleanrooms.us-east-1.amazonaws.com").expect("endpoint");
    let request = build_request(&input, &endpoint).expect("a valid input");
    phase_step_build(&input, &endpoint, n);
    phase_step_sign(&request, n);
    // The operation's response type; converted once, outside the measured loop.
    phase_step_parse(&response().map(|body| body.to_vec()), n);
    phase_step_parse_plain_serde(response().body(), n);

    let replay = sdk_client(replay_client(n + 1), RetryConfig::disabled());
    check_sdk(&runtime.block_on(sdk_call(&replay)));
    phase_call_sdk_replay(&runtime, &replay, n);

    let standard = sdk_client(
        infallible_client_fn(|_request| response().map(SdkBody::from)),
        RetryConfig::standard(),
    );
    check_sdk(&runtime.block_on(sdk_call(&standard)));
    phase_call_sdk_fn(&runtime, &standard, n);
    println!("{n} runs of each phase");
}
