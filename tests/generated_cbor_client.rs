//! rpcv2Cbor end to end on loopback: moto has no CBOR at all, so a local server answers a
//! generated CloudWatch client (`aws-union-services`' `cloudwatch`, generated with
//! `--protocol cbor`) with CBOR, as CloudWatch does, and the client returns the typed output
//! and the typed error.

#[path = "client_support/canned.rs"]
mod canned;

use aws_union_client::{Client, Config, Credentials};
use aws_union_services::cloudwatch::{ListMetrics, ListMetricsError, ListMetricsInput, SERVICE};
use canned::{Canned, CannedServer, Received};
use ciborium::Value;

fn map(entries: Vec<(&str, Value)>) -> Value {
    Value::Map(
        entries
            .into_iter()
            .map(|(k, v)| (Value::Text(k.to_owned()), v))
            .collect(),
    )
}

fn text(value: &str) -> Value {
    Value::Text(value.to_owned())
}

fn cbor(value: &Value) -> Vec<u8> {
    let mut bytes = Vec::new();
    ciborium::into_writer(value, &mut bytes).unwrap();
    bytes
}

/// A CBOR answer of `status`, with the headers rpcv2Cbor responses carry.
fn answer(status: u16, body: &Value) -> Canned {
    Canned::new(status, "application/cbor", cbor(body)).header("smithy-protocol", "rpc-v2-cbor")
}

async fn list_metrics(
    server: &CannedServer,
) -> Result<
    aws_union_services::cloudwatch::ListMetricsOutput,
    aws_union_client::Error<ListMetricsError>,
> {
    let config = Config::builder()
        .endpoint_url(server.url())
        .region("us-east-1")
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "secret",
            None,
            None,
            "test",
        ))
        .build()
        .unwrap();
    let client = Client::new(&config, &SERVICE).unwrap();
    let mut input = ListMetricsInput::default();
    input.namespace = Some("AWS/EC2".into());
    input.metric_name = Some("CPUUtilization".into());
    client.call::<ListMetrics>(&input).await
}

/// The request is rpcv2Cbor's: the operation in the path, CBOR both ways, the input in the
/// body.
fn assert_is_rpcv2_cbor(request: &Received) {
    assert_eq!(request.method, "POST");
    assert_eq!(
        request.target,
        "/service/GraniteServiceVersion20100801/operation/ListMetrics"
    );
    assert_eq!(request.header("smithy-protocol"), Some("rpc-v2-cbor"));
    assert_eq!(request.header("content-type"), Some("application/cbor"));
    assert_eq!(request.header("accept"), Some("application/cbor"));
    let body: Value = ciborium::from_reader(&request.body[..]).expect("a CBOR body");
    assert_eq!(
        body,
        map(vec![
            ("Namespace", text("AWS/EC2")),
            ("MetricName", text("CPUUtilization")),
        ])
    );
}

#[tokio::test]
async fn a_cbor_answer_is_the_typed_output() {
    let metric = map(vec![
        ("Namespace", text("AWS/EC2")),
        ("MetricName", text("CPUUtilization")),
        (
            "Dimensions",
            Value::Array(vec![map(vec![
                ("Name", text("InstanceId")),
                ("Value", text("i-1234567890abcdef0")),
            ])]),
        ),
    ]);
    let body = map(vec![
        ("Metrics", Value::Array(vec![metric])),
        ("NextToken", text("page 2")),
    ]);
    let server = CannedServer::start(vec![answer(200, &body)]).await;
    let output = list_metrics(&server).await.unwrap();
    assert_eq!(output.next_token.as_deref(), Some("page 2"));
    let metrics = output.metrics.expect("the metrics");
    assert_eq!(metrics.len(), 1);
    assert_eq!(metrics[0].namespace.as_deref(), Some("AWS/EC2"));
    assert_eq!(metrics[0].metric_name.as_deref(), Some("CPUUtilization"));
    let dimensions = metrics[0].dimensions.as_ref().expect("the dimensions");
    assert_eq!(dimensions[0].name, "InstanceId");
    assert_eq!(dimensions[0].value, "i-1234567890abcdef0");
    assert_is_rpcv2_cbor(&server.received()[0]);
}

#[tokio::test]
async fn a_cbor_error_is_the_typed_error_with_its_query_compatible_code() {
    let body = map(vec![
        (
            "__type",
            text("com.amazonaws.cloudwatch#InvalidParameterValueException"),
        ),
        ("message", text("The namespace is bad")),
    ]);
    let server = CannedServer::start(vec![
        answer(400, &body).header("x-amzn-query-error", "InvalidParameterValue;Sender")
    ])
    .await;
    let error = list_metrics(&server).await.unwrap_err();
    let service = error.as_service_error().expect("a service error");
    let ListMetricsError::InvalidParameterValueException(typed) = service.kind() else {
        panic!("{error:?}")
    };
    assert_eq!(typed.message.as_deref(), Some("The namespace is bad"));
    assert_eq!(service.code(), Some("InvalidParameterValue"));
    assert_eq!(service.status(), 400);
    assert_is_rpcv2_cbor(&server.received()[0]);
}
