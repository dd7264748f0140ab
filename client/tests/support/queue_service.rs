//! A made-up queue service for the generic client's tests: a rule set in the AWS style, a
//! second (table) service, three operations, an in-memory transport that records what it was
//! sent, and credentials that count how often they are asked for.
// Each test file uses part of it.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex};

use aws_union_client::client::provider::{future, ProvideCredentials};
use aws_union_client::endpoint::ParamValue;
use aws_union_client::operation::{
    InputError, InputErrorKind, Operation, RequestContext, ResponseError, ServiceInfo, Unhandled,
};
use aws_union_client::protocol::body::{read_json, write_json};
use aws_union_client::protocol::response::check_status;
use aws_union_client::protocol::rpc::aws_json_request;
use aws_union_client::protocol::Protocol;
use aws_union_client::retry::RetryConfig;
use aws_union_client::{Config, ConfigBuilder, Credentials, Transport, TransportFuture};

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

pub fn service(service_id: &'static str, signing_name: &'static str, rules: &str) -> ServiceInfo {
    let compact = aws_union_codegen::endpoint_rules::compact_rule_set(rules, service_id).unwrap();
    ServiceInfo {
        service_id,
        signing_name,
        protocol: Protocol::AwsJson1_0,
        endpoint_rules: Box::leak(compact.into_boxed_slice()),
    }
}

pub static QUEUE: LazyLock<ServiceInfo> =
    LazyLock::new(|| service("Example Queue", "queue", RULES));
pub static TABLE: LazyLock<ServiceInfo> =
    LazyLock::new(|| service("Example Table", "table", OTHER_RULES));

/// `SendMessage`: a message to a queue named by the input (its own endpoint) or to the
/// service's, with an idempotency token, on the `data-` host when asked.
pub struct SendMessage;

#[derive(Default)]
pub struct SendMessageInput {
    pub queue: Option<String>,
    pub body: String,
    pub token: Option<String>,
    pub data_plane: bool,
}

#[derive(serde::Deserialize, Debug, PartialEq)]
pub struct SendMessageOutput {
    #[serde(rename = "MessageId")]
    pub id: String,
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
pub static QUEUE_REF: ServiceInfo = ServiceInfo {
    service_id: "Example Queue",
    signing_name: "queue",
    protocol: Protocol::AwsJson1_0,
    endpoint_rules: &[],
};
pub static TABLE_REF: ServiceInfo = ServiceInfo {
    service_id: "Example Table",
    ..QUEUE_REF
};

/// The request of a body-less awsJson operation `operation` of `target`.
pub fn bodiless(
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
pub struct GetRow;

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
pub struct Ping;

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
pub struct Recorder {
    sent: Arc<Mutex<Vec<http::Request<Vec<u8>>>>>,
    status: u16,
    body: &'static str,
}

impl Recorder {
    pub fn answering(status: u16, body: &'static str) -> Self {
        Self {
            sent: Arc::default(),
            status,
            body,
        }
    }

    pub fn ok() -> Self {
        Self::answering(200, r#"{"MessageId": "m-1"}"#)
    }

    pub fn sent(&self) -> Vec<http::Request<Vec<u8>>> {
        self.sent.lock().unwrap().clone()
    }

    /// The host of each request sent, in order.
    pub fn hosts(&self) -> Vec<String> {
        self.sent()
            .iter()
            .map(|r| r.uri().host().unwrap().to_owned())
            .collect()
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
pub struct Counting(pub Arc<AtomicUsize>);

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

pub fn builder(transport: &Recorder) -> ConfigBuilder {
    Config::builder()
        .region("eu-west-1")
        .credentials_provider(Counting::default())
        .transport(transport.clone())
        .retry_config(RetryConfig::disabled())
}

pub fn message(body: &str) -> SendMessageInput {
    SendMessageInput {
        body: body.into(),
        ..SendMessageInput::default()
    }
}

/// Asserts that `request` is signed with a credential scope ending in `scope`
/// (`/eu-west-1/queue/aws4_request`).
pub fn assert_signed_for(request: &http::Request<Vec<u8>>, scope: &str) {
    let authorization = request.headers()["authorization"].to_str().unwrap();
    assert!(authorization.contains(scope), "{authorization}");
}
