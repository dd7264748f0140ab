//! `aws-union`: AWS tagged unions and open string enums for serde, and the AWS scalar types
//! every model needs.
//!
//! This crate re-exports the derives of [`aws_union_derive`]; see there for the
//! wire rules they implement. It also holds [`Timestamp`], [`Blob`], [`AnyValue`] and
//! [`ErrorCorrection`], each written and read as the Smithy protocols put them in JSON
//! (human-readable formats) and CBOR (binary formats).
//!
//! Features: `std` (default; `std::error::Error`, `SystemTime` and `HashMap` support),
//! `json` (`Document`, a JSON value), `time` and `chrono` (conversions of [`Timestamp`]). Without
//! `std` the crate is `no_std` with `alloc`.
#![no_std]
#![forbid(unsafe_code)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;
// Lets the derives' `::aws_union` paths resolve inside this crate's own tests.
extern crate self as aws_union;

mod any_value;
mod blob;
mod correction;
mod float;
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
pub use timestamp::{FormattedTimestamp, Timestamp, TimestampError, TimestampFormat};

/// A Smithy `document`: any JSON value (feature `json`).
///
/// ```
/// let doc: aws_union::Document = serde_json::from_str(r#"{"k": [1, "two"]}"#)?;
/// assert_eq!(doc["k"][1], "two");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg(feature = "json")]
pub type Document = serde_json::Value;
