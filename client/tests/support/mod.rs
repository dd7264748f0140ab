//! Shared by the client's integration tests and benchmarks.
#![allow(dead_code)]

pub mod botocore;
pub mod endpoint_cases;
