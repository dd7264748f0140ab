//! The aws-sdk-* runtime in use with its HTTPS client: a retry strategy, the SigV4 auth
//! scheme, a signing key, an HTTPS client on rustls with ring.

use std::time::SystemTime;

use aws_runtime::auth::sigv4::SigV4AuthScheme;
use aws_smithy_http_client::tls::{rustls_provider::CryptoMode, Provider};
use aws_smithy_runtime::client::retries::strategy::StandardRetryStrategy;

fn main() {
    let strategy = StandardRetryStrategy::new();
    let scheme = SigV4AuthScheme::new();
    let key = aws_sigv4::sign::v4::generate_signing_key("secret", SystemTime::now(), "eu-west-1", "svc");
    let client = aws_smithy_http_client::Builder::new()
        .tls_provider(Provider::Rustls(CryptoMode::Ring))
        .build_https();
    println!("{strategy:?} {scheme:?} {} {client:?}", key.as_ref().len());
}
