//! `UpdateProtectedQuery` over loopback HTTP against the local endpoint: the answer for each
//! state of a query, and every modeled error as the client returns it.

mod client_support;

use std::time::SystemTime;

use cleanrooms_runtime::client::Error;
use cleanrooms_runtime::model::ProtectedQueryStatus;
use cleanrooms_runtime::protocol::{
    parse_response, AccessDeniedExceptionReason, ConflictExceptionReason, ResourceType,
    ResponseError, UpdateProtectedQueryError, ValidationExceptionReason,
};
use cleanrooms_runtime::sigv4::sign_request;
use client_support::{cancel, client, endpoint, hand_made_request, send_raw, MEMBERSHIP, QUERY};

fn service_error(result: Result<impl std::fmt::Debug, Error>) -> UpdateProtectedQueryError {
    match result {
        Err(Error::Service(e)) => {
            assert!(
                e.request_id().is_some(),
                "every answer has a request id: {e}"
            );
            e.into_kind()
        }
        other => panic!("expected a service error, got {other:?}"),
    }
}

#[tokio::test]
async fn cancelling_a_running_query_returns_it_cancelling() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_running_query(MEMBERSHIP);
    let output = client(&endpoint)
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap();
    let returned = output.protected_query;
    assert_eq!(returned.id, query);
    assert_eq!(returned.membership_id, MEMBERSHIP);
    assert_eq!(returned.status, ProtectedQueryStatus::Cancelling);
    assert!(returned.membership_arn.ends_with(MEMBERSHIP));

    let sent = &endpoint.received_requests()[0];
    assert_eq!(sent.method(), "PATCH");
    assert_eq!(
        sent.path(),
        format!("/memberships/{MEMBERSHIP}/protectedQueries/{query}")
    );
    assert_eq!(sent.header("content-type"), Some("application/json"));
    assert_eq!(sent.body(), br#"{"targetStatus":"CANCELLED"}"#);
}

#[tokio::test]
async fn requests_name_cleanrooms_runtime_in_the_user_agent() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_running_query(MEMBERSHIP);
    client(&endpoint)
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap();
    let sent = &endpoint.received_requests()[0];
    assert_eq!(sent.header("user-agent"), Some("cleanrooms-runtime/0.1.0"));
}

#[tokio::test]
async fn a_cancelled_query_ends_up_cancelled() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_query_with_status(MEMBERSHIP, ProtectedQueryStatus::Submitted);
    let client = client(&endpoint);
    client
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap();
    let again = client
        .update_protected_query(&cancel(MEMBERSHIP, &query))
        .await
        .unwrap();
    assert_eq!(
        again.protected_query.status,
        ProtectedQueryStatus::Cancelling
    );
    assert_eq!(
        endpoint
            .protected_query(MEMBERSHIP, &query)
            .map(|q| q.status),
        Some(ProtectedQueryStatus::Cancelled)
    );
}

#[tokio::test]
async fn a_finished_query_is_a_conflict_exception() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_query_with_status(MEMBERSHIP, ProtectedQueryStatus::Success);
    let error = service_error(
        client(&endpoint)
            .update_protected_query(&cancel(MEMBERSHIP, &query))
            .await,
    );
    let UpdateProtectedQueryError::ConflictException(conflict) = error else {
        panic!("{error:?}")
    };
    assert_eq!(conflict.reason, Some(ConflictExceptionReason::InvalidState));
    assert_eq!(conflict.resource_id.as_deref(), Some(query.as_str()));
    let message = conflict.message.unwrap_or_default();
    assert!(message.contains("SUCCESS"), "{message}");
    assert_eq!(endpoint.request_count(), 1, "a conflict is not retried");
}

#[tokio::test]
async fn an_unknown_membership_is_a_resource_not_found_exception() {
    let endpoint = endpoint().await;
    let error = service_error(
        client(&endpoint)
            .update_protected_query(&cancel(MEMBERSHIP, "a1b2c3d4-5678-90ab-cdef-000000000000"))
            .await,
    );
    let UpdateProtectedQueryError::ResourceNotFoundException(missing) = error else {
        panic!("{error:?}")
    };
    assert_eq!(missing.resource_id, MEMBERSHIP);
    assert_eq!(missing.resource_type, ResourceType::Membership);
}

#[tokio::test]
async fn an_unknown_query_is_a_resource_not_found_exception() {
    let endpoint = endpoint().await;
    endpoint.seed_running_query(MEMBERSHIP);
    let unknown = "a1b2c3d4-5678-90ab-cdef-000000000000";
    let error = service_error(
        client(&endpoint)
            .update_protected_query(&cancel(MEMBERSHIP, unknown))
            .await,
    );
    let UpdateProtectedQueryError::ResourceNotFoundException(missing) = error else {
        panic!("{error:?}")
    };
    assert_eq!(missing.resource_id, unknown);
}

#[tokio::test]
async fn a_membership_without_permission_is_an_access_denied_exception() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_running_query(MEMBERSHIP);
    endpoint.deny_access(MEMBERSHIP);
    let error = service_error(
        client(&endpoint)
            .update_protected_query(&cancel(MEMBERSHIP, &query))
            .await,
    );
    let UpdateProtectedQueryError::AccessDeniedException(denied) = error else {
        panic!("{error:?}")
    };
    assert_eq!(
        denied.reason,
        Some(AccessDeniedExceptionReason::InsufficientPermissions)
    );
    assert!(denied
        .message
        .is_some_and(|m| m.contains("cleanrooms:UpdateProtectedQuery")));
}

#[tokio::test]
async fn throttling_on_every_attempt_is_a_throttling_exception() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_running_query(MEMBERSHIP);
    endpoint.throttle_next(3);
    let error = service_error(
        client(&endpoint)
            .update_protected_query(&cancel(MEMBERSHIP, &query))
            .await,
    );
    let UpdateProtectedQueryError::ThrottlingException(throttled) = error else {
        panic!("{error:?}")
    };
    assert_eq!(throttled.message.as_deref(), Some("Rate exceeded"));
}

#[tokio::test]
async fn a_server_failure_on_every_attempt_is_an_internal_server_exception() {
    let endpoint = endpoint().await;
    let query = endpoint.seed_running_query(MEMBERSHIP);
    endpoint.fail_next(3, 500);
    let error = service_error(
        client(&endpoint)
            .update_protected_query(&cancel(MEMBERSHIP, &query))
            .await,
    );
    assert!(
        matches!(error, UpdateProtectedQueryError::InternalServerException(_)),
        "{error:?}"
    );
}

/// The client never sends bad input, so this request is built and signed by hand.
#[tokio::test]
async fn bad_input_that_reaches_the_service_is_a_validation_exception_with_field_list() {
    let endpoint = endpoint().await;
    let body = br#"{"targetStatus":"RUNNING"}"#;
    let mut request = hand_made_request(&endpoint, "not-a-membership", QUERY, body);
    sign_request(
        &mut request,
        &client_support::credentials(),
        endpoint.region(),
        SystemTime::now(),
    )
    .unwrap();
    let response = send_raw(request).await;
    let Err(ResponseError::Service(error)) = parse_response(&response) else {
        panic!("{response:?}")
    };
    assert_eq!(error.status(), 400);
    let UpdateProtectedQueryError::ValidationException(invalid) = error.into_kind() else {
        panic!("not a validation exception")
    };
    assert_eq!(
        invalid.reason,
        Some(ValidationExceptionReason::FieldValidationFailed)
    );
    let fields: Vec<&str> = invalid
        .field_list
        .iter()
        .flatten()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(fields, ["membershipIdentifier", "targetStatus"]);
}
