//! Hostile response bodies and responses: each gives a clear error (or, where the SDKs accept
//! it, the output), never a panic, a stack overflow or memory out of proportion to the input.
//!
//! The deep-nesting cases run on a thread with half the default stack, so that they fail here
//! well before a real caller could overflow. Memory is counted per thread by this file's
//! allocator. The fuzz targets in `fuzz/` (`fuzz/run.sh`) and their property tests
//! (`PROPTEST_CASES=… cargo test --release --manifest-path fuzz/Cargo.toml`) cover the rest;
//! what they found is pinned in `fuzz_findings.rs`.
//!
//! One file per family of rules; this one holds what they share.

mod duplicate_keys;
mod fuzz_findings;
mod huge_values;
mod many_members;
mod nesting;
mod text;
mod truncation;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use cleanrooms_runtime::model::{
    decode_update_protected_query_output, DecodeError, ProtectedQueryOutput,
    UpdateProtectedQueryOutput,
};
use cleanrooms_runtime::protocol::{parse_response, ResponseError, UpdateProtectedQueryError};

/// The shared fixture without its final newline, so that every shorter prefix is truncated.
fn fixture() -> &'static [u8] {
    include_bytes!("../fixtures/update_protected_query_full.json").trim_ascii_end()
}

/// Depth far past serde_json's recursion limit (128).
const DEEP: usize = 100_000;

// ---- helpers ------------------------------------------------------------------------------

fn decode(body: impl AsRef<[u8]>) -> Result<UpdateProtectedQueryOutput, DecodeError> {
    decode_update_protected_query_output(body.as_ref())
}

fn decode_err(body: impl AsRef<[u8]>) -> DecodeError {
    match decode(body) {
        Ok(output) => panic!("decoded: {output:?}"),
        Err(e) => {
            assert!(!e.message().is_empty());
            e
        }
    }
}

/// Runs `f` on a thread with 1 MiB of stack, half of what Rust gives a new thread (and a
/// tokio worker) by default.
fn on_small_stack<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(f)
        .expect("a thread")
        .join()
        .expect("no panic")
}

fn response(status: u16, headers: &[(&str, &[u8])], body: &[u8]) -> http::Response<Vec<u8>> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(
            *name,
            http::HeaderValue::from_bytes(value).expect("a value"),
        );
    }
    builder.body(body.to_vec()).expect("a response")
}

/// `{"protectedQuery":{"result":{"output":{<inner>}}}}`
fn in_output(inner: &str) -> String {
    format!(r#"{{"protectedQuery":{{"result":{{"output":{{{inner}}}}}}}}}"#)
}

// ---- memory: a per-thread count of live bytes and their peak ------------------------------

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn count(delta: isize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

// SAFETY: every call is passed to `System` unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        System.dealloc(p, layout);
        count(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let q = System.realloc(p, layout, new_size);
        if !q.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most bytes `f` had allocated at once on this thread, beyond what was live before.
fn peak_bytes<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let start = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(start));
    let result = f();
    let peak = PEAK.with(Cell::get) - start;
    (result, peak.max(0) as usize)
}

/// Decodes `body` and checks that it never held more than `factor` times its size (plus a
/// little), whatever came out.
fn decode_within(body: &[u8], factor: usize) -> Result<UpdateProtectedQueryOutput, DecodeError> {
    let (result, peak) = peak_bytes(|| decode(body));
    let limit = factor * body.len() + 64 * 1024;
    assert!(
        peak <= limit,
        "decoding {} bytes held {peak} bytes at once (limit {limit})",
        body.len()
    );
    result
}
