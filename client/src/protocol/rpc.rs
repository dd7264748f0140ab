//! The request of the RPC protocols, awsJson1_0/1_1 and rpcv2Cbor: always `POST`, the
//! operation named by a header (awsJson) or the path (rpcv2Cbor), the whole input in the body.

use http::header::{HeaderValue, ACCEPT, CONTENT_TYPE};
use http::Method;

use super::Protocol;
use crate::operation::RequestParts;

/// The request of an awsJson operation: `POST /`, `X-Amz-Target: {target_prefix}.{operation}`,
/// the protocol's content type, the JSON body (`{}` for an input with no member set), and
/// `x-amzn-query-mode: true` for a query-compatible service.
///
/// ```
/// use aws_union_client::protocol::{rpc::aws_json_request, Protocol};
///
/// let parts = aws_json_request(Protocol::AwsJson1_0, "DynamoDB_20120810", "GetItem", false, b"{}".to_vec());
/// assert_eq!(parts.headers["x-amz-target"], "DynamoDB_20120810.GetItem");
/// assert_eq!(parts.headers["content-type"], "application/x-amz-json-1.0");
/// assert_eq!(parts.path, "/");
/// ```
pub fn aws_json_request(
    protocol: Protocol,
    target_prefix: &str,
    operation: &'static str,
    query_compatible: bool,
    body: Vec<u8>,
) -> RequestParts {
    let mut parts = RequestParts::new(operation, Method::POST, "/");
    let target = format!("{target_prefix}.{operation}");
    if let Ok(target) = HeaderValue::from_str(&target) {
        parts.headers.insert("x-amz-target", target);
    }
    parts.headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static(protocol.content_type()),
    );
    if query_compatible {
        parts
            .headers
            .insert("x-amzn-query-mode", HeaderValue::from_static("true"));
    }
    parts.body = body;
    parts
}

/// The request of an rpcv2Cbor operation: `POST /service/{service}/operation/{operation}`,
/// `smithy-protocol: rpc-v2-cbor`, `Accept: application/cbor`, `Content-Type:
/// application/cbor` with a body, and `x-amzn-query-mode: true` for a query-compatible
/// service. Never `X-Amz-Target`.
///
/// ```
/// use aws_union_client::protocol::rpc::rpc_v2_cbor_request;
///
/// let parts = rpc_v2_cbor_request("GraniteServiceVersion20100801", "ListMetrics", false, vec![0xA0]);
/// assert_eq!(parts.path, "/service/GraniteServiceVersion20100801/operation/ListMetrics");
/// assert_eq!(parts.headers["smithy-protocol"], "rpc-v2-cbor");
/// assert!(parts.headers.get("x-amz-target").is_none());
/// ```
pub fn rpc_v2_cbor_request(
    service: &str,
    operation: &'static str,
    query_compatible: bool,
    body: Vec<u8>,
) -> RequestParts {
    let path = format!("/service/{service}/operation/{operation}");
    let mut parts = RequestParts::new(operation, Method::POST, path);
    parts
        .headers
        .insert("smithy-protocol", HeaderValue::from_static("rpc-v2-cbor"));
    parts
        .headers
        .insert(ACCEPT, HeaderValue::from_static("application/cbor"));
    if !body.is_empty() {
        parts
            .headers
            .insert(CONTENT_TYPE, HeaderValue::from_static("application/cbor"));
    }
    if query_compatible {
        parts
            .headers
            .insert("x-amzn-query-mode", HeaderValue::from_static("true"));
    }
    parts.body = body;
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_compatible_service_sends_the_query_mode_header() {
        let json = aws_json_request(
            Protocol::AwsJson1_0,
            "AmazonSQS",
            "SendMessage",
            true,
            b"{}".to_vec(),
        );
        assert_eq!(json.headers["x-amzn-query-mode"], "true");
        let cbor = rpc_v2_cbor_request("S", "Op", true, vec![0xA0]);
        assert_eq!(cbor.headers["x-amzn-query-mode"], "true");
        let plain = aws_json_request(Protocol::AwsJson1_1, "T", "Op", false, b"{}".to_vec());
        assert!(plain.headers.get("x-amzn-query-mode").is_none());
    }

    #[test]
    fn an_empty_cbor_body_has_no_content_type() {
        let parts = rpc_v2_cbor_request("S", "Op", false, Vec::new());
        assert!(parts.headers.get("content-type").is_none());
        assert_eq!(parts.headers["accept"], "application/cbor");
    }
}
