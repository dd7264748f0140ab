//! The generic service client: one `Config` for many services, any `Operation` called through
//! it, the service's endpoint rules resolved once per client, and the errors of a call
//! separated by where they happened. A made-up queue service with a rule set in the AWS
//! style, two operations, and an in-memory transport that records what it was sent.
#![cfg(feature = "client")]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex};

use aws_union_client::client::provider::{future, ProvideCredentials};
use aws_union_client::endpoint::ParamValue;
use aws_union_client::operation::{
    IdempotencyTokens, InputError, InputErrorKind, Operation, RequestContext, ResponseError,
    ServiceInfo, Unhandled,
};
use aws_union_client::protocol::body::{read_json, write_json};
use aws_union_client::protocol::response::check_status;
use aws_union_client::protocol::rpc::aws_json_request;
use aws_union_client::protocol::Protocol;
use aws_union_client::retry::RetryConfig;
use aws_union_client::{
    BuildError, Client, Config, ConfigBuilder, Credentials, EndpointError, Error, Transport,
    TransportFuture,
};

/// The queue service's rules: a custom endpoint as given (not with FIPS or dual-stack), a
/// global endpoint signed for `us-east-1` under another signing name, a queue's own host when
/// an operation names a queue, else the regional, FIPS and dual-stack hosts.
const RULES: &str = r#"{"version": "1.0",
  "parameters": {
    "Region": {"type": "String", "builtIn": "AWS::Region"},
    "UseFIPS": {"type": "Boolean", "builtIn": "AWS::UseFIPS", "required": true, "default": false},
    "UseDualStack": {"type": "Boolean", "builtIn": "AWS::UseDualStack", "required": true, "default": false},
    "Endpoint": {"type": "String", "builtIn": "SDK::Endpoint"},
    "QueueName": {"type": "String"}},
  "rules": [
    {"type": "tree", "conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}], "rules": [
      {"type": "error", "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}],
       "error": "Invalid Configuration: FIPS and custom endpoint are not supported"},
      {"type": "error", "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseDualStack"}, true]}],
       "error": "Invalid Configuration: Dualstack and custom endpoint are not supported"},
      {"type": "endpoint", "conditions": [], "endpoint": {"url": {"ref": "Endpoint"}}}]},
    {"type": "tree", "conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]},
                                    {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"}], "rules": [
      {"type": "endpoint", "conditions": [{"fn": "stringEquals", "argv": [{"ref": "Region"}, "aws-global"]}],
       "endpoint": {"url": "https://queue.amazonaws.com", "properties": {"authSchemes": [
         {"name": "sigv4a", "signingName": "queue-a"},
         {"name": "sigv4", "signingName": "queue-global", "signingRegion": "us-east-1"}]}}},
      {"type": "endpoint", "conditions": [{"fn": "isSet", "argv": [{"ref": "QueueName"}]},
                                          {"fn": "isValidHostLabel", "argv": [{"ref": "QueueName"}, false]}],
       "endpoint": {"url": "https://{QueueName}.queue.{Region}.{P#dnsSuffix}"}},
      {"type": "error", "conditions": [{"fn": "isSet", "argv": [{"ref": "QueueName"}]}],
       "error": "QueueName must be a valid host label"},
      {"type": "endpoint", "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]},
                                          {"fn": "booleanEquals", "argv": [{"ref": "UseDualStack"}, true]}],
       "endpoint": {"url": "https://queue-fips.{Region}.{P#dualStackDnsSuffix}"}},
      {"type": "endpoint", "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}],
       "endpoint": {"url": "https://queue-fips.{Region}.{P#dnsSuffix}"}},
      {"type": "endpoint", "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseDualStack"}, true]}],
       "endpoint": {"url": "https://queue.{Region}.{P#dualStackDnsSuffix}"}},
      {"type": "endpoint", "conditions": [], "endpoint": {"url": "https://queue.{Region}.{P#dnsSuffix}"}}]},
    {"type": "error", "conditions": [], "error": "Invalid Configuration: Missing Region"}]}"#;

/// A second service, for the configuration shared by many.
const OTHER_RULES: &str = r#"{"version": "1.0",
  "parameters": {"Region": {"type": "String", "builtIn": "AWS::Region"},
                 "Endpoint": {"type": "String", "builtIn": "SDK::Endpoint"}},
  "rules": [
    {"type": "endpoint", "conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}],
     "endpoint": {"url": {"ref": "Endpoint"}}},
    {"type": "endpoint", "conditions": [], "endpoint": {"url": "https://table.{Region}.amazonaws.com"}}]}"#;

fn service(service_id: &'static str, signing_name: &'static str, rules: &str) -> ServiceInfo {
    let compact = aws_union_codegen::endpoint_rules::compact_rule_set(rules, service_id).unwrap();
    ServiceInfo {
        service_id,
        signing_name,
        protocol: Protocol::AwsJson1_0,
        endpoint_rules: Box::leak(compact.into_boxed_slice()),
    }
}

static QUEUE: LazyLock<ServiceInfo> = LazyLock::new(|| service("Example Queue", "queue", RULES));
static TABLE: LazyLock<ServiceInfo> =
    LazyLock::new(|| service("Example Table", "table", OTHER_RULES));

/// `SendMessage`: a message to a queue named by the input (its own endpoint) or to the
/// service's, with an idempotency token, on the `data-` host when asked.
struct SendMessage;

#[derive(Default)]
struct SendMessageInput {
    queue: Option<String>,
    body: String,
    token: Option<String>,
    data_plane: bool,
}

#[derive(serde::Deserialize, Debug, PartialEq)]
struct SendMessageOutput {
    #[serde(rename = "MessageId")]
    id: String,
}

impl Operation for SendMessage {
    type Input = SendMessageInput;
    type Output = SendMessageOutput;
    type Error = Unhandled;
    const NAME: &'static str = "SendMessage";
    const SERVICE: &'static ServiceInfo = &QUEUE_REF;

    fn build_request(
        input: &SendMessageInput,
        context: &RequestContext<'_>,
    ) -> Result<http::Request<Vec<u8>>, InputError> {
        if input.body.is_empty() {
            return Err(InputError::new(Self::NAME, "Body", InputErrorKind::Missing));
        }
        let token = input
            .token
            .clone()
            .unwrap_or_else(|| context.tokens.next_token());
        let body = write_json(
            Self::NAME,
            &serde_json::json!({"Body": input.body, "Token": token}),
        )?;
        let mut parts = aws_json_request(Protocol::AwsJson1_0, "Queue", Self::NAME, false, body);
        if input.data_plane {
            parts.host_prefix = Some("data-".into());
        }
        parts.into_request(context)
    }

    fn parse_response(
        response: &http::Response<Vec<u8>>,
    ) -> Result<SendMessageOutput, ResponseError<Unhandled>> {
        check_status(Protocol::AwsJson1_0, Self::NAME, response)?;
        Ok(read_json(Self::NAME, response)?)
    }

    fn endpoint_params(input: &SendMessageInput) -> Vec<(&'static str, ParamValue)> {
        match &input.queue {
            Some(queue) => vec![("QueueName", queue.as_str().into())],
            None => Vec::new(),
        }
    }
}

/// The services as operations name them (`Operation::SERVICE` is a constant; the clients are
/// built with the full `ServiceInfo`s above, rules included).
static QUEUE_REF: ServiceInfo = ServiceInfo {
    service_id: "Example Queue",
    signing_name: "queue",
    protocol: Protocol::AwsJson1_0,
    endpoint_rules: &[],
};
static TABLE_REF: ServiceInfo = ServiceInfo {
    service_id: "Example Table",
    ..QUEUE_REF
};

/// The request of a body-less awsJson operation `operation` of `target`.
fn bodiless(
    target: &str,
    operation: &'static str,
    context: &RequestContext<'_>,
) -> Result<http::Request<Vec<u8>>, InputError> {
    aws_json_request(
        Protocol::AwsJson1_0,
        target,
        operation,
        false,
        b"{}".to_vec(),
    )
    .into_request(context)
}

/// `GetRow`: an operation of the table service.
struct GetRow;

impl Operation for GetRow {
    type Input = ();
    type Output = ();
    type Error = Unhandled;
    const NAME: &'static str = "GetRow";
    const SERVICE: &'static ServiceInfo = &TABLE_REF;

    fn build_request(
        _input: &(),
        context: &RequestContext<'_>,
    ) -> Result<http::Request<Vec<u8>>, InputError> {
        bodiless("Table", Self::NAME, context)
    }

    fn parse_response(response: &http::Response<Vec<u8>>) -> Result<(), ResponseError<Unhandled>> {
        check_status(Protocol::AwsJson1_0, Self::NAME, response)
    }
}

/// `Ping`: an operation the model marks `authtype: none`, sent unsigned.
struct Ping;

impl Operation for Ping {
    type Input = ();
    type Output = ();
    type Error = Unhandled;
    const NAME: &'static str = "Ping";
    const SERVICE: &'static ServiceInfo = &QUEUE_REF;
    const SIGNED: bool = false;

    fn build_request(
        _input: &(),
        context: &RequestContext<'_>,
    ) -> Result<http::Request<Vec<u8>>, InputError> {
        bodiless("Queue", Self::NAME, context)
    }

    fn parse_response(response: &http::Response<Vec<u8>>) -> Result<(), ResponseError<Unhandled>> {
        check_status(Protocol::AwsJson1_0, Self::NAME, response)
    }
}

/// Answers every request with `status` and `body`, and keeps what it was sent.
#[derive(Debug, Clone)]
struct Recorder {
    sent: Arc<Mutex<Vec<http::Request<Vec<u8>>>>>,
    status: u16,
    body: &'static str,
}

impl Recorder {
    fn answering(status: u16, body: &'static str) -> Self {
        Self {
            sent: Arc::default(),
            status,
            body,
        }
    }

    fn ok() -> Self {
        Self::answering(200, r#"{"MessageId": "m-1"}"#)
    }

    fn sent(&self) -> Vec<http::Request<Vec<u8>>> {
        self.sent.lock().unwrap().clone()
    }
}

impl Transport for Recorder {
    fn send(&self, request: http::Request<Vec<u8>>) -> TransportFuture<'_> {
        self.sent.lock().unwrap().push(request);
        let response = http::Response::builder()
            .status(self.status)
            .header("x-amzn-requestid", "r-1")
            .body(bytes::Bytes::from_static(self.body.as_bytes()))
            .unwrap();
        Box::pin(async move { Ok(response) })
    }
}

/// Static credentials that count how often they are asked for.
#[derive(Debug, Clone, Default)]
struct Counting(Arc<AtomicUsize>);

impl ProvideCredentials for Counting {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        self.0.fetch_add(1, Ordering::SeqCst);
        future::ProvideCredentials::ready(Ok(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            None,
            None,
            "test",
        )))
    }
}

fn builder(transport: &Recorder) -> ConfigBuilder {
    Config::builder()
        .region("eu-west-1")
        .credentials_provider(Counting::default())
        .transport(transport.clone())
        .retry_config(RetryConfig::disabled())
}

fn message(body: &str) -> SendMessageInput {
    SendMessageInput {
        body: body.into(),
        ..SendMessageInput::default()
    }
}

fn authorization(request: &http::Request<Vec<u8>>) -> &str {
    request.headers()["authorization"].to_str().unwrap()
}

#[tokio::test]
async fn a_call_of_any_operation_goes_to_the_resolved_endpoint_signed_for_the_service() {
    let transport = Recorder::ok();
    let client = Client::new(&builder(&transport).build().unwrap(), &QUEUE).unwrap();
    let output = client.call::<SendMessage>(&message("hello")).await.unwrap();
    assert_eq!(output.id, "m-1");
    let sent = &transport.sent()[0];
    assert_eq!(sent.uri(), "https://queue.eu-west-1.amazonaws.com/");
    assert_eq!(sent.headers()["x-amz-target"], "Queue.SendMessage");
    assert!(
        authorization(sent).contains("/eu-west-1/queue/aws4_request"),
        "{}",
        authorization(sent)
    );
}

#[tokio::test]
async fn a_parameter_set_is_resolved_once_per_client_not_per_call() {
    let transport = Recorder::ok();
    let client = Client::new(&builder(&transport).build().unwrap(), &QUEUE).unwrap();
    assert_eq!(client.endpoint_resolutions(), 1, "resolved when built");
    for _ in 0..5 {
        client.call::<SendMessage>(&message("hello")).await.unwrap();
    }
    assert_eq!(client.endpoint_resolutions(), 1, "no call resolved again");
    // An operation's own parameters: each distinct set once, then from the cache.
    for queue in ["orders", "orders", "invoices", "orders"] {
        let input = SendMessageInput {
            queue: Some(queue.into()),
            ..message("hello")
        };
        client.call::<SendMessage>(&input).await.unwrap();
    }
    assert_eq!(client.endpoint_resolutions(), 3);
    let hosts: Vec<String> = transport
        .sent()
        .iter()
        .map(|r| r.uri().host().unwrap().to_owned())
        .collect();
    assert_eq!(hosts[5], "orders.queue.eu-west-1.amazonaws.com");
    assert_eq!(hosts[7], "invoices.queue.eu-west-1.amazonaws.com");
}

#[tokio::test]
async fn fips_and_dual_stack_are_built_ins_of_every_service_s_rules() {
    let transport = Recorder::ok();
    let config = builder(&transport)
        .use_fips(true)
        .use_dual_stack(true)
        .build()
        .unwrap();
    let client = Client::new(&config, &QUEUE).unwrap();
    assert_eq!(
        client.endpoint().as_str(),
        "https://queue-fips.eu-west-1.api.aws"
    );
}

#[tokio::test]
async fn the_endpoint_s_sigv4_auth_scheme_sets_the_signing_name_and_region() {
    let transport = Recorder::ok();
    let config = builder(&transport).region("aws-global").build().unwrap();
    let client = Client::new(&config, &QUEUE).unwrap();
    assert_eq!(client.signing_region(), "us-east-1");
    client.call::<SendMessage>(&message("hello")).await.unwrap();
    let sent = &transport.sent()[0];
    assert_eq!(sent.uri().host(), Some("queue.amazonaws.com"));
    assert!(
        authorization(sent).contains("/us-east-1/queue-global/aws4_request"),
        "{}",
        authorization(sent)
    );
}

#[tokio::test]
async fn one_config_serves_many_services_with_one_transport_and_one_identity_cache() {
    let transport = Recorder::ok();
    let credentials = Counting::default();
    let config = builder(&transport)
        .credentials_provider(credentials.clone())
        .build()
        .unwrap();
    let queue = Client::new(&config, &QUEUE).unwrap();
    let table = Client::new(&config, &TABLE).unwrap();
    queue.call::<SendMessage>(&message("a")).await.unwrap();
    table.call::<GetRow>(&()).await.unwrap();
    queue.call::<SendMessage>(&message("c")).await.unwrap();
    let hosts: Vec<String> = transport
        .sent()
        .iter()
        .map(|r| r.uri().host().unwrap().to_owned())
        .collect();
    assert_eq!(
        hosts,
        [
            "queue.eu-west-1.amazonaws.com",
            "table.eu-west-1.amazonaws.com",
            "queue.eu-west-1.amazonaws.com"
        ]
    );
    assert_eq!(
        credentials.0.load(Ordering::SeqCst),
        1,
        "one load for every client"
    );
    assert!(authorization(&transport.sent()[1]).contains("/eu-west-1/table/aws4_request"));
}

#[tokio::test]
async fn a_service_s_own_endpoint_variable_wins_over_aws_endpoint_url() {
    let transport = Recorder::ok();
    let config = ConfigBuilder::from_env_with(|name| match name {
        "AWS_REGION" => Some("eu-west-1".into()),
        "AWS_ACCESS_KEY_ID" => Some("AKIDEXAMPLE".into()),
        "AWS_SECRET_ACCESS_KEY" => Some("secret".into()),
        "AWS_ENDPOINT_URL" => Some("http://127.0.0.1:4566".into()),
        "AWS_ENDPOINT_URL_EXAMPLE_QUEUE" => Some("http://127.0.0.1:9324".into()),
        _ => None,
    })
    .transport(transport.clone())
    .build()
    .unwrap();
    let queue = Client::new(&config, &QUEUE).unwrap();
    let table = Client::new(&config, &TABLE).unwrap();
    assert_eq!(queue.endpoint().as_str(), "http://127.0.0.1:9324");
    assert_eq!(table.endpoint().as_str(), "http://127.0.0.1:4566");
}

#[test]
fn a_custom_endpoint_with_fips_is_a_build_error_from_the_service_s_rules() {
    let transport = Recorder::ok();
    let config = builder(&transport)
        .endpoint_url("http://127.0.0.1:9324")
        .use_fips(true)
        .build()
        .unwrap();
    let error = Client::new(&config, &QUEUE).unwrap_err();
    assert!(
        matches!(error, BuildError::Endpoint(EndpointError::Rules(_))),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "Invalid Configuration: FIPS and custom endpoint are not supported"
    );
}

#[test]
fn a_custom_endpoint_that_is_not_a_url_is_a_build_error_naming_it() {
    let transport = Recorder::ok();
    let config = builder(&transport)
        .endpoint_url("localhost:9324")
        .build()
        .unwrap();
    let error = Client::new(&config, &QUEUE).unwrap_err();
    assert!(
        matches!(error, BuildError::Endpoint(EndpointError::Url(_))),
        "{error:?}"
    );
    assert!(error.to_string().contains("`localhost:9324`"), "{error}");
}

#[tokio::test]
async fn an_operation_s_endpoint_error_fails_the_call_before_anything_is_sent() {
    let transport = Recorder::ok();
    let client = Client::new(&builder(&transport).build().unwrap(), &QUEUE).unwrap();
    let input = SendMessageInput {
        queue: Some("not a host".into()),
        ..message("hello")
    };
    let error = client.call::<SendMessage>(&input).await.unwrap_err();
    assert!(matches!(error, Error::Endpoint(_)), "{error:?}");
    assert_eq!(error.to_string(), "QueueName must be a valid host label");
    assert!(transport.sent().is_empty());
}

#[tokio::test]
async fn an_invalid_input_fails_the_call_before_anything_is_sent() {
    let transport = Recorder::ok();
    let client = Client::new(&builder(&transport).build().unwrap(), &QUEUE).unwrap();
    let error = client.call::<SendMessage>(&message("")).await.unwrap_err();
    let Error::InvalidInput(input) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(input.member(), "Body");
    assert!(transport.sent().is_empty());
}

#[tokio::test]
async fn a_service_error_keeps_its_code_and_says_whether_it_is_retried() {
    let transport = Recorder::answering(
        400,
        r#"{"__type": "ThrottlingException", "message": "slow down"}"#,
    );
    let client = Client::new(&builder(&transport).build().unwrap(), &QUEUE).unwrap();
    let error = client.call::<SendMessage>(&message("a")).await.unwrap_err();
    let service = error.as_service_error().expect("a service error");
    assert_eq!(service.code(), Some("ThrottlingException"));
    assert_eq!(service.kind().message(), Some("slow down"));
    assert!(error.is_throttling() && error.is_retryable());
    assert_eq!(error.request_id(), Some("r-1"));
}

#[tokio::test]
async fn a_2xx_body_that_is_not_the_output_is_a_decode_error_naming_its_path() {
    let transport = Recorder::answering(200, r#"{"MessageId": 5}"#);
    let client = Client::new(&builder(&transport).build().unwrap(), &QUEUE).unwrap();
    let error = client.call::<SendMessage>(&message("a")).await.unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(decode.path(), "MessageId");
    assert_eq!(decode.operation(), "SendMessage");
}

#[tokio::test]
async fn an_unsigned_operation_is_sent_without_credentials_or_signature() {
    let transport = Recorder::answering(200, "{}");
    let credentials = Counting::default();
    let config = builder(&transport)
        .credentials_provider(credentials.clone())
        .build()
        .unwrap();
    let client = Client::new(&config, &QUEUE).unwrap();
    client.call::<Ping>(&()).await.unwrap();
    let sent = &transport.sent()[0];
    assert!(sent.headers().get("authorization").is_none());
    assert!(sent.headers().get("x-amz-date").is_none());
    assert_eq!(credentials.0.load(Ordering::SeqCst), 0);
}

#[derive(Debug)]
struct Fixed;

impl IdempotencyTokens for Fixed {
    fn next_token(&self) -> String {
        "00000000-0000-4000-8000-000000000001".into()
    }
}

#[tokio::test]
async fn idempotency_tokens_come_from_the_configured_source() {
    let transport = Recorder::ok();
    let config = builder(&transport)
        .idempotency_tokens(Fixed)
        .build()
        .unwrap();
    let client = Client::new(&config, &QUEUE).unwrap();
    client.call::<SendMessage>(&message("a")).await.unwrap();
    let body: serde_json::Value = serde_json::from_slice(transport.sent()[0].body()).unwrap();
    assert_eq!(body["Token"], "00000000-0000-4000-8000-000000000001");
}

#[tokio::test]
async fn host_prefixes_are_injected_unless_the_config_turns_them_off() {
    let transport = Recorder::ok();
    let input = SendMessageInput {
        data_plane: true,
        ..message("a")
    };
    for (disable, host) in [
        (false, "data-queue.eu-west-1.amazonaws.com"),
        (true, "queue.eu-west-1.amazonaws.com"),
    ] {
        let config = builder(&transport)
            .disable_host_prefix_injection(disable)
            .build()
            .unwrap();
        let client = Client::new(&config, &QUEUE).unwrap();
        client.call::<SendMessage>(&input).await.unwrap();
        let sent = transport.sent();
        assert_eq!(sent.last().unwrap().uri().host(), Some(host));
    }
}

#[tokio::test]
async fn an_operation_of_another_service_is_refused_before_anything_is_sent() {
    let transport = Recorder::ok();
    let table = Client::new(&builder(&transport).build().unwrap(), &TABLE).unwrap();
    let error = table.call::<SendMessage>(&message("a")).await.unwrap_err();
    assert!(
        matches!(error, Error::Endpoint(EndpointError::OtherService { .. })),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "SendMessage is an operation of Example Queue, not of Example Table: call it through a client of Example Queue"
    );
    assert!(transport.sent().is_empty());
}

#[test]
fn a_region_that_is_not_a_host_label_is_refused_when_the_config_is_built() {
    let transport = Recorder::ok();
    let error = builder(&transport)
        .region("eu-west-1.evil.example")
        .build()
        .unwrap_err();
    assert!(
        matches!(error, BuildError::InvalidRegion { .. }),
        "{error:?}"
    );
}

#[tokio::test]
async fn requests_name_the_client_in_the_user_agent_unless_a_service_crate_names_itself() {
    let transport = Recorder::ok();
    let config = builder(&transport).build().unwrap();
    let plain = Client::new(&config, &QUEUE).unwrap();
    let named = Client::with_user_agent(&config, &QUEUE, "queue-crate/2.0").unwrap();
    plain.call::<SendMessage>(&message("a")).await.unwrap();
    named.call::<SendMessage>(&message("b")).await.unwrap();
    let sent = transport.sent();
    assert_eq!(
        sent[0].headers()["user-agent"],
        concat!("aws-union-client/", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(sent[1].headers()["user-agent"], "queue-crate/2.0");
    let error = Client::with_user_agent(&config, &QUEUE, "line\nbreak").unwrap_err();
    assert!(matches!(error, BuildError::UserAgent { .. }), "{error:?}");
}
