//! Uses the facade's types in a `#![no_std]` crate. The panic handler below is a lang item
//! that `std` defines too: if anything in the dependency graph linked `std`, the build would
//! fail with a duplicate lang item, so a passing build shows the graph is free of it.
#![no_std]

extern crate alloc;

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use aws_union::{AnyValue, Blob, ErrorCorrection, Timestamp, TimestampFormat};

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {}
}

/// The date-time text of `millis` after the epoch.
pub fn date_time(millis: i64) -> Option<String> {
    let t = Timestamp::from_epoch_millis(millis).ok()?;
    Some(t.fmt_as(TimestampFormat::DateTime).to_string())
}

/// Parses any accepted timestamp text to epoch milliseconds.
pub fn parse_millis(text: &str) -> Option<i64> {
    Timestamp::parse(text).ok().map(|t| t.epoch_millis())
}

/// A blob's bytes, and an empty blob's.
pub fn blob_bytes(bytes: Vec<u8>) -> (Vec<u8>, usize) {
    (
        Blob::from(bytes).into_inner(),
        Blob::error_correction().len(),
    )
}

/// An unknown value holding a list of `items` and a null.
pub fn any_list(items: &[&str]) -> AnyValue {
    let mut list: Vec<AnyValue> = items.iter().map(|s| AnyValue::from(*s)).collect();
    list.push(AnyValue::error_correction());
    AnyValue::List(list)
}

/// Types a model crate names through the facade.
pub struct Names(
    pub aws_union::__private::String,
    pub aws_union::__private::Vec<u8>,
);
