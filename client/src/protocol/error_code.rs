//! What an error response says about itself, before it is matched to a modelled error: the
//! error code, the message and the request id, found as the AWS SDKs find them.
//!
//! The code is the first of:
//!
//! 1. the `x-amzn-errortype` header;
//! 2. in the body, for restJson1: `code`, `Code`, then `__type`; for awsJson and rpcv2Cbor:
//!    `__type`, then `code`, `Code`;
//!
//! cut at the first `:` and keeping what follows the last `#`
//! (`aws.protocoltests#FooError:http://internal.amazon.com/` → `FooError`). A
//! query-compatible service (`awsQueryCompatible`) also sends `x-amzn-query-error: Code;Type`:
//! that code is the one its users know (`AWS.SimpleQueueService.NonExistentQueue`), and is
//! kept beside the shape's.
//!
//! The message is body `message`, else `Message`, else `errorMessage`; the request id the
//! `x-amzn-requestid` header, else `x-amz-request-id`.

use http::HeaderMap;
use serde_json::{Map, Value};

use super::Protocol;

/// The code, message and request id of an error response.
///
/// ```
/// use aws_union_client::protocol::{ErrorMetadata, Protocol};
///
/// let mut headers = http::HeaderMap::new();
/// headers.insert("x-amzn-requestid", "req-1".parse()?);
/// let body = br#"{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"no table"}"#;
/// let meta = ErrorMetadata::read(Protocol::AwsJson1_0, &headers, body);
/// assert_eq!(meta.code(), Some("ResourceNotFoundException"));
/// assert_eq!(meta.message(), Some("no table"));
/// assert_eq!(meta.request_id(), Some("req-1"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorMetadata {
    code: Option<String>,
    query_error: Option<(String, String)>,
    message: Option<String>,
    request_id: Option<String>,
}

impl ErrorMetadata {
    /// Reads the metadata of a JSON error response (awsJson1_0, awsJson1_1, restJson1). A
    /// body that is not a JSON object (a proxy's HTML page, nothing) gives no code and no
    /// message from the body; the headers still count.
    pub fn read(protocol: Protocol, headers: &HeaderMap, body: &[u8]) -> Self {
        let object = match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(object)) => object,
            _ => Map::new(),
        };
        Self::from_fields(protocol, headers, |key| match object.get(key) {
            Some(Value::String(text)) => Some(text.clone()),
            _ => None,
        })
    }

    /// Reads the metadata from the error body's string fields, given by `field` (for a
    /// body format of your own, as rpcv2Cbor's decoded map).
    pub fn from_fields(
        protocol: Protocol,
        headers: &HeaderMap,
        field: impl Fn(&str) -> Option<String>,
    ) -> Self {
        // A header that is empty (or blank) counts as absent: the body is read instead.
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let body_code = || match protocol {
            Protocol::RestJson1 => field("code")
                .or_else(|| field("Code"))
                .or_else(|| field("__type")),
            _ => field("__type")
                .or_else(|| field("code"))
                .or_else(|| field("Code")),
        };
        let code = header("x-amzn-errortype")
            .or_else(body_code)
            .map(|raw| sanitize_error_code(&raw).to_owned())
            .filter(|code| !code.is_empty());
        let query_error = header("x-amzn-query-error").and_then(|value| {
            let (code, kind) = value.split_once(';')?;
            (!code.is_empty() && !kind.contains(';')).then(|| (code.to_owned(), kind.to_owned()))
        });
        Self {
            code,
            query_error,
            message: field("message")
                .or_else(|| field("Message"))
                .or_else(|| field("errorMessage")),
            request_id: header("x-amzn-requestid").or_else(|| header("x-amz-request-id")),
        }
    }

    /// The error code: the modelled error's shape name, or the code the service sent.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The code of a query-compatible service's `x-amzn-query-error` header
    /// (`AWS.SimpleQueueService.NonExistentQueue`), and its fault (`Sender` or `Receiver`).
    ///
    /// ```
    /// use aws_union_client::protocol::{ErrorMetadata, Protocol};
    ///
    /// let mut headers = http::HeaderMap::new();
    /// headers.insert("x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender".parse()?);
    /// let meta = ErrorMetadata::read(Protocol::AwsJson1_0, &headers, br#"{"__type":"com.amazonaws.sqs#QueueDoesNotExist"}"#);
    /// assert_eq!(meta.code(), Some("QueueDoesNotExist"));
    /// assert_eq!(meta.query_error(), Some(("AWS.SimpleQueueService.NonExistentQueue", "Sender")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn query_error(&self) -> Option<(&str, &str)> {
        self.query_error
            .as_ref()
            .map(|(code, kind)| (code.as_str(), kind.as_str()))
    }

    /// The code a user of the service knows: the query-compatible code where there is one,
    /// else [`code`](Self::code).
    pub fn user_code(&self) -> Option<&str> {
        self.query_error().map(|(code, _)| code).or(self.code())
    }

    /// The error message.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The request id.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The error code alone: cut at the first `:`, and what follows the last `#`.
///
/// ```
/// use aws_union_client::protocol::sanitize_error_code;
///
/// assert_eq!(sanitize_error_code("aws.protocoltests.restjson#FooError:http://internal.amazon.com/"), "FooError");
/// assert_eq!(sanitize_error_code("FooError"), "FooError");
/// ```
pub fn sanitize_error_code(raw: &str) -> &str {
    let head = raw.split(':').next().unwrap_or(raw);
    let code = head.rsplit('#').next().unwrap_or(head);
    code.trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn the_error_type_header_comes_before_the_body() {
        let meta = ErrorMetadata::read(
            Protocol::AwsJson1_1,
            &headers(&[("x-amzn-errortype", "FooError:http://internal.amazon.com/")]),
            br#"{"__type":"BarError"}"#,
        );
        assert_eq!(meta.code(), Some("FooError"));
    }

    #[test]
    fn a_blank_error_type_header_counts_as_absent() {
        let meta = ErrorMetadata::read(
            Protocol::RestJson1,
            &headers(&[("x-amzn-errortype", " ")]),
            br#"{"code":"FooError"}"#,
        );
        assert_eq!(meta.code(), Some("FooError"));
    }

    #[test]
    fn rest_json_reads_code_before_type() {
        let body = br#"{"code":"FooError","__type":"BarError"}"#;
        let rest = ErrorMetadata::read(Protocol::RestJson1, &HeaderMap::new(), body);
        let json = ErrorMetadata::read(Protocol::AwsJson1_0, &HeaderMap::new(), body);
        assert_eq!(rest.code(), Some("FooError"));
        assert_eq!(json.code(), Some("BarError"));
    }

    #[test]
    fn a_body_that_is_not_json_gives_no_code() {
        let meta = ErrorMetadata::read(Protocol::RestJson1, &HeaderMap::new(), b"<html>502</html>");
        assert_eq!(meta.code(), None);
        assert_eq!(meta.message(), None);
    }

    #[test]
    fn a_query_error_header_without_a_code_is_ignored() {
        let meta = ErrorMetadata::read(
            Protocol::AwsJson1_0,
            &headers(&[("x-amzn-query-error", ";Sender")]),
            b"{}",
        );
        assert_eq!(meta.query_error(), None);
    }

    #[test]
    fn the_message_may_be_capitalised() {
        let meta = ErrorMetadata::read(
            Protocol::AwsJson1_1,
            &HeaderMap::new(),
            br#"{"Message":"m"}"#,
        );
        assert_eq!(meta.message(), Some("m"));
    }

    #[test]
    fn the_request_id_falls_back_to_x_amz_request_id() {
        let meta = ErrorMetadata::read(
            Protocol::RestJson1,
            &headers(&[("x-amz-request-id", "r2")]),
            b"",
        );
        assert_eq!(meta.request_id(), Some("r2"));
    }
}
