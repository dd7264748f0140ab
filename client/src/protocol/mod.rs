//! The AWS protocols' shared pieces, pure: what every generated operation of a protocol does
//! the same way.
//!
//! | piece | module |
//! |---|---|
//! | which protocol, its content type and request headers | [`Protocol`] |
//! | URI labels and the query string (restJson1) | [`encode_label`], [`encode_greedy_label`], [`QueryString`] |
//! | header value forms (restJson1) | [`header`] |
//! | members bound to the URI, query, headers, status and payload (restJson1) | [`rest`] |
//! | reading a response's status and modelled errors | [`response`] |
//! | the error code, message and request id of an error response | [`ErrorMetadata`] |

pub mod body;
mod error_code;
mod escape;
pub mod header;
mod json_path;
pub mod response;
pub mod rest;
pub mod rpc;
mod uri;

pub use error_code::{sanitize_error_code, ErrorMetadata};
pub use escape::Escaped;
pub use uri::{
    encode_greedy_label, encode_label, encode_query_component, split_uri_template, QueryString,
};

/// An AWS protocol that generated operations speak.
///
/// ```
/// use aws_union_client::protocol::Protocol;
///
/// assert_eq!(Protocol::AwsJson1_1.content_type(), "application/x-amz-json-1.1");
/// assert_eq!(Protocol::from_botocore("json", Some("1.0")), Some(Protocol::AwsJson1_0));
/// assert_eq!(Protocol::from_botocore("rest-xml", None), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Protocol {
    /// `awsJson1_0`: `POST /`, `X-Amz-Target`, a JSON body.
    AwsJson1_0,
    /// `awsJson1_1`: as `awsJson1_0`, with its own content type.
    AwsJson1_1,
    /// `restJson1`: members bound to the method, URI, query string and headers; a JSON body.
    RestJson1,
    /// `rpcv2Cbor`: `POST /service/{Service}/operation/{Operation}`, a CBOR body.
    RpcV2Cbor,
}

impl Protocol {
    /// The protocol of a botocore model's `metadata.protocol` name (`json`, `rest-json`,
    /// `smithy-rpc-v2-cbor`), with its `jsonVersion` for `json`; `None` for the XML and query
    /// protocols.
    pub fn from_botocore(name: &str, json_version: Option<&str>) -> Option<Self> {
        match (name, json_version) {
            ("json", Some("1.0")) => Some(Self::AwsJson1_0),
            ("json", _) => Some(Self::AwsJson1_1),
            ("rest-json", _) => Some(Self::RestJson1),
            ("smithy-rpc-v2-cbor", _) => Some(Self::RpcV2Cbor),
            _ => None,
        }
    }

    /// The `Content-Type` of a request body in this protocol.
    pub fn content_type(self) -> &'static str {
        match self {
            Self::AwsJson1_0 => "application/x-amz-json-1.0",
            Self::AwsJson1_1 => "application/x-amz-json-1.1",
            Self::RestJson1 => "application/json",
            Self::RpcV2Cbor => "application/cbor",
        }
    }

    /// Whether the body is CBOR (else JSON).
    pub fn is_cbor(self) -> bool {
        self == Self::RpcV2Cbor
    }
}
