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
//! Together they are `aws-union-client`'s [`Operation`](aws_union_client::operation::Operation)
//! [`UpdateProtectedQuery`], of the service [`SERVICE`]; the client (feature `client`) is
//! these steps plus I/O. With an HTTP stack of your own, use them directly:
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
//! let input = UpdateProtectedQueryInput {
//!     membership_identifier: "f1e2d3c4-5678-90ab-cdef-000000000000".into(),
//!     protected_query_identifier: "a1b2c3d4-5678-90ab-cdef-000000000000".into(),
//!     target_status: TargetProtectedQueryStatus::Cancelled,
//! };
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
pub mod request;
pub mod response;
pub mod validate;

/// The standard retry mode's decisions: `aws-union-client`'s, shared by every operation.
pub use aws_union_client::retry;

pub use aws_union_client::operation::{InputError, InputErrorKind};
pub use error::{
    parse_error, sanitize_error_code, AccessDeniedException, AccessDeniedExceptionReason,
    ConflictException, ConflictExceptionReason, InternalServerException, ResourceNotFoundException,
    ResourceType, ServiceError, ThrottlingException, UnhandledError, UpdateProtectedQueryError,
    ValidationException, ValidationExceptionField, ValidationExceptionReason,
};
pub use operation::{UpdateProtectedQuery, SERVICE};
pub use request::{build_request, encode_uri_label, request_body, request_path};
pub use response::{parse_response, OutputDecodeError, ResponseError};
pub use validate::{validate, validate_identifier};
