//! End to end against moto, a local AWS: the generated operations of `aws-union-services`,
//! called through `aws-union-client` over loopback HTTP, and what comes back checked.
//!
//! One moto server serves the whole test binary (installed into `<target>/moto-venv` on first
//! use, see `aws_union_services::moto`); each test names its own resources, so tests running
//! in parallel never see each other's. Without Python every test here is skipped, saying so.
//!
//! Where moto differs from AWS, the test says so and checks AWS's documented behaviour in a
//! protocol test instead, never loosening the assertion to moto's behaviour.

#[path = "client_support/canned.rs"]
mod canned;
#[path = "moto/support.rs"]
mod support;
#[path = "moto/zip.rs"]
mod zip;

#[path = "moto/dynamodb.rs"]
mod dynamodb;
#[path = "moto/kms.rs"]
mod kms;
#[path = "moto/lambda.rs"]
mod lambda;
#[path = "moto/lifecycle.rs"]
mod lifecycle;
#[path = "moto/logs.rs"]
mod logs;
#[path = "moto/secretsmanager.rs"]
mod secretsmanager;
#[path = "moto/sigv4_botocore.rs"]
mod sigv4_botocore;
#[path = "moto/sqs.rs"]
mod sqs;
