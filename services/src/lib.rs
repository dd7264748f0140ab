//! Generated operations of seven AWS services, as a user's crate holds them.
//!
//! Each module is what `aws-union-codegen` writes from the pinned botocore's model for the
//! operations listed in `services/regenerate.sh` (docs from the model's facts only), checked
//! in and kept in sync by `services/regenerate.sh --check` in CI. The workspace's end-to-end
//! tests and examples call AWS-compatible servers through them.
//!
//! | module | service | protocol |
//! |---|---|---|
//! | [`dynamodb`] | Amazon DynamoDB | awsJson1_0 |
//! | [`sqs`] | Amazon SQS | awsJson1_0, query-compatible errors |
//! | [`secretsmanager`] | AWS Secrets Manager | awsJson1_1 |
//! | [`kms`] | AWS KMS | awsJson1_1 |
//! | [`lambda`] | AWS Lambda | restJson1 |
//! | [`logs`] | Amazon CloudWatch Logs | awsJson1_1 |
//! | [`cloudwatch`] | Amazon CloudWatch | rpcv2Cbor (generated with `--protocol cbor`) |
//!
//! With feature `moto`, the `moto` module installs and runs moto, a local AWS that serves the
//! first six (moto has no rpcv2Cbor).

pub mod cloudwatch;
pub mod dynamodb;
pub mod kms;
pub mod lambda;
pub mod logs;
#[cfg(feature = "moto")]
pub mod moto;
pub mod secretsmanager;
pub mod sqs;
