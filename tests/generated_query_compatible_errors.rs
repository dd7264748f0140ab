//! A query-compatible service's error as AWS sends it (SQS: the shape's name in `__type`, the
//! former awsQuery code in `x-amzn-query-error`) reads as the modelled error, with the query
//! code as its code. moto sends the same; this checks it without a server.

use aws_union_client::operation::Operation;
use aws_union_services::cloudwatch::{ListMetrics, ListMetricsError};
use aws_union_services::sqs::{GetQueueUrl, GetQueueUrlError};

fn response(content_type: &str, body: Vec<u8>, query_error: &str) -> http::Response<Vec<u8>> {
    http::Response::builder()
        .status(400)
        .header("content-type", content_type)
        .header("x-amzn-query-error", query_error)
        .body(body)
        .unwrap()
}

#[test]
fn a_query_compatible_error_is_the_modelled_error_with_the_query_code() {
    let body = br#"{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist."}"#;
    let answer = response(
        "application/x-amz-json-1.0",
        body.to_vec(),
        "AWS.SimpleQueueService.NonExistentQueue;Sender",
    );
    let error = GetQueueUrl::parse_response(&answer).unwrap_err();
    let aws_union_client::operation::ResponseError::Service(service) = error else {
        panic!("{error:?}")
    };
    let GetQueueUrlError::QueueDoesNotExist(typed) = service.kind() else {
        panic!("{service:?}")
    };
    assert_eq!(
        typed.message.as_deref(),
        Some("The specified queue does not exist.")
    );
    assert_eq!(
        service.code(),
        Some("AWS.SimpleQueueService.NonExistentQueue")
    );
}

#[test]
fn an_error_whose_shape_names_its_query_code_is_read_by_either_code() {
    // CloudWatch's `InvalidParameterValueException` says its query code is
    // `InvalidParameterValue`: the shape's name and that code both select it.
    for wire_code in ["InvalidParameterValueException", "InvalidParameterValue"] {
        let mut body = Vec::new();
        let value = ciborium::Value::Map(vec![(
            ciborium::Value::Text("__type".into()),
            ciborium::Value::Text(format!("com.amazonaws.cloudwatch#{wire_code}")),
        )]);
        ciborium::into_writer(&value, &mut body).unwrap();
        let mut answer = response("application/cbor", body, "InvalidParameterValue;Sender");
        answer
            .headers_mut()
            .insert("smithy-protocol", "rpc-v2-cbor".parse().unwrap());
        let error = ListMetrics::parse_response(&answer).unwrap_err();
        let aws_union_client::operation::ResponseError::Service(service) = error else {
            panic!("{error:?}")
        };
        assert!(
            matches!(
                service.kind(),
                ListMetricsError::InvalidParameterValueException(_)
            ),
            "{wire_code}: {service:?}"
        );
        assert_eq!(service.code(), Some("InvalidParameterValue"));
    }
}
