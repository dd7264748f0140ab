//! aws-union-client's pure part in use: an endpoint resolved by the rules engine, an error
//! response read and classified for retries.

use aws_union_client::endpoint::{Params, RuleSet};
use aws_union_client::protocol::{ErrorMetadata, Protocol};
use aws_union_client::retry::classify_metadata;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rules = RuleSet::from_json(
        r#"{"version": "1.0", "parameters": {"Region": {"type": "string", "builtIn": "AWS::Region"}},
            "rules": [{"type": "tree", "conditions": [{"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"}],
                       "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://svc.{Region}.{P#dnsSuffix}"}}]}]}"#,
    )?;
    let endpoint = rules.resolve(&Params::new().with_builtin("AWS::Region", "eu-west-1"))?;
    let body = br#"{"__type": "ThrottlingException", "message": "slow down"}"#;
    let meta = ErrorMetadata::read(Protocol::AwsJson1_0, &http::HeaderMap::new(), body);
    let kind = classify_metadata(http::StatusCode::BAD_REQUEST, &meta);
    println!("{} {kind:?}", endpoint.url());
    Ok(())
}
