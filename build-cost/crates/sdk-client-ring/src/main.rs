//! The call with aws-sdk-cleanrooms and aws-config's default chain, over an HTTPS client on
//! rustls with ring.

use aws_config::BehaviorVersion;
use aws_sdk_cleanrooms::types::TargetProtectedQueryStatus;
use aws_smithy_http_client::tls::{rustls_provider::CryptoMode, Provider};
use aws_smithy_http_client::Builder;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let https = Builder::new()
        .tls_provider(Provider::Rustls(CryptoMode::Ring))
        .build_https();
    let config = aws_config::defaults(BehaviorVersion::latest())
        .http_client(https)
        .load()
        .await;
    let client = aws_sdk_cleanrooms::Client::new(&config);
    let output = client
        .update_protected_query()
        .membership_identifier("f1e2d3c4-5678-90ab-cdef-000000000000")
        .protected_query_identifier("a1b2c3d4-5678-90ab-cdef-000000000000")
        .target_status(TargetProtectedQueryStatus::Cancelled)
        .send()
        .await?;
    println!("{:?}", output.protected_query().map(|q| q.status()));
    Ok(())
}
