//! aws-sdk-bedrockruntime with `default-features = false`, re-exported.
pub use aws_sdk_bedrockruntime as sdk;
