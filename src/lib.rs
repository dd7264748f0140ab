//! `aws-union`: AWS tagged unions and open string enums for serde.
//!
//! This crate re-exports the derives of [`aws_union_derive`]; see there for the
//! wire rules they implement.
#![forbid(unsafe_code)]

pub use aws_union_derive::{AwsEnum, AwsUnion};
