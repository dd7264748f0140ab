//! `aws-union`: AWS tagged unions, open string enums and structures for serde.
#![no_std]
#![forbid(unsafe_code)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;
// Lets the derives' `::aws_union` paths resolve inside this crate's own tests.
extern crate self as aws_union;

mod correction;
mod union_support;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use aws_union_derive::{AwsEnum, AwsStructure, AwsUnion};

pub use correction::ErrorCorrection;
