//! Input that breaks the model is refused by the client before anything is sent.

mod client_support;

use cleanrooms_runtime::client::Error;
use cleanrooms_runtime::model::TargetProtectedQueryStatus;
use cleanrooms_runtime::protocol::InputErrorKind;
use client_support::{cancel, client, endpoint, MEMBERSHIP};

#[tokio::test]
async fn an_identifier_like_dot_dot_slash_is_rejected_before_sending() {
    let endpoint = endpoint().await;
    let error = client(&endpoint)
        .update_protected_query(&cancel("../../x", "a1b2c3d4-5678-90ab-cdef-000000000000"))
        .await
        .unwrap_err();
    let Error::InvalidInput(invalid) = error else {
        panic!("{error:?}")
    };
    assert_eq!(invalid.member(), "membershipIdentifier");
    assert_eq!(
        invalid.kind(),
        &InputErrorKind::TooShort { min: 36, len: 7 }
    );
    assert_eq!(endpoint.request_count(), 0, "nothing was sent");
}

#[tokio::test]
async fn a_query_identifier_that_is_not_a_uuid_is_rejected_before_sending() {
    let endpoint = endpoint().await;
    for bad in ["", "a/b", "?", "A1B2C3D4-5678-90AB-CDEF-000000000000"] {
        let error = client(&endpoint)
            .update_protected_query(&cancel(MEMBERSHIP, bad))
            .await
            .unwrap_err();
        assert!(
            matches!(&error, Error::InvalidInput(e) if e.member() == "protectedQueryIdentifier"),
            "{bad}: {error:?}"
        );
    }
    assert_eq!(endpoint.request_count(), 0);
}

#[tokio::test]
async fn a_target_status_other_than_cancelled_is_rejected_before_sending() {
    let endpoint = endpoint().await;
    let running: TargetProtectedQueryStatus = "RUNNING".parse().unwrap();
    let input = cancel(MEMBERSHIP, "a1b2c3d4-5678-90ab-cdef-000000000000").target_status(running);
    let error = client(&endpoint)
        .update_protected_query(&input)
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::InvalidInput(e) if e.member() == "targetStatus"),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "UpdateProtectedQuery: invalid input: member `targetStatus` must be one of CANCELLED, not `RUNNING`"
    );
    assert_eq!(endpoint.request_count(), 0);
}
