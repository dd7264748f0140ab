//! moto does not check signatures, so the signature of a generated request is checked here
//! against botocore's own `SigV4Auth` (the pinned botocore, from the same venv as moto): the
//! same request, the same time, the same `Authorization` header.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_union_client::operation::{EndpointUrl, Operation, RequestContext};
use aws_union_client::sigv4::{sign_request, Credentials};
use aws_union_services::dynamodb::{AttributeValue, PutItem, PutItemInput};
use base64::Engine as _;

use crate::support::venv;

/// Signs the request given on standard input (JSON: method, url, headers, base64 body,
/// credentials, region, service, time) with botocore's `SigV4Auth`, and prints the
/// `Authorization` header it gives.
const BOTOCORE_SIGNS: &str = r#"
import base64, datetime, json, sys
import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
given = json.load(sys.stdin)
at = datetime.datetime.fromtimestamp(given["time"], datetime.timezone.utc)
botocore.auth.get_current_datetime = lambda *args, **kwargs: at
request = AWSRequest(method=given["method"], url=given["url"], headers=given["headers"],
                     data=base64.b64decode(given["body"]))
credentials = Credentials(given["access_key"], given["secret_key"], given["token"])
botocore.auth.SigV4Auth(credentials, given["service"], given["region"]).add_auth(request)
print(request.headers["Authorization"])
"#;

fn botocore_authorization(
    request: &http::Request<Vec<u8>>,
    credentials: &Credentials,
    time: u64,
) -> Option<String> {
    let venv = venv()?;
    // The headers our signature covers, but the signature itself.
    let headers: BTreeMap<&str, &str> = request
        .headers()
        .iter()
        .filter(|(name, _)| *name != "authorization")
        .map(|(name, value)| (name.as_str(), value.to_str().unwrap()))
        .collect();
    let given = serde_json::json!({
        "method": request.method().as_str(),
        "url": request.uri().to_string(),
        "headers": headers,
        "body": base64::engine::general_purpose::STANDARD.encode(request.body()),
        "access_key": credentials.access_key_id(),
        "secret_key": credentials.secret_access_key(),
        "token": credentials.session_token(),
        "region": "us-east-1",
        "service": "dynamodb",
        "time": time,
    });
    let mut child = Command::new(venv.python())
        .args(["-c", BOTOCORE_SIGNS])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the venv's python");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(given.to_string().as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "botocore failed: {output:?}");
    Some(String::from_utf8(output.stdout).unwrap().trim().to_owned())
}

fn signed_put_item(credentials: &Credentials, time: u64) -> http::Request<Vec<u8>> {
    let endpoint = EndpointUrl::parse("https://dynamodb.us-east-1.amazonaws.com").unwrap();
    let mut input = PutItemInput::default();
    input.table_name = Some("Music".into());
    input.item = Some(BTreeMap::from([
        (
            "Artist".to_owned(),
            AttributeValue::S("No One You Know".into()),
        ),
        (
            "Bytes".to_owned(),
            AttributeValue::B(vec![0, 159, 255].into()),
        ),
    ]));
    input.condition_expression = Some("attribute_not_exists(Artist)".into());
    let mut request = PutItem::build_request(&input, &RequestContext::new(&endpoint)).unwrap();
    let at = UNIX_EPOCH + Duration::from_secs(time);
    sign_request(&mut request, credentials, "us-east-1", "dynamodb", at).unwrap();
    request
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// Signs a generated request with `credentials` and checks that botocore signs it the same.
fn assert_botocore_signs_the_same(credentials: &Credentials) {
    let time = now();
    let request = signed_put_item(credentials, time);
    let Some(expected) = botocore_authorization(&request, credentials, time) else {
        return;
    };
    assert_eq!(request.headers()["authorization"], expected.as_str());
}

#[test]
fn a_generated_dynamodb_request_signed_by_the_client_verifies_with_botocores_sigv4auth() {
    assert_botocore_signs_the_same(&Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        None,
        None,
        "test",
    ));
}

#[test]
fn a_generated_request_signed_with_a_session_token_verifies_with_botocores_sigv4auth() {
    assert_botocore_signs_the_same(&Credentials::new(
        "ASIAEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        Some("FQoGZXIvYXdzEXAMPLETOKEN+/=".into()),
        None,
        "test",
    ));
}
