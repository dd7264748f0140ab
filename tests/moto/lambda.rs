//! Lambda (restJson1): members in URI labels (a function's name, an ARN), the query string
//! (`MaxItems`, `Marker`) and headers (`Retry-After`), the typed error of a missing function.
//! Creating, reading, listing and tagging need no Docker in moto (invoking would, and the only
//! operations that send members in request headers are the invocations).

use std::collections::{BTreeMap, BTreeSet};

use aws_union::Blob;
use aws_union_client::Config;
use aws_union_services::lambda::{
    Client, CreateFunctionRequest, FunctionCode, GetFunctionError, GetFunctionRequest,
    ListFunctionsRequest, ListTagsRequest, Runtime, TagResourceRequest, ThrottleReason,
};

use crate::canned::{Canned, CannedServer};
use crate::support::{client, moto, unique, REGION};
use crate::zip::zip_one_file;

/// The trust policy of a role Lambda may assume.
const TRUST_POLICY: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;

/// Creates an IAM role in moto with a form-encoded `CreateRole` (moto's Lambda wants the
/// function's role to exist) and returns its ARN.
async fn create_role(config: &Config, moto_url: &str) -> String {
    let body = format!(
        "Action=CreateRole&Version=2010-05-08&RoleName={}&AssumeRolePolicyDocument={}",
        unique("role"),
        form_encode(TRUST_POLICY)
    );
    // moto routes by the credential scope; it does not check the signature.
    let authorization = format!(
        "AWS4-HMAC-SHA256 Credential=testing/20250101/{REGION}/iam/aws4_request, \
         SignedHeaders=host, Signature=00"
    );
    let request = http::Request::post(format!("{moto_url}/"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("authorization", authorization)
        .body(body.into_bytes())
        .unwrap();
    let response = config.transport().send(request).await.unwrap();
    let text = String::from_utf8_lossy(response.body()).into_owned();
    assert_eq!(response.status(), 200, "CreateRole: {text}");
    let start = text.find("<Arn>").expect("the role's ARN") + "<Arn>".len();
    let end = start + text[start..].find("</Arn>").expect("the end of the ARN");
    text[start..end].to_owned()
}

/// `application/x-www-form-urlencoded` of `value`: unreserved bytes as they are, the rest
/// percent-encoded.
fn form_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The code of a function: `index.py` in a zip.
fn code() -> Vec<u8> {
    zip_one_file(
        "index.py",
        b"def handler(event, context):\n    return event\n",
    )
}

/// Creates a function named `name` (after its role) and returns its ARN.
async fn create_function(client: &Client, name: &str) -> String {
    let moto = moto().expect("a running moto");
    let role = create_role(client.client().config(), &moto.endpoint_url()).await;
    let input = CreateFunctionRequest::default()
        .function_name(name)
        .runtime(Runtime::Python3_12)
        .role(&role)
        .handler("index.handler")
        .code(FunctionCode::default().zip_file(Blob::new(code())))
        .description("made by a test");
    let output = client.create_function(input).await.unwrap();
    assert_eq!(output.function_name.as_deref(), Some(name));
    assert_eq!(output.role, Some(role));
    output.function_arn.expect("the function's ARN")
}

#[tokio::test]
async fn a_function_created_is_read_back_by_its_name_in_the_uri() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let name = unique("function");
    let arn = create_function(&client, &name).await;
    let input = GetFunctionRequest::default().function_name(&name);
    let output = client.get_function(input).await.unwrap();
    let configuration = output.configuration.expect("the function's configuration");
    assert_eq!(configuration.function_name, Some(name));
    assert_eq!(configuration.function_arn, Some(arn));
    assert_eq!(configuration.runtime, Some(Runtime::Python3_12));
    assert_eq!(configuration.handler.as_deref(), Some("index.handler"));
    assert_eq!(configuration.description.as_deref(), Some("made by a test"));
    assert_eq!(configuration.code_size, Some(code().len() as i64));
}

#[tokio::test]
async fn tags_set_through_an_arn_in_the_uri_are_listed_back() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let arn = create_function(&client, &unique("tagged")).await;
    let tags = BTreeMap::from([
        ("team".to_owned(), "storage".to_owned()),
        ("cost center".to_owned(), "a/b:c".to_owned()),
    ]);
    let mut tag = TagResourceRequest::default().resource(&arn);
    tag.tags = Some(tags.clone());
    client.tag_resource(tag).await.unwrap();
    let list = ListTagsRequest::default().resource(arn);
    let output = client.list_tags(list).await.unwrap();
    assert_eq!(output.tags, Some(tags));
}

#[tokio::test]
async fn list_functions_lists_every_function_created() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let mut created = BTreeSet::new();
    for _ in 0..3 {
        let name = unique("listed");
        create_function(&client, &name).await;
        created.insert(name);
    }
    let mut pages = client.list_functions_pages(ListFunctionsRequest::default().max_items(2));
    let mut listed = BTreeSet::new();
    while let Some(page) = pages.next().await {
        let functions = page.unwrap().functions.unwrap_or_default();
        listed.extend(functions.into_iter().filter_map(|f| f.function_name));
    }
    // moto 5.2.5 ignores `MaxItems` and answers every function in one page; AWS cuts pages
    // and names the next in `NextMarker`, which the next test checks on a canned server.
    assert!(
        listed.is_superset(&created),
        "{created:?} not all in {listed:?}"
    );
}

/// The query of a request target, as a set of `name=value` pairs.
fn query(target: &str) -> BTreeSet<String> {
    let query = target.split_once('?').map_or("", |(_, q)| q);
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn list_functions_pages_follow_next_marker_in_the_query_string() {
    let page = |names: &[&str], marker: Option<&str>| {
        let functions: Vec<String> = names
            .iter()
            .map(|n| format!(r#"{{"FunctionName":"{n}"}}"#))
            .collect();
        let marker = marker.map_or(String::new(), |m| format!(r#","NextMarker":"{m}""#));
        let body = format!(r#"{{"Functions":[{}]{marker}}}"#, functions.join(","));
        Canned::new(200, "application/json", body)
    };
    let server = CannedServer::start(vec![
        page(&["a", "b"], Some("after b")),
        page(&["c", "d"], Some("after d")),
        page(&["e"], None),
    ])
    .await;
    let config = Config::builder()
        .endpoint_url(server.url())
        .region(REGION)
        .credentials(aws_union_client::Credentials::new(
            "testing", "testing", None, None, "test",
        ))
        .build()
        .unwrap();
    let client = Client::new(&config).unwrap();
    let mut stream_of_pages =
        client.list_functions_pages(ListFunctionsRequest::default().max_items(2));
    let mut pages = Vec::new();
    while let Some(page) = stream_of_pages.next().await {
        let functions = page.unwrap().functions.unwrap_or_default();
        let names: Vec<String> = functions
            .into_iter()
            .filter_map(|f| f.function_name)
            .collect();
        pages.push(names);
    }
    assert_eq!(pages, [vec!["a", "b"], vec!["c", "d"], vec!["e"]]);
    let requests = server.received();
    let targets: Vec<(&str, BTreeSet<String>)> = requests
        .iter()
        .map(|r| (r.target.split('?').next().unwrap(), query(&r.target)))
        .collect();
    let expected = |q: &[&str]| q.iter().map(|s| (*s).to_owned()).collect::<BTreeSet<_>>();
    assert_eq!(
        targets,
        [
            ("/2015-03-31/functions", expected(&["MaxItems=2"])),
            (
                "/2015-03-31/functions",
                expected(&["MaxItems=2", "Marker=after%20b"])
            ),
            (
                "/2015-03-31/functions",
                expected(&["MaxItems=2", "Marker=after%20d"])
            ),
        ]
    );
    assert!(requests.iter().all(|r| r.method == "GET"));
}

#[tokio::test]
async fn a_missing_function_is_the_typed_resource_not_found_exception() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let input = GetFunctionRequest::default().function_name(unique("missing"));
    let error = client.get_function(input).await.unwrap_err();
    let service = error.as_service_error().expect("a service error");
    assert!(
        service.kind().is_resource_not_found_exception(),
        "{error:?}"
    );
    assert_eq!(service.status(), 404);
}

#[tokio::test]
async fn an_error_member_bound_to_a_header_is_read_from_the_header() {
    // moto never throttles: a loopback server answers as Lambda does when it throttles.
    let body = r#"{"Type":"User","message":"Rate exceeded","Reason":"CallerRateLimitExceeded"}"#;
    let throttled = Canned::new(429, "application/json", body)
        .header("x-amzn-errortype", "TooManyRequestsException")
        .header("retry-after", "7");
    let server = CannedServer::start(vec![throttled]).await;
    let config = Config::builder()
        .endpoint_url(server.url())
        .region(REGION)
        .credentials(aws_union_client::Credentials::new(
            "testing", "testing", None, None, "test",
        ))
        .retry_config(aws_union_client::retry::RetryConfig::disabled())
        .build()
        .unwrap();
    let client = Client::new(&config).unwrap();
    let input = GetFunctionRequest::default()
        .function_name("arn:aws:lambda:us-east-1:123456789012:function:f")
        .qualifier("$LATEST");
    let error = client.get_function(input).await.unwrap_err();
    let service = error.as_service_error().expect("a service error");
    let GetFunctionError::TooManyRequestsException(throttled) = service.kind() else {
        panic!("{error:?}")
    };
    assert_eq!(throttled.retry_after_seconds.as_deref(), Some("7"));
    assert_eq!(throttled.r#type.as_deref(), Some("User"));
    assert_eq!(
        throttled.reason,
        Some(ThrottleReason::CallerRateLimitExceeded)
    );
    // The ARN in the label, percent-encoded; the qualifier in the query string.
    assert_eq!(
        server.received()[0].target,
        "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Af?Qualifier=%24LATEST"
    );
}
