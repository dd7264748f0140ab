//! The AWS Clean Rooms `ProtectedQuery` model and the `UpdateProtectedQuery` call, built on
//! [`aws_union`].
//!
//! The crate is split the sans-IO way: what is pure needs no runtime and no network.
//!
//! | module | what | I/O |
//! |---|---|---|
//! | [`model`] | every shape of `UpdateProtectedQuery`'s input and output, with the restJson1 value rules, generated from botocore with the operation | none |
//! | [`protocol`] | the generated [`Operation`](aws_union_client::operation::Operation) [`UpdateProtectedQuery`](protocol::UpdateProtectedQuery) of the service [`SERVICE`](protocol::SERVICE) (with Clean Rooms's endpoint rule set), its errors, and Clean Rooms's own input checks | none |
//! | `client` (feature `client`, default) | the signed, retried call over HTTPS on tokio: `aws-union-client`'s client, shared with every other service | yes |
//! | `local` (feature `local-endpoint`) | a local Clean Rooms endpoint that checks SigV4, for tests | yes |
//!
//! Everything generic (the operation contract, the endpoint rules engine, retries, SigV4, the
//! client, its configuration and transport) is `aws-union-client`'s; this crate is the Clean
//! Rooms part.
//!
//! Reading a response body:
//!
//! ```
//! use cleanrooms_runtime::{decode_update_protected_query_output, ProtectedQueryStatus};
//!
//! let body = br#"{"protectedQuery": {
//!     "id": "a1b2c3d4-5678-90ab-cdef-000000000001",
//!     "membershipId": "f1e2d3c4-5678-90ab-cdef-000000000002",
//!     "membershipArn": "arn:aws:cleanrooms:us-east-1:111122223333:membership/f1e2d3c4",
//!     "createTime": 1.700000000123E9,
//!     "status": "CANCELLING",
//!     "result": {"output": {"__type": "x", "memberList": null, "distribute": {"s3": {}}}}
//! }}"#;
//! let output = decode_update_protected_query_output(body)?;
//! let query = output.protected_query;
//! assert_eq!(query.status, ProtectedQueryStatus::Cancelling);
//! // A union member newer than this model is kept by the name really set.
//! let result = query.result.expect("a result");
//! assert_eq!(result.output.member_name(), "distribute");
//!
//! // A bad value is an error naming its path on the wire.
//! let error = decode_update_protected_query_output(br#"{"protectedQuery": {"status": 5}}"#)
//!     .unwrap_err();
//! assert!(error.to_string().starts_with("protectedQuery.status: "));
//! # Ok::<(), cleanrooms_runtime::DecodeError>(())
//! ```
//!
//! The call itself, against the local endpoint, is in the docs of the `client` and `local`
//! modules and in `examples/update_protected_query.rs`.
//!
//! # Minimum supported Rust version
//!
//! The crate as a whole (default features: the client) needs what its AWS dependencies
//! need, the `rust-version` of its manifest. The pure layer ([`model`] and [`protocol`], all
//! there is with `default-features = false`) builds with Rust 1.75.

#![forbid(unsafe_code)]

// Cargo has one `rust-version` per package, so the pure layer's own MSRV is given to clippy on
// each of its modules, whatever the features: `incompatible_msrv` and every MSRV-aware lint
// read it (the crate-level `#![clippy::msrv]` is unstable).
#[clippy::msrv = "1.75"]
pub mod model;
#[clippy::msrv = "1.75"]
pub mod protocol;
#[cfg(any(feature = "client", feature = "local-endpoint"))]
pub mod sigv4;

#[cfg(feature = "client")]
pub mod client;
#[cfg(feature = "local-endpoint")]
pub mod local;

pub use model::{
    decode_update_protected_query_output, ComputeConfiguration, DecodeError, ProtectedQuery,
    ProtectedQueryOutput, ProtectedQueryOutputConfiguration, ProtectedQueryStatus, Timestamp,
    UpdateProtectedQueryInput, UpdateProtectedQueryOutput,
};
