//! aws-sdk-dynamodb with `default-features = false`, re-exported.
pub use aws_sdk_dynamodb as sdk;
