//! Unit tests of the client: invocation ids, `Debug` without secrets, what is retried.

use super::call::{invocation_id, retry_kind};
use super::*;
use crate::operation::Unhandled;
use crate::protocol::Protocol;
use crate::retry::RetryKind;

/// A service by its `serviceId`, for the configuration's per-service settings (its rules are
/// not needed there).
pub(super) fn service(service_id: &'static str) -> ServiceInfo {
    ServiceInfo {
        service_id,
        signing_name: "x",
        protocol: Protocol::RestJson1,
        endpoint_rules: &[],
    }
}

#[test]
fn invocation_ids_are_version_4_uuids() {
    let id = invocation_id();
    let id = id.to_str().unwrap();
    assert_eq!(id.len(), 36);
    assert_eq!(&id[14..15], "4");
    assert!("89ab".contains(&id[19..20]), "{id}");
    assert!(id.bytes().all(|b| b == b'-' || b.is_ascii_hexdigit()));
    assert_ne!(invocation_id(), invocation_id());
}

#[test]
fn debug_of_the_config_shows_no_secret() {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            Some("FQoGZXIvYXdzEXAMPLETOKEN".into()),
            None,
            "test",
        ))
        .endpoint_url("https://user:hunter2@proxy.example.com")
        .build()
        .unwrap();
    let debug = format!("{config:?}");
    assert!(!debug.contains("wJalrXUtnFEMI"), "{debug}");
    assert!(!debug.contains("FQoGZXIvYXdz"), "{debug}");
    assert!(!debug.contains("hunter2"), "{debug}");
    assert!(debug.contains("us-east-1"), "{debug}");
}

#[test]
fn debug_of_credentials_shows_no_secret() {
    let credentials = Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        Some("FQoGZXIvYXdzEXAMPLETOKEN".into()),
        None,
        "test",
    );
    let debug = format!("{credentials:?}");
    assert!(!debug.contains("wJalrXUtnFEMI"), "{debug}");
    assert!(!debug.contains("FQoGZXIvYXdz"), "{debug}");
}

#[test]
fn timeouts_and_broken_connections_are_retried_other_transport_errors_are_not() {
    let transport = |kind| Error::<Unhandled>::Transport(TransportError::new(kind, "x"));
    for kind in [
        TransportErrorKind::Timeout,
        TransportErrorKind::Connect,
        TransportErrorKind::Io,
    ] {
        assert_eq!(
            retry_kind(&transport(kind), None),
            Some(RetryKind::Transient)
        );
    }
    assert_eq!(
        retry_kind(&transport(TransportErrorKind::Other), None),
        None
    );
    assert_eq!(
        retry_kind(&transport(TransportErrorKind::ResponseTooLarge), None),
        None
    );
}
