//! The call with aws-sdk-cleanrooms and aws-config's default chain, over the default HTTPS
//! client.

use aws_config::BehaviorVersion;
use aws_sdk_cleanrooms::types::TargetProtectedQueryStatus;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = aws_config::load_defaults(BehaviorVersion::latest()).await;
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
