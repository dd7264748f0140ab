//! The call with cleanrooms-runtime's protocol layer alone: resolve the endpoint through
//! aws-union-client's rules engine, build the request, hand it to an in-memory "HTTP client",
//! parse the response into the typed output.

use aws_union_client::endpoint::{Params, RuleSet};
use aws_union_client::operation::EndpointUrl;
use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};
use cleanrooms_runtime::protocol::{build_request, parse_response, SERVICE};

const FIXTURE: &[u8] = include_bytes!("../../../fixture.json");

fn send(request: http::Request<Vec<u8>>) -> http::Response<Vec<u8>> {
    assert_eq!(request.method(), http::Method::PATCH);
    http::Response::builder()
        .status(200)
        .header("content-type", "application/json")
        .body(FIXTURE.to_vec())
        .expect("a response")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rules = RuleSet::from_compact(SERVICE.endpoint_rules)?;
    let endpoint = rules.resolve(&Params::new().with("Region", "us-east-1"))?;
    let endpoint = EndpointUrl::parse(endpoint.url())?;
    let input = UpdateProtectedQueryInput::default()
        .membership_identifier("f1e2d3c4-5678-90ab-cdef-000000000000")
        .protected_query_identifier("a1b2c3d4-5678-90ab-cdef-000000000000")
        .target_status(TargetProtectedQueryStatus::Cancelled);
    let output = parse_response(&send(build_request(&input, &endpoint)?))?;
    println!("{:?}", output.protected_query.status);
    Ok(())
}
