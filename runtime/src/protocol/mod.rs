//! The `UpdateProtectedQuery` protocol with no I/O and no async: check the input, build the
//! HTTP request, read the HTTP response into the output or a typed error, and decide about
//! retries.
//!
//! | step | function |
//! |---|---|
//! | check the input | [`validate()`] |
//! | build the request | [`build_request`] |
//! | sign it | `crate::sigv4::sign_request` (feature `client`) |
//! | read the response | [`parse_response`] → output, or [`ServiceError`] with an [`UpdateProtectedQueryError`] |
//! | retry? | [`retry::classify_service_error`], [`retry::RetryConfig::backoff`] |
//!
//! The request building and the response parsing are the generated
//! [`Operation`](aws_union_client::operation::Operation) [`UpdateProtectedQuery`], of the
//! service [`SERVICE`] (see [`model`](crate::model)); the checks Clean Rooms makes beyond
//! botocore's (UUID identifiers, `targetStatus` `CANCELLED`) are [`validate()`], run first by
//! [`build_request`] and by the client. The client (feature `client`) is these steps plus I/O.
//! With an HTTP stack of your own, use them directly:
//!
//! ```
//! use aws_union_client::endpoint::{Params, RuleSet};
//! use aws_union_client::operation::EndpointUrl;
//! use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};
//! use cleanrooms_runtime::protocol::{build_request, parse_response, ResponseError, SERVICE};
//!
//! // Any HTTP client: here, one that answers from memory.
//! fn send(request: http::Request<Vec<u8>>) -> http::Response<Vec<u8>> {
//!     assert_eq!(request.method(), "PATCH");
//!     http::Response::builder()
//!         .status(409)
//!         .header("x-amzn-errortype", "ConflictException")
//!         .header("x-amzn-requestid", "6f1c1f43")
//!         .body(br#"{"message":"The query has already finished","reason":"INVALID_STATE"}"#.to_vec())
//!         .unwrap()
//! }
//!
//! let rules = RuleSet::from_compact(SERVICE.endpoint_rules)?;
//! let endpoint = rules.resolve(&Params::new().with("Region", "us-east-1"))?;
//! let endpoint = EndpointUrl::parse(endpoint.url())?;
//! let input = UpdateProtectedQueryInput::default()
//!     .membership_identifier("f1e2d3c4-5678-90ab-cdef-000000000000")
//!     .protected_query_identifier("a1b2c3d4-5678-90ab-cdef-000000000000")
//!     .target_status(TargetProtectedQueryStatus::Cancelled);
//! let request = build_request(&input, &endpoint)?;
//! // ... sign `request` here (SigV4, service `cleanrooms`) ...
//! let response = send(request);
//! match parse_response(&response) {
//!     Ok(output) => println!("{:?}", output.protected_query.status),
//!     Err(ResponseError::Service(error)) => {
//!         assert_eq!(error.code(), Some("ConflictException"));
//!         assert_eq!(error.request_id(), Some("6f1c1f43"));
//!     }
//!     Err(other) => return Err(other.into()),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod error;
mod operation;
pub mod validate;

/// The standard retry mode's decisions: `aws-union-client`'s, shared by every operation.
pub use aws_union_client::retry;

pub use aws_union_client::operation::{InputError, InputErrorKind};
pub use error::{
    parse_error, sanitize_error_code, AccessDeniedException, AccessDeniedExceptionReason,
    ConflictException, ConflictExceptionReason, InternalServerException, ResourceNotFoundException,
    ResourceType, ServiceError, ThrottlingException, Unhandled, UpdateProtectedQueryError,
    ValidationException, ValidationExceptionField, ValidationExceptionReason,
};
#[cfg(feature = "client")]
pub(crate) use operation::as_clean_rooms_shows_it;
pub use operation::{build_request, parse_response, UpdateProtectedQuery, SERVICE};
pub use validate::{validate, validate_identifier};

/// Why a response is not an output: the service's error, or a 2xx body that does not decode
/// (`aws-union-client`'s [`ResponseError`](aws_union_client::operation::ResponseError),
/// shared by every operation).
pub type ResponseError = aws_union_client::operation::ResponseError<UpdateProtectedQueryError>;

/// A 2xx response whose body does not decode: where in the body it went wrong (its wire
/// path) and why, with the status and the request id (`aws-union-client`'s
/// [`DecodeError`](aws_union_client::operation::DecodeError)).
pub type OutputDecodeError = aws_union_client::operation::DecodeError;
