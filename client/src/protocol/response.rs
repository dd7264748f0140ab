//! The first step of reading any response: a 2xx status goes on to the output; any other is
//! the service's error, read by the protocol's rules into the operation's error enum.

use http::Response;

use super::{ErrorMetadata, Protocol};
use crate::operation::{ErrorResponse, OperationError, ResponseError, ServiceError};

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
