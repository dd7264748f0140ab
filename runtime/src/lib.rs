//! The AWS Clean Rooms `ProtectedQuery` model and the `UpdateProtectedQuery` call.
