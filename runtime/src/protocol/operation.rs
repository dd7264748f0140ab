//! `UpdateProtectedQuery` as an [`Operation`] of `aws-union-client`, and Clean Rooms as a
//! service ([`SERVICE`]): what `aws-union-client`'s [`Client`](aws_union_client::Client) needs
//! to call it. The request building and the response parsing are this module's siblings'.

use aws_union_client::operation::{
    InputError, Operation, RequestContext, ResponseError, ServiceInfo,
};
use aws_union_client::protocol::Protocol;

use super::error::{UpdateProtectedQueryError, OPERATION};
use super::{build_request, parse_response};
use crate::endpoint_rules::ENDPOINT_RULES;
use crate::model::{UpdateProtectedQueryInput, UpdateProtectedQueryOutput};

/// AWS Clean Rooms (API 2022-02-17): restJson1, signed as `cleanrooms`, with its endpoint
/// rule set from botocore 1.44.8.
///
/// ```
/// use aws_union_client::endpoint::{Params, RuleSet};
/// use cleanrooms_runtime::protocol::SERVICE;
///
/// assert_eq!(SERVICE.endpoint_url_variable(), "AWS_ENDPOINT_URL_CLEANROOMS");
/// let rules = RuleSet::from_compact(SERVICE.endpoint_rules)?;
/// let endpoint = rules.resolve(&Params::new().with("Region", "eu-west-2").with("UseFIPS", true))?;
/// assert_eq!(endpoint.url(), "https://cleanrooms-fips.eu-west-2.amazonaws.com");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub static SERVICE: ServiceInfo = ServiceInfo {
    service_id: "CleanRooms",
    signing_name: "cleanrooms",
    protocol: Protocol::RestJson1,
    endpoint_rules: ENDPOINT_RULES,
};

/// The `UpdateProtectedQuery` operation: cancels a protected query.
///
/// ```
/// use aws_union_client::operation::{EndpointUrl, Operation, RequestContext};
/// use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};
/// use cleanrooms_runtime::protocol::UpdateProtectedQuery;
///
/// let input = UpdateProtectedQueryInput {
///     membership_identifier: "f1e2d3c4-5678-90ab-cdef-000000000000".into(),
///     protected_query_identifier: "a1b2c3d4-5678-90ab-cdef-000000000000".into(),
///     target_status: TargetProtectedQueryStatus::Cancelled,
/// };
/// let endpoint = EndpointUrl::parse("https://cleanrooms.us-east-1.amazonaws.com")?;
/// let request = UpdateProtectedQuery::build_request(&input, &RequestContext::new(&endpoint))?;
/// assert_eq!(request.method(), "PATCH");
/// assert_eq!(request.body(), br#"{"targetStatus":"CANCELLED"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct UpdateProtectedQuery;

impl Operation for UpdateProtectedQuery {
    type Input = UpdateProtectedQueryInput;
    type Output = UpdateProtectedQueryOutput;
    type Error = UpdateProtectedQueryError;

    const NAME: &'static str = OPERATION;
    const SERVICE: &'static ServiceInfo = &SERVICE;

    fn build_request(
        input: &Self::Input,
        context: &RequestContext<'_>,
    ) -> Result<http::Request<Vec<u8>>, InputError> {
        build_request(input, context.endpoint)
    }

    fn parse_response(
        response: &http::Response<Vec<u8>>,
    ) -> Result<Self::Output, ResponseError<Self::Error>> {
        parse_response(response)
    }
}
