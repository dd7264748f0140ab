//! The DynamoDB reads and calls of `benches/rounds.rs`, one phase each, for callgrind:
//! instruction counts are steadier than time on a shared machine (`profile.sh` runs it).
//!
//! `profile_read PHASE N` runs the phase's work once outside the measured function (warm-up),
//! then `N` times inside `phase`; callgrind's count of `phase` divided by `N` is one.

use std::hint::black_box;

use aws_models_bench::{bodies, dynamodb, dynamodb_borrowed, ours, plain, sdk};
use aws_models_bench::{serde_json_read, serde_json_read_borrowed};

/// Runs `work` `n` times; the function callgrind counts.
#[inline(never)]
fn phase(n: u64, work: &mut dyn FnMut()) {
    for _ in 0..n {
        work();
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let name = args.next().unwrap_or_default();
    let n: u64 = args.next().and_then(|n| n.parse().ok()).unwrap_or(10);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let large = bodies::query_large();
    let item = bodies::get_item();
    let mut work: Box<dyn FnMut()> = match name.as_str() {
        "read_generated" => {
            Box::new(|| drop(black_box(serde_json_read::<dynamodb::QueryOutput>(&large))))
        }
        "read_generated_borrowed" => Box::new(|| {
            drop(black_box(serde_json_read_borrowed::<
                dynamodb_borrowed::QueryOutput,
            >(&large)))
        }),
        "read_ceiling" => {
            Box::new(|| drop(black_box(serde_json_read::<plain::QueryOutput>(&large))))
        }
        "read_ceiling_hashmap" => Box::new(|| {
            drop(black_box(serde_json_read::<plain::hashed::QueryOutput>(
                &large,
            )))
        }),
        "read_ceiling_str" => Box::new(|| {
            let text = std::str::from_utf8(&large).expect("UTF-8");
            let output: plain::QueryOutput = serde_json::from_str(text).expect("the body reads");
            drop(black_box(output))
        }),
        "read_generated_str" => Box::new(|| {
            let text = std::str::from_utf8(&large).expect("UTF-8");
            let output: dynamodb::QueryOutput = serde_json::from_str(text).expect("the body reads");
            drop(black_box(output))
        }),
        "query_ours_large" | "query_ours_tiny" => {
            let body = if name.ends_with("large") {
                large.clone()
            } else {
                bodies::query_tiny()
            };
            let (client, input) = (ours::dynamodb(body), ours::query_input());
            Box::new(move || drop(black_box(rt.block_on(ours::query(&client, &input)))))
        }
        "query_sdk_large" | "query_sdk_tiny" => {
            let body = if name.ends_with("large") {
                large.clone()
            } else {
                bodies::query_tiny()
            };
            let client = sdk::dynamodb(body);
            Box::new(move || drop(black_box(rt.block_on(sdk::query(&client)))))
        }
        "get_item_ours" => {
            let (client, input) = (ours::dynamodb(item.clone()), ours::get_item_input());
            Box::new(move || drop(black_box(rt.block_on(ours::get_item(&client, &input)))))
        }
        "get_item_sdk" => {
            let client = sdk::dynamodb(item.clone());
            Box::new(move || drop(black_box(rt.block_on(sdk::get_item(&client)))))
        }
        other => {
            eprintln!("unknown phase `{other}`");
            std::process::exit(2);
        }
    };
    work();
    phase(n, &mut work);
}
