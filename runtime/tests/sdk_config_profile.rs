//! With the `aws-config` feature, a profile is read through `aws-config`'s own loader, and its
//! credentials sign the call the local endpoint checks.
#![cfg(all(feature = "aws-config", feature = "local-endpoint"))]
// The profile files' new names live in aws-runtime, not a dependency here.
#![allow(deprecated)]

use cleanrooms_runtime::client::aws_config::profile::profile_file::{
    ProfileFileKind, ProfileFiles,
};
use cleanrooms_runtime::client::{sdk_config_loader, ClientBuilder, Credentials};
use cleanrooms_runtime::local::LocalEndpoint;
use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};

const MEMBERSHIP: &str = "f1e2d3c4-5678-90ab-cdef-000000000000";

#[tokio::test]
async fn a_profile_is_read_through_aws_config_and_its_credentials_sign_the_call() {
    let dir = std::env::temp_dir().join(format!("cleanrooms-profile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config_file = dir.join("config");
    let credentials_file = dir.join("credentials");
    std::fs::write(&config_file, "[profile dev]\nregion = us-east-1\n").unwrap();
    std::fs::write(
        &credentials_file,
        "[dev]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n",
    )
    .unwrap();
    let profile_files = ProfileFiles::builder()
        .with_file(ProfileFileKind::Config, &config_file)
        .with_file(ProfileFileKind::Credentials, &credentials_file)
        .build();
    let sdk_config = sdk_config_loader()
        .profile_files(profile_files)
        .profile_name("dev")
        .load()
        .await;

    let credentials = Credentials::new("AKIDPROFILE", "profile-secret", None, None, "test");
    let endpoint = LocalEndpoint::start(credentials).await.unwrap();
    let query = endpoint.seed_running_query(MEMBERSHIP);
    let client = ClientBuilder::from_sdk_config(&sdk_config)
        .endpoint_url(endpoint.url())
        .build()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(client.region(), "us-east-1");
    client
        .update_protected_query(
            &UpdateProtectedQueryInput::default()
                .membership_identifier(MEMBERSHIP)
                .protected_query_identifier(query)
                .target_status(TargetProtectedQueryStatus::Cancelled),
        )
        .await
        .unwrap();
    let sent = &endpoint.received_requests()[0];
    assert!(sent
        .header("authorization")
        .unwrap()
        .contains("Credential=AKIDPROFILE/"));
}
