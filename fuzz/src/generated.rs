//! The generated operations' response parsers under the fuzzer: any status, headers and body
//! (in [`response_from_bytes`](crate::response_from_bytes)'s text form, after one byte that
//! picks the operation) given to `Operation::parse_response` of operations of the three
//! protocols, as a user's crate holds them: awsJson (DynamoDB, SQS with query-compatible
//! errors, KMS, Secrets Manager, CloudWatch Logs, the modules of `services/`), restJson1 (Lambda,
//! `services/`) and rpcv2Cbor (CloudWatch, `services/`).
//!
//! Rules, besides "no panic": a 2xx response is the output or a decode error naming the
//! operation, never a service error; any other status is a service error of that operation
//! keeping the status, with a sanitized code (the query-compatible one kept as sent); every value and error prints.

use aws_union_client::operation::{Operation, ResponseError};
use http::Response;

use crate::response_from_bytes;
use crate::services::{cloudwatch, dynamodb, kms, lambda, logs, secretsmanager, sqs};

/// Parses `response` as `Op`'s and checks what came out. Panics (a finding) if a rule is broken.
pub fn check_operation<Op>(response: &Response<Vec<u8>>)
where
    Op: Operation,
    Op::Output: std::fmt::Debug,
    Op::Error: std::fmt::Debug,
{
    let status = response.status();
    match Op::parse_response(response) {
        Ok(output) => {
            assert!(status.is_success(), "a {status} response gave an output");
            let _ = format!("{output:?}");
        }
        Err(ResponseError::Decode(error)) => {
            assert!(status.is_success(), "a {status} response is a decode error");
            assert_eq!(error.operation(), Op::NAME);
            assert_eq!(error.status(), status);
            assert!(
                !error.message().is_empty(),
                "a decode error without a message"
            );
            assert!(error.to_string().contains(Op::NAME), "{error}");
        }
        Err(ResponseError::Service(error)) => {
            assert!(
                !status.is_success(),
                "a {status} response is a service error"
            );
            assert_eq!(error.operation(), Op::NAME);
            assert_eq!(error.status(), status, "the status is kept");
            // The code from `x-amzn-errortype`, `__type` or `code` is sanitized; a
            // query-compatible code (`x-amzn-query-error`) is kept as sent, as botocore keeps it.
            if let Some(code) = error.meta().code() {
                assert!(
                    !code.contains(':') && !code.contains('#'),
                    "an unsanitized error code {code:?}"
                );
            }
            let _ = (error.to_string(), format!("{:?}", error.kind()));
        }
        Err(other) => panic!("a response error of a kind this target does not check: {other}"),
    }
}

/// The operations the first byte picks from, by name (for seeds and reports).
pub const OPERATIONS: [&str; 12] = [
    "dynamodb.GetItem",
    "dynamodb.Query",
    "dynamodb.BatchWriteItem",
    "sqs.ReceiveMessage",
    "kms.Decrypt",
    "secretsmanager.GetSecretValue",
    "logs.FilterLogEvents",
    "lambda.GetFunction",
    "lambda.ListFunctions",
    "lambda.CreateFunction",
    "cloudwatch.GetMetricData",
    "cloudwatch.DescribeAlarms",
];

/// The fuzz input: one byte picking an operation of [`OPERATIONS`], then a response.
pub fn check_generated_parsers(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let response = response_from_bytes(rest);
    match usize::from(pick) % OPERATIONS.len() {
        0 => check_operation::<dynamodb::GetItem>(&response),
        1 => check_operation::<dynamodb::Query>(&response),
        2 => check_operation::<dynamodb::BatchWriteItem>(&response),
        3 => check_operation::<sqs::ReceiveMessage>(&response),
        4 => check_operation::<kms::Decrypt>(&response),
        5 => check_operation::<secretsmanager::GetSecretValue>(&response),
        6 => check_operation::<logs::FilterLogEvents>(&response),
        7 => check_operation::<lambda::GetFunction>(&response),
        8 => check_operation::<lambda::ListFunctions>(&response),
        9 => check_operation::<lambda::CreateFunction>(&response),
        10 => check_operation::<cloudwatch::GetMetricData>(&response),
        _ => check_operation::<cloudwatch::DescribeAlarms>(&response),
    }
}
