//! The runtime generated AWS operations run on.
//!
//! | module | what | I/O |
//! |---|---|---|
//! | [`endpoint`] | the AWS endpoint rules engine: any service's `endpoint-rule-set-1.json`, the partitions, resolved endpoints cached | none |
//!
//! The crate has no default features; everything here is pure (no I/O, no async).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

// The pure part keeps the oldest toolchain the workspace's pure layers support; clippy reads it
// here (the crate-level `#![clippy::msrv]` is unstable).
#[clippy::msrv = "1.75"]
pub mod endpoint;
