//! The same contenders as `benches/models.rs` (Query also with the model generated with
//! `--strings borrowed`), measured in interleaved rounds: in each round
//! every contender runs for about the same time, one after another, so that drift on a busy
//! machine hits all of them alike; the ratios are taken within each round, and the median over
//! the rounds is printed (with the lowest and highest), as a Markdown table. The DynamoDB
//! group also makes the whole `Query` call through `aws_union_client::Client` with the
//! generated operation of `aws-union-services` (what a user gets by default), and a last group
//! compares one `GetItem` call of each client.
//!
//! `cargo bench --manifest-path peer-bench/aws-models/Cargo.toml --bench rounds`
//! (`ROUNDS=n`, 15 unless given; `ROUND_MS=ms`, each contender's time in a round, 150 unless given)

#[path = "../../benches/cpu_time.rs"]
#[allow(dead_code)]
mod cpu_time;

use std::hint::black_box;
use std::time::Instant;

use aws_models_bench::{
    bedrock, bedrock_borrowed, bodies, dynamodb, dynamodb_borrowed, ours, plain, sdk,
};
use aws_models_bench::{
    check_borrowed_converse, check_borrowed_query, check_converse, check_get_item,
    check_plain_converse, check_plain_query, check_query, check_sdk_converse, check_sdk_get_item,
    check_sdk_query, check_services_query, serde_json_read, serde_json_read_borrowed, simd_read,
    simd_read_borrowed_converse, simd_read_borrowed_query, sonic_read, sonic_read_borrowed,
};
use cpu_time::thread_cpu_time;

type Run<'a> = Box<dyn FnMut() + 'a>;

/// Per contender and round: (CPU ns per call, wall ns per call).
fn measure(
    contenders: &mut [(&str, Run<'_>)],
    rounds: usize,
    round_ms: f64,
) -> Vec<Vec<(f64, f64)>> {
    // Calls per round from one timed call each (after one warm-up call).
    let counts: Vec<u64> = contenders
        .iter_mut()
        .map(|(_, run)| {
            run();
            let start = Instant::now();
            run();
            let ns = start.elapsed().as_nanos().max(1) as f64;
            ((round_ms * 1e6 / ns) as u64).max(1)
        })
        .collect();
    let mut out = vec![Vec::new(); contenders.len()];
    for _ in 0..rounds {
        for (i, (_, run)) in contenders.iter_mut().enumerate() {
            let (cpu0, wall0) = (thread_cpu_time(), Instant::now());
            for _ in 0..counts[i] {
                run();
            }
            let cpu = (thread_cpu_time() - cpu0).as_nanos() as f64 / counts[i] as f64;
            let wall = wall0.elapsed().as_nanos() as f64 / counts[i] as f64;
            out[i].push((cpu, wall));
        }
    }
    out
}

fn median(mut v: Vec<f64>) -> (f64, f64, f64) {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    let m = if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    };
    (m, v[0], v[n - 1])
}

/// A ratio row: its name, its goal, and the ratio from one round's times.
type Ratio = (&'static str, &'static str, fn(&[f64]) -> f64);

/// The ratios of both groups. Contenders in order: generated serde_json, sonic-rs, simd-json,
/// ceiling, SDK large, SDK tiny (then the borrowed model's three readers).
const RATIOS: [Ratio; 5] = [
    ("generated serde_json ÷ ceiling", "≤ 1.15", |t| {
        t[0] / t[3]
    }),
    (
        "SDK reading (large − tiny) ÷ generated serde_json",
        "≥ 1.6",
        |t| (t[4] - t[5]) / t[0],
    ),
    ("SDK reading ÷ generated sonic-rs", "≥ 3", |t| {
        (t[4] - t[5]) / t[1]
    }),
    ("SDK reading ÷ generated simd-json", "≥ 3", |t| {
        (t[4] - t[5]) / t[2]
    }),
    ("SDK reading ÷ ceiling", "", |t| (t[4] - t[5]) / t[3]),
];

/// The rows of the model with borrowed strings (contenders 6, 7, 8).
const BORROWED_RATIOS: [Ratio; 3] = [
    (
        "SDK reading ÷ generated borrowed serde_json",
        "≥ 3",
        |t| (t[4] - t[5]) / t[6],
    ),
    ("SDK reading ÷ generated borrowed sonic-rs", "≥ 3", |t| {
        (t[4] - t[5]) / t[7]
    }),
    (
        "SDK reading ÷ generated borrowed simd-json",
        "≥ 3",
        |t| (t[4] - t[5]) / t[8],
    ),
];

/// The rows of the whole `Query` call through `aws_union_client::Client` (contenders 9, 10).
const CALL_RATIOS: [Ratio; 2] = [
    (
        "SDK call ÷ our call, large body (the whole call)",
        "≥ 1.6",
        |t| t[4] / t[9],
    ),
    (
        "SDK reading ÷ our call's reading (large − tiny, each side)",
        "",
        |t| (t[4] - t[5]) / (t[9] - t[10]),
    ),
];

/// The `GetItem` row (contenders: ours, the SDK).
const GET_ITEM_RATIOS: [Ratio; 1] = [("SDK call ÷ our call", "≥ 5", |t| t[1] / t[0])];

/// Prints the times and the ratios.
fn report(title: &str, names: &[&str], m: &[Vec<(f64, f64)>], ratios: &[Ratio]) {
    println!("\n### {title}\n");
    println!("| contender | CPU ms, median (min–max) | wall ms, median |");
    println!("|---|---|---|");
    for (name, per_round) in names.iter().zip(m) {
        let (c, lo, hi) = median(per_round.iter().map(|x| x.0).collect());
        let (w, _, _) = median(per_round.iter().map(|x| x.1).collect());
        println!(
            "| {name} | {:.3} ({:.3}–{:.3}) | {:.3} |",
            c / 1e6,
            lo / 1e6,
            hi / 1e6,
            w / 1e6
        );
    }
    let ratio = |clock: usize, f: &dyn Fn(&[f64]) -> f64| {
        let per_round: Vec<f64> = (0..m[0].len())
            .map(|r| {
                let t: Vec<f64> = m
                    .iter()
                    .map(|c| if clock == 0 { c[r].0 } else { c[r].1 })
                    .collect();
                f(&t)
            })
            .collect();
        median(per_round)
    };
    println!(
        "\n| ratio, within each round | CPU: median (min–max) | wall: median (min–max) | goal |"
    );
    println!("|---|---|---|---|");
    for &(name, goal, f) in ratios {
        let (c, cl, ch) = ratio(0, &f);
        let (w, wl, wh) = ratio(1, &f);
        println!("| {name} | {c:.2} ({cl:.2}–{ch:.2}) | {w:.2} ({wl:.2}–{wh:.2}) | {goal} |");
    }
}

fn main() {
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15);
    let round_ms: f64 = std::env::var("ROUND_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150.0);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let names: [&str; 11] = [
        "generated, serde_json",
        "generated, sonic-rs",
        "generated, simd-json",
        "ceiling: plain serde, serde_json",
        "SDK call, large body",
        "SDK call, tiny body",
        "generated borrowed, serde_json",
        "generated borrowed, sonic-rs",
        "generated borrowed, simd-json",
        "our call (aws-union-client, aws-union-services), large body",
        "our call, tiny body",
    ];

    println!(
        "size_of AttributeValue: generated {} bytes, borrowed {} bytes, plain {} bytes",
        std::mem::size_of::<dynamodb::AttributeValue>(),
        std::mem::size_of::<dynamodb_borrowed::AttributeValue>(),
        std::mem::size_of::<plain::AttributeValue>()
    );
    let large = bodies::query_large();
    check_query(&serde_json_read(&large));
    check_query(&sonic_read(&large));
    check_query(&simd_read(&large));
    check_plain_query(&serde_json_read(&large));
    check_borrowed_query(&serde_json_read_borrowed(&large));
    check_borrowed_query(&sonic_read_borrowed(&large));
    simd_read_borrowed_query(&large, check_borrowed_query);
    let (sdk_large, sdk_tiny) = (
        sdk::dynamodb(large.clone()),
        sdk::dynamodb(bodies::query_tiny()),
    );
    check_sdk_query(&rt.block_on(sdk::query(&sdk_large)));
    let (ours_large, ours_tiny, query_input) = (
        ours::dynamodb(large.clone()),
        ours::dynamodb(bodies::query_tiny()),
        ours::query_input(),
    );
    check_services_query(&rt.block_on(ours::query(&ours_large, &query_input)));
    let mut contenders: Vec<(&str, Run<'_>)> = vec![
        (
            names[0],
            Box::new(|| drop(black_box(serde_json_read::<dynamodb::QueryOutput>(&large)))),
        ),
        (
            names[1],
            Box::new(|| drop(black_box(sonic_read::<dynamodb::QueryOutput>(&large)))),
        ),
        (
            names[2],
            Box::new(|| drop(black_box(simd_read::<dynamodb::QueryOutput>(&large)))),
        ),
        (
            names[3],
            Box::new(|| drop(black_box(serde_json_read::<plain::QueryOutput>(&large)))),
        ),
        (
            names[4],
            Box::new(|| drop(black_box(rt.block_on(sdk::query(&sdk_large))))),
        ),
        (
            names[5],
            Box::new(|| drop(black_box(rt.block_on(sdk::query(&sdk_tiny))))),
        ),
        (
            names[6],
            Box::new(|| {
                drop(black_box(serde_json_read_borrowed::<
                    dynamodb_borrowed::QueryOutput,
                >(&large)))
            }),
        ),
        (
            names[7],
            Box::new(|| {
                drop(black_box(sonic_read_borrowed::<
                    dynamodb_borrowed::QueryOutput,
                >(&large)))
            }),
        ),
        (
            names[8],
            Box::new(|| {
                simd_read_borrowed_query(&large, |output| {
                    black_box(output);
                })
            }),
        ),
        (
            names[9],
            Box::new(|| {
                drop(black_box(
                    rt.block_on(ours::query(&ours_large, &query_input)),
                ))
            }),
        ),
        (
            names[10],
            Box::new(|| {
                drop(black_box(
                    rt.block_on(ours::query(&ours_tiny, &query_input)),
                ))
            }),
        ),
    ];
    let m = measure(&mut contenders, rounds, round_ms);
    report(
        &format!(
            "DynamoDB Query: {} bytes, {} items ({rounds} rounds)",
            large.len(),
            bodies::ITEMS
        ),
        &names,
        &m,
        &[&RATIOS[..], &BORROWED_RATIOS[..], &CALL_RATIOS[..]].concat(),
    );

    let body = bodies::get_item();
    let (ours_client, sdk_client, get_item_input) = (
        ours::dynamodb(body.clone()),
        sdk::dynamodb(body.clone()),
        ours::get_item_input(),
    );
    check_get_item(&rt.block_on(ours::get_item(&ours_client, &get_item_input)));
    check_sdk_get_item(&rt.block_on(sdk::get_item(&sdk_client)));
    let get_item_names = ["our call (aws-union-client)", "SDK call"];
    let mut contenders: Vec<(&str, Run<'_>)> = vec![
        (
            get_item_names[0],
            Box::new(|| {
                drop(black_box(
                    rt.block_on(ours::get_item(&ours_client, &get_item_input)),
                ))
            }),
        ),
        (
            get_item_names[1],
            Box::new(|| drop(black_box(rt.block_on(sdk::get_item(&sdk_client))))),
        ),
    ];
    let m = measure(&mut contenders, rounds, round_ms);
    report(
        &format!(
            "DynamoDB GetItem: one item of 10 attributes, {} bytes ({rounds} rounds)",
            body.len()
        ),
        &get_item_names,
        &m,
        &GET_ITEM_RATIOS,
    );

    let large = bodies::converse_large();
    check_converse(&serde_json_read(&large));
    check_converse(&sonic_read(&large));
    check_converse(&simd_read(&large));
    check_plain_converse(&serde_json_read(&large));
    let (sdk_large, sdk_tiny) = (
        sdk::bedrock(large.clone()),
        sdk::bedrock(bodies::converse_tiny()),
    );
    check_sdk_converse(&rt.block_on(sdk::converse(&sdk_large)));
    check_borrowed_converse(&serde_json_read_borrowed(&large));
    check_borrowed_converse(&sonic_read_borrowed(&large));
    simd_read_borrowed_converse(&large, check_borrowed_converse);
    let names = &names[..9];
    let mut contenders: Vec<(&str, Run<'_>)> = vec![
        (
            names[0],
            Box::new(|| {
                drop(black_box(serde_json_read::<bedrock::ConverseResponse>(
                    &large,
                )))
            }),
        ),
        (
            names[1],
            Box::new(|| drop(black_box(sonic_read::<bedrock::ConverseResponse>(&large)))),
        ),
        (
            names[2],
            Box::new(|| drop(black_box(simd_read::<bedrock::ConverseResponse>(&large)))),
        ),
        (
            names[3],
            Box::new(|| {
                drop(black_box(serde_json_read::<plain::ConverseResponse>(
                    &large,
                )))
            }),
        ),
        (
            names[4],
            Box::new(|| drop(black_box(rt.block_on(sdk::converse(&sdk_large))))),
        ),
        (
            names[5],
            Box::new(|| drop(black_box(rt.block_on(sdk::converse(&sdk_tiny))))),
        ),
        (
            names[6],
            Box::new(|| {
                drop(black_box(serde_json_read_borrowed::<
                    bedrock_borrowed::ConverseResponse,
                >(&large)))
            }),
        ),
        (
            names[7],
            Box::new(|| {
                drop(black_box(sonic_read_borrowed::<
                    bedrock_borrowed::ConverseResponse,
                >(&large)))
            }),
        ),
        (
            names[8],
            Box::new(|| {
                simd_read_borrowed_converse(&large, |output| {
                    black_box(output);
                })
            }),
        ),
    ];
    let m = measure(&mut contenders, rounds, round_ms);
    report(
        &format!(
            "Bedrock Runtime Converse: {} bytes, {} content blocks ({rounds} rounds)",
            large.len(),
            bodies::BLOCKS
        ),
        names,
        &m,
        &[&RATIOS[..], &BORROWED_RATIOS[..]].concat(),
    );
}
