#![doc = include_str!("../docs/crate.md")]
#![no_std]
#![forbid(unsafe_code)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;
// Lets the derives' `::aws_union` paths resolve inside this crate's own tests.
extern crate self as aws_union;

mod any_value;
mod blob;
mod borrow_check;
mod correction;
mod cow_str;
mod debug_support;
mod enum_support;
mod float;
mod sensitive_support;
mod structure_support;
mod tag;
mod timestamp;
mod timestamp_as;
mod union_support;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use aws_union_derive::{AwsEnum, AwsStructure, AwsUnion};

pub use any_value::AnyValue;
pub use blob::Blob;
pub use correction::ErrorCorrection;
pub use cow_str::CowStr;
pub use enum_support::UnknownEnumValue;
pub use timestamp::{
    FormattedTimestamp, Timestamp, TimestampError, TimestampFormat, TimestampFormatError,
};

/// A Smithy `document`: any JSON value (feature `json`).
///
/// ```
/// let doc: aws_union::Document = serde_json::from_str(r#"{"k": [1, "two"]}"#)?;
/// assert_eq!(doc["k"][1], "two");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg(feature = "json")]
pub type Document = serde_json::Value;
