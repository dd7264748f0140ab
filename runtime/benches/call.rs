//! One `UpdateProtectedQuery` call with an in-memory transport: validate and build the
//! request, sign it (SigV4), and parse the full fixture response; and each step alone. The
//! sign steps include cloning the unsigned request, as the client does for each attempt.
//! Also what building a client costs once: loading Clean Rooms's compact endpoint rule set,
//! and the whole `Client::new` (load, resolve, parse the URL) from a shared configuration.
//!
//! `cargo bench -p cleanrooms-runtime --bench call`

use std::hint::black_box;
use std::time::{Duration, UNIX_EPOCH};

use aws_union_client::endpoint::RuleSet;
use aws_union_client::operation::EndpointUrl;
use bytes::Bytes;
use cleanrooms_runtime::client::{Client, Config, Credentials, Transport, TransportFuture};
use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};
use cleanrooms_runtime::protocol::{build_request, parse_response, SERVICE};
use cleanrooms_runtime::sigv4::{sign_request, Signer, SIGNING_NAME};
use criterion::{criterion_group, criterion_main, Criterion};

const FIXTURE: &[u8] = include_bytes!("../tests/data/update_protected_query_full.json");

/// Answers every request with the fixture, as the service would.
#[derive(Debug)]
struct InMemory;

impl Transport for InMemory {
    fn send(&self, request: http::Request<Vec<u8>>) -> TransportFuture<'_> {
        black_box(request);
        Box::pin(async {
            Ok(http::Response::builder()
                .status(200)
                .header("content-type", "application/json")
                .header("x-amzn-requestid", "bench")
                .body(Bytes::from_static(FIXTURE))
                .expect("a valid response"))
        })
    }
}

fn input() -> UpdateProtectedQueryInput {
    UpdateProtectedQueryInput::default()
        .membership_identifier("f1e2d3c4-5678-90ab-cdef-000000000000")
        .protected_query_identifier("a1b2c3d4-5678-90ab-cdef-000000000000")
        .target_status(TargetProtectedQueryStatus::Cancelled)
}

fn credentials() -> Credentials {
    Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        Some("session-token".into()),
        None,
        "bench",
    )
}

fn call(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a tokio runtime");
    let client = Client::builder()
        .region("us-east-1")
        .credentials(credentials())
        .transport(InMemory)
        .build()
        .expect("a client");
    let input = input();
    c.bench_function(
        "call/update_protected_query (build, sign, in-memory send, parse)",
        |b| {
            b.iter(|| {
                runtime
                    .block_on(client.update_protected_query(black_box(&input)))
                    .expect("the fixture parses")
            })
        },
    );
}

fn steps(c: &mut Criterion) {
    let endpoint =
        EndpointUrl::parse("https://cleanrooms.us-east-1.amazonaws.com").expect("endpoint");
    let input = input();
    let credentials = credentials();
    let time = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    let request = build_request(&input, &endpoint).expect("a valid input");
    let response = http::Response::builder()
        .status(200)
        .body(FIXTURE.to_vec())
        .expect("a valid response");

    c.bench_function("step/build_request", |b| {
        b.iter(|| build_request(black_box(&input), &endpoint).expect("a valid input"))
    });
    // What the client does per attempt: the key kept for the day by a `Signer`.
    let signer = Signer::new();
    c.bench_function("step/sign_request", |b| {
        b.iter(|| {
            let mut request = request.clone();
            signer
                .sign(&mut request, &credentials, "us-east-1", SIGNING_NAME, time)
                .expect("signed");
            request
        })
    });
    c.bench_function("step/sign_request (key derived each time)", |b| {
        b.iter(|| {
            let mut request = request.clone();
            sign_request(&mut request, &credentials, "us-east-1", time).expect("signed");
            request
        })
    });
    c.bench_function("step/clone_request (part of each sign step)", |b| {
        b.iter(|| request.clone())
    });
    c.bench_function("step/parse_response (full fixture)", |b| {
        b.iter(|| parse_response(black_box(&response)).expect("the fixture parses"))
    });
}

fn client_setup(c: &mut Criterion) {
    c.bench_function("setup/endpoint rule set load (compact, Clean Rooms)", |b| {
        b.iter(|| RuleSet::from_compact(black_box(SERVICE.endpoint_rules)).expect("it loads"))
    });
    let config = Config::builder()
        .region("us-east-1")
        .credentials(credentials())
        .transport(InMemory)
        .build()
        .expect("a configuration");
    c.bench_function("setup/Client::new (rules loaded and resolved once)", |b| {
        b.iter(|| Client::new(black_box(&config)).expect("a client"))
    });
}

criterion_group!(benches, call, steps, client_setup);
criterion_main!(benches);
