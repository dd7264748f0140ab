//! `UpdateProtectedQuery` as `aws-union-codegen` generates it, an
//! [`Operation`](aws_union_client::operation::Operation) of the service [`SERVICE`] (Clean
//! Rooms, restJson1, signed as `cleanrooms`, with botocore 1.44.8's endpoint rule set), and
//! this crate's entry points to it: [`build_request`] applies Clean Rooms's own checks
//! ([`validate()`]) before the generated build, which checks only what botocore does (required
//! members, minimum lengths); [`parse_response`] is the generated parser, whose decode errors
//! keep the values of sensitive members out of their messages (as
//! [`DecodeError`](crate::model::DecodeError) does) and name the body itself by the empty
//! path.
//!
//! ```
//! use aws_union_client::endpoint::{Params, RuleSet};
//! use cleanrooms_runtime::protocol::SERVICE;
//!
//! assert_eq!(SERVICE.endpoint_url_variable(), "AWS_ENDPOINT_URL_CLEANROOMS");
//! let rules = RuleSet::from_compact(SERVICE.endpoint_rules)?;
//! let endpoint = rules.resolve(&Params::new().with("Region", "eu-west-2").with("UseFIPS", true))?;
//! assert_eq!(endpoint.url(), "https://cleanrooms-fips.eu-west-2.amazonaws.com");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use aws_union_client::operation::{EndpointUrl, InputError, Operation, RequestContext};
use http::{Request, Response};

use super::validate::validate;
use super::{OutputDecodeError, ResponseError};
use crate::model::{UpdateProtectedQueryInput, UpdateProtectedQueryOutput};

pub use crate::model::generated::{UpdateProtectedQuery, SERVICE};

/// Validates `input` the way Clean Rooms does ([`validate()`]) and builds its unsigned request
/// to `endpoint` with the generated [`UpdateProtectedQuery`]:
///
/// ```text
/// PATCH {endpoint base path}/memberships/{membershipIdentifier}/protectedQueries/{protectedQueryIdentifier}
/// Host: {endpoint host}
/// Content-Type: application/json
/// Content-Length: 28
///
/// {"targetStatus":"CANCELLED"}
/// ```
///
/// The request carries `host`, `content-type` and `content-length`, so that signing it signs
/// what is sent. Sign it (e.g. with `crate::sigv4::sign_request`) and send it with any HTTP
/// client.
///
/// ```
/// use aws_union_client::operation::EndpointUrl;
/// use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};
/// use cleanrooms_runtime::protocol::build_request;
///
/// let input = UpdateProtectedQueryInput::default()
///     .membership_identifier("f1e2d3c4-5678-90ab-cdef-000000000000")
///     .protected_query_identifier("a1b2c3d4-5678-90ab-cdef-000000000000")
///     .target_status(TargetProtectedQueryStatus::Cancelled);
/// let endpoint = EndpointUrl::parse("https://cleanrooms.us-east-1.amazonaws.com")?;
/// let request = build_request(&input, &endpoint)?;
/// assert_eq!(request.method(), "PATCH");
/// assert_eq!(
///     request.uri(),
///     "https://cleanrooms.us-east-1.amazonaws.com/memberships/f1e2d3c4-5678-90ab-cdef-000000000000/protectedQueries/a1b2c3d4-5678-90ab-cdef-000000000000"
/// );
/// assert_eq!(request.headers()["content-type"], "application/json");
/// assert_eq!(request.body(), br#"{"targetStatus":"CANCELLED"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// The [`InputError`] of [`validate()`]; nothing is built for an invalid input.
pub fn build_request(
    input: &UpdateProtectedQueryInput,
    endpoint: &EndpointUrl,
) -> Result<Request<Vec<u8>>, InputError> {
    validate(input)?;
    UpdateProtectedQuery::build_request(input, &RequestContext::new(endpoint))
}

/// Reads a response into the output or a typed error, with the generated
/// [`UpdateProtectedQuery`]. Pure, and never panics.
///
/// ```
/// use cleanrooms_runtime::model::ProtectedQueryStatus;
/// use cleanrooms_runtime::protocol::{parse_response, ResponseError, UpdateProtectedQueryError};
///
/// let ok = http::Response::builder()
///     .status(200)
///     .body(br#"{"protectedQuery":{"id":"a1b2c3d4-5678-90ab-cdef-000000000000",
///         "membershipId":"f1e2d3c4-5678-90ab-cdef-000000000000",
///         "membershipArn":"arn:aws:cleanrooms:us-east-1:111122223333:membership/f1e2d3c4-5678-90ab-cdef-000000000000",
///         "createTime":1700000000,"status":"CANCELLING"}}"#.to_vec())?;
/// let output = parse_response(&ok)?;
/// assert_eq!(output.protected_query.status, ProtectedQueryStatus::Cancelling);
///
/// let throttled = http::Response::builder()
///     .status(429)
///     .header("x-amzn-errortype", "ThrottlingException")
///     .body(br#"{"message":"Rate exceeded"}"#.to_vec())?;
/// match parse_response(&throttled) {
///     Err(ResponseError::Service(e)) => assert!(matches!(
///         e.kind(),
///         UpdateProtectedQueryError::ThrottlingException(_)
///     )),
///     other => panic!("{other:?}"),
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`ResponseError::Service`] for a non-2xx status, [`ResponseError::Decode`] for a 2xx body
/// that does not decode (naming the wire path of the bad value).
pub fn parse_response(
    response: &Response<Vec<u8>>,
) -> Result<UpdateProtectedQueryOutput, ResponseError> {
    UpdateProtectedQuery::parse_response(response).map_err(|error| match error {
        ResponseError::Decode(decode) => ResponseError::Decode(as_clean_rooms_shows_it(decode)),
        other => other,
    })
}

/// A decode error of the generated parser as this crate shows it: the empty path (not `.`)
/// for the body itself, as [`DecodeError`](crate::model::DecodeError) has it. A sensitive
/// member's bad value is already left out of the message, by the model's derive.
pub(crate) fn as_clean_rooms_shows_it(error: OutputDecodeError) -> OutputDecodeError {
    let path = match error.path() {
        "." => "",
        path => path,
    };
    OutputDecodeError::new(
        error.operation(),
        error.status(),
        error.request_id().map(str::to_owned),
        path,
        error.message(),
    )
}
