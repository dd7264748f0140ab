//! The AWS Clean Rooms `ProtectedQuery` model and the `UpdateProtectedQuery` call.

pub mod endpoint;
pub mod model;
pub mod protocol;

pub use model::{
    decode_update_protected_query_output, ComputeConfiguration, DecodeError, ProtectedQuery,
    ProtectedQueryOutput, ProtectedQueryOutputConfiguration, ProtectedQueryStatus, Timestamp,
    UpdateProtectedQueryInput, UpdateProtectedQueryOutput,
};
