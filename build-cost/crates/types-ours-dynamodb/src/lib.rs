//! The generated full model of the service, alone (build-cost/run.sh writes `src/model.rs`).
#![allow(missing_docs)]
pub mod model;
