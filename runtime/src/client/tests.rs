//! Unit tests of the client: invocation ids, `Debug` without secrets, what is retried.

use super::*;

#[test]
fn invocation_ids_are_version_4_uuids() {
    let id = invocation_id();
    let id = id.to_str().unwrap();
    assert_eq!(id.len(), 36);
    assert!(
        crate::protocol::validate_identifier("id", id).is_ok(),
        "{id}"
    );
    assert_eq!(&id[14..15], "4");
    assert!("89ab".contains(&id[19..20]), "{id}");
    assert_ne!(invocation_id(), invocation_id());
}

#[test]
fn debug_of_the_client_shows_no_secret() {
    let client = Client::builder()
        .region("us-east-1")
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            Some("FQoGZXIvYXdzEXAMPLETOKEN".into()),
            None,
            "test",
        ))
        .build()
        .unwrap();
    let debug = format!("{client:?}");
    assert!(!debug.contains("wJalrXUtnFEMI"), "{debug}");
    assert!(!debug.contains("FQoGZXIvYXdz"), "{debug}");
    assert!(
        debug.contains("cleanrooms.us-east-1.amazonaws.com"),
        "{debug}"
    );
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
    let transport = |kind| Error::Transport(TransportError::new(kind, "x"));
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
