//! The aws-sdk-* runtime in use: a retry strategy, the SigV4 auth scheme, a signing key.

use std::time::SystemTime;

use aws_runtime::auth::sigv4::SigV4AuthScheme;
use aws_smithy_runtime::client::retries::strategy::StandardRetryStrategy;

fn main() {
    let strategy = StandardRetryStrategy::new();
    let scheme = SigV4AuthScheme::new();
    let key = aws_sigv4::sign::v4::generate_signing_key("secret", SystemTime::now(), "eu-west-1", "svc");
    println!("{strategy:?} {scheme:?} {}", key.as_ref().len());
}
