//! The first step of reading any response: a 2xx status goes on to the output; any other is
//! the service's error, read by the protocol's rules into the operation's error enum.

use http::Response;
use serde::de::DeserializeOwned;

use super::body::read_json_bytes;
use super::{ErrorMetadata, Protocol};
use crate::operation::{ErrorResponse, OperationError, ResponseError, ServiceError, Unhandled};

/// `Ok(())` for a 2xx response; else the [`ServiceError`] it holds, typed by `E`.
///
/// ```
/// use aws_union_client::operation::{ErrorResponse, OperationError, ResponseError, Unhandled};
/// use aws_union_client::protocol::{response::check_status, Protocol};
///
/// #[derive(Debug)]
/// enum GetItemError { Unhandled(Unhandled) }
/// impl OperationError for GetItemError {
///     fn from_response(response: &ErrorResponse<'_>) -> Self { Self::Unhandled(Unhandled::from_response(response)) }
///     fn modeled_name(&self) -> Option<&'static str> { None }
/// }
///
/// let ok = http::Response::new(Vec::new());
/// assert!(check_status::<GetItemError>(Protocol::AwsJson1_0, "GetItem", &ok).is_ok());
/// let throttled = http::Response::builder().status(400)
///     .body(br#"{"__type":"ThrottlingException"}"#.to_vec())?;
/// let Err(ResponseError::Service(error)) = check_status::<GetItemError>(Protocol::AwsJson1_0, "GetItem", &throttled) else { panic!() };
/// assert_eq!(error.code(), Some("ThrottlingException"));
/// # Ok::<(), http::Error>(())
/// ```
///
/// # Errors
///
/// Any status but 2xx.
pub fn check_status<E: OperationError>(
    protocol: Protocol,
    operation: &'static str,
    response: &Response<Vec<u8>>,
) -> Result<(), ResponseError<E>> {
    if response.status().is_success() {
        return Ok(());
    }
    let meta = error_metadata(protocol, response);
    Err(ResponseError::Service(ServiceError::from_response(
        &ErrorResponse {
            operation,
            meta: &meta,
            status: response.status(),
            headers: response.headers(),
            body: response.body(),
        },
    )))
}

/// The code, message and request id of an error response, in the protocol's body format.
pub fn error_metadata(protocol: Protocol, response: &Response<Vec<u8>>) -> ErrorMetadata {
    #[cfg(feature = "cbor")]
    if protocol.is_cbor() {
        return cbor_error_metadata(response);
    }
    ErrorMetadata::read(protocol, response.headers(), response.body())
}

#[cfg(feature = "cbor")]
fn cbor_error_metadata(response: &Response<Vec<u8>>) -> ErrorMetadata {
    use ciborium::Value;
    let map = match ciborium::from_reader::<Value, _>(response.body().as_slice()) {
        Ok(Value::Map(map)) => map,
        _ => Vec::new(),
    };
    ErrorMetadata::from_fields(Protocol::RpcV2Cbor, response.headers(), |key| {
        map.iter().find_map(|(k, v)| match (k, v) {
            (Value::Text(k), Value::Text(v)) if k == key => Some(v.clone()),
            _ => None,
        })
    })
}

/// Reads an error response as the modelled error `variant` from its JSON body, or, when the
/// body is not that error, keeps all of it as `unhandled`: nothing the service said is lost.
///
/// ```
/// use aws_union_client::operation::{ErrorResponse, Unhandled};
/// use aws_union_client::protocol::{response::json_error, ErrorMetadata, Protocol};
///
/// #[derive(Debug, serde::Deserialize)]
/// struct NotFound { message: Option<String> }
/// #[derive(Debug)]
/// enum GetError { NotFound(NotFound), Unhandled(Unhandled) }
///
/// let headers = http::HeaderMap::new();
/// let body = br#"{"__type":"NotFound","message":"gone"}"#;
/// let meta = ErrorMetadata::read(Protocol::AwsJson1_1, &headers, body);
/// let response = ErrorResponse { operation: "Get", meta: &meta, status: http::StatusCode::NOT_FOUND, headers: &headers, body };
/// let error = json_error(&response, GetError::NotFound, GetError::Unhandled);
/// assert!(matches!(error, GetError::NotFound(NotFound { message: Some(m) }) if m == "gone"));
/// ```
pub fn json_error<T: DeserializeOwned, E>(
    response: &ErrorResponse<'_>,
    variant: impl FnOnce(T) -> E,
    unhandled: impl FnOnce(Unhandled) -> E,
) -> E {
    let read = read_json_bytes(
        response.operation,
        response.status,
        response.meta.request_id(),
        response.body,
    );
    modelled_or_unhandled(response, read.ok(), variant, unhandled)
}

/// [`json_error`] for a CBOR body (feature `cbor`).
#[cfg(feature = "cbor")]
pub fn cbor_error<T: DeserializeOwned, E>(
    response: &ErrorResponse<'_>,
    variant: impl FnOnce(T) -> E,
    unhandled: impl FnOnce(Unhandled) -> E,
) -> E {
    let read = crate::protocol::body::read_cbor_bytes(
        response.operation,
        response.status,
        response.meta.request_id(),
        response.body,
    );
    modelled_or_unhandled(response, read.ok(), variant, unhandled)
}

/// The modelled error read from a response, or, when it did not read, all of the response as
/// `unhandled`.
pub(crate) fn modelled_or_unhandled<T, E>(
    response: &ErrorResponse<'_>,
    read: Option<T>,
    variant: impl FnOnce(T) -> E,
    unhandled: impl FnOnce(Unhandled) -> E,
) -> E {
    match read {
        Some(error) => variant(error),
        None => unhandled(Unhandled::from_response(response)),
    }
}

/// An error response no modelled error matches: all of it, kept as `unhandled`.
pub fn unhandled<E>(response: &ErrorResponse<'_>, unhandled: impl FnOnce(Unhandled) -> E) -> E {
    unhandled(Unhandled::from_response(response))
}
