//! The AWS Clean Rooms `ProtectedQuery` model and the `UpdateProtectedQuery` call.

pub mod endpoint;
