//! The AWS Clean Rooms `ProtectedQuery` model and the `UpdateProtectedQuery` call.

pub mod endpoint;
pub mod model;
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
