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
    let t = Timestamp::from_millis(millis).ok()?;
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
pub struct Names(pub aws_union::__private::String, pub aws_union::__private::Vec<u8>);

/// A union, an open enum and a structure derived in this `no_std` crate: the generated code
/// names only `core` and the facade.
#[derive(Clone, PartialEq, aws_union::AwsUnion)]
#[aws(rename_all = "camelCase", debug)]
pub enum Output {
    /// A member.
    S3(String),
    /// A recursive member.
    Nested(Vec<Self>),
    /// A float member.
    #[aws(float)]
    Ratio(f64),
    /// The unknown member.
    #[aws(unknown)]
    SdkUnknownMember {
        /// Its name.
        name: String,
        /// Its value.
        value: AnyValue,
    },
}

/// An open enum.
#[derive(Clone, Debug, PartialEq, Eq, aws_union::AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Status {
    /// A value.
    Started,
    /// The unknown value.
    #[aws(unknown)]
    Unknown(String),
}

/// A structure.
#[derive(Clone, PartialEq, aws_union::AwsStructure)]
#[aws(rename_all = "camelCase", debug, default)]
pub struct Query {
    /// A required member.
    #[aws(required)]
    pub id: String,
    /// An optional union member.
    pub output: Option<Output>,
    /// A required enum member.
    #[aws(required)]
    pub status: Status,
    /// A timestamp written as date-time text.
    #[aws(timestamp = "date-time")]
    pub at: Option<Timestamp>,
    /// A sensitive member.
    #[aws(sensitive)]
    pub secret: Option<String>,
}
