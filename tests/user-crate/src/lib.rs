//! Model types declared as a crate that depends on `aws-union` (without its `json` feature)
//! and on `serde_json` itself declares them: each form the facade documents compiles here,
//! whatever the facade's features.

/// The unknown-member forms the facade documents, written out.
pub mod unknown_forms;
