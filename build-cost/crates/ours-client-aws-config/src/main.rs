//! The call with cleanrooms-runtime's client configured by aws-config's full default chain.

use cleanrooms_runtime::client::Client;
use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::load_from_env().await?;
    let output = client
        .update_protected_query(&UpdateProtectedQueryInput::default()
            .membership_identifier("f1e2d3c4-5678-90ab-cdef-000000000000")
            .protected_query_identifier("a1b2c3d4-5678-90ab-cdef-000000000000")
            .target_status(TargetProtectedQueryStatus::Cancelled))
        .await?;
    println!("{:?}", output.protected_query.status);
    Ok(())
}
