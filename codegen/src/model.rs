//! Stage 1, the model: serde structs for botocore's `service-2.json`.
//!
//! Only the keys the generator reads are declared; every other key is ignored, so a newer
//! botocore with more keys still reads. Maps whose order matters to the output (a structure's
//! members) keep the model's order; shapes are kept sorted by name, so the output does not
//! depend on the order of the file.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::marker::PhantomData;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use crate::Error;

/// A whole service model.
#[derive(Debug, Clone, Deserialize)]
pub struct Service {
    /// Service-wide facts: name, version, protocol.
    pub metadata: Metadata,
    /// Operations by name.
    #[serde(default)]
    pub operations: BTreeMap<String, Operation>,
    /// Shapes by name.
    pub shapes: BTreeMap<String, Shape>,
    /// HTML documentation of the service.
    #[serde(default)]
    pub documentation: Option<String>,
}

/// The model's `metadata` object.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    /// Version of the API, a date such as `2022-02-17`.
    #[serde(default)]
    pub api_version: String,
    /// The protocol of the model's older format (one name).
    #[serde(default)]
    pub protocol: String,
    /// Protocols the service speaks, when the model lists several.
    #[serde(default)]
    pub protocols: Vec<String>,
    /// Full name, such as `AWS Clean Rooms Service`.
    #[serde(default)]
    pub service_full_name: String,
    /// Identifier such as `CleanRooms`.
    #[serde(default)]
    pub service_id: String,
    /// Endpoint prefix such as `cleanrooms`.
    #[serde(default)]
    pub endpoint_prefix: String,
    /// The SigV4 signing name, when it is not the endpoint prefix.
    #[serde(default)]
    pub signing_name: Option<String>,
    /// `1.0` or `1.1`: which awsJson protocol a `json` service speaks.
    #[serde(default)]
    pub json_version: Option<String>,
    /// The awsJson `X-Amz-Target` prefix and the rpcv2Cbor service name.
    #[serde(default)]
    pub target_prefix: Option<String>,
    /// Present (as `{}`) on a service that keeps its former awsQuery error codes.
    #[serde(default)]
    pub aws_query_compatible: Option<serde_json::Value>,
}

impl Metadata {
    /// The protocol botocore picks: the first of its priority list that the service lists,
    /// else the single `protocol` key.
    pub fn resolved_protocol(&self) -> &str {
        const PRIORITY: [&str; 6] = [
            "json",
            "rest-json",
            "rest-xml",
            "smithy-rpc-v2-cbor",
            "query",
            "ec2",
        ];
        PRIORITY
            .iter()
            .find(|p| self.protocols.iter().any(|q| q == *p))
            .copied()
            .unwrap_or(&self.protocol)
    }
}

/// One operation: which shapes go in and come out, and how it is sent.
#[derive(Debug, Clone, Deserialize)]
pub struct Operation {
    /// The input shape.
    #[serde(default)]
    pub input: Option<ShapeRef>,
    /// The output shape.
    #[serde(default)]
    pub output: Option<ShapeRef>,
    /// The modelled errors.
    #[serde(default)]
    pub errors: Vec<ShapeRef>,
    /// Method and URI template.
    #[serde(default)]
    pub http: Http,
    /// The host prefix, if any.
    #[serde(default)]
    pub endpoint: Option<Endpoint>,
    /// Request compression (`{"encodings": ["gzip"]}`).
    #[serde(default)]
    pub requestcompression: Option<serde_json::Value>,
    /// `none` for an operation sent unsigned (older models' form of `auth`).
    #[serde(default)]
    pub authtype: Option<String>,
    /// The auth schemes, in order of preference (`smithy.api#noAuth`: unsigned).
    #[serde(default)]
    pub auth: Vec<String>,
    /// Older models' form of a required request checksum.
    #[serde(default, rename = "httpChecksumRequired")]
    pub http_checksum_required: bool,
    /// Request (and response) checksums.
    #[serde(default, rename = "httpChecksum")]
    pub http_checksum: Option<HttpChecksum>,
    /// HTML documentation.
    #[serde(default)]
    pub documentation: Option<String>,
}

/// An operation's `httpChecksum` object (the request side; response validation is not
/// modelled).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HttpChecksum {
    /// The request must carry a checksum.
    #[serde(default)]
    pub request_checksum_required: bool,
    /// The input member naming the algorithm the caller picks.
    #[serde(default)]
    pub request_algorithm_member: Option<String>,
}

/// An operation's `http` object.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Http {
    /// `GET`, `POST`, …
    #[serde(default)]
    pub method: Option<String>,
    /// The URI template, `/functions/{FunctionName}/invocations?mode=x`.
    #[serde(default)]
    pub request_uri: Option<String>,
}

/// An operation's `endpoint` object.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Endpoint {
    /// Text before the endpoint's host, with `{Label}`s of `hostLabel` members.
    #[serde(default)]
    pub host_prefix: Option<String>,
}

/// A reference to a shape by name.
#[derive(Debug, Clone, Deserialize)]
pub struct ShapeRef {
    /// Name of the referenced shape.
    pub shape: String,
}

/// A structure member (or a list item, map key or map value: those are member-like too).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    /// Name of the target shape.
    pub shape: String,
    /// Where the member goes: absent for the body, else `header`, `headers`, `querystring`,
    /// `uri` or `statusCode`.
    #[serde(default)]
    pub location: Option<String>,
    /// Name on the wire (the JSON key in a body, the header name for a header).
    #[serde(default)]
    pub location_name: Option<String>,
    /// Timestamp format of this member, overriding the target's.
    #[serde(default)]
    pub timestamp_format: Option<String>,
    /// HTML documentation.
    #[serde(default)]
    pub documentation: Option<String>,
    /// The member is an event stream's raw payload.
    #[serde(default)]
    pub eventpayload: bool,
    /// The member is an event stream header.
    #[serde(default)]
    pub eventheader: bool,
    /// Left unset, the member gets a fresh idempotency token.
    #[serde(default)]
    pub idempotency_token: bool,
    /// The member fills a `{Label}` of the operation's host prefix.
    #[serde(default)]
    pub host_label: bool,
    /// A header member holding JSON text, sent base64-encoded.
    #[serde(default)]
    pub jsonvalue: bool,
}

/// One shape of the model.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Shape {
    /// `structure`, `list`, `map`, `string`, `integer`, … kept as text so an unknown kind is
    /// reported with its shape's name.
    #[serde(rename = "type")]
    pub kind: String,
    /// Members of a structure, in the model's order.
    #[serde(default)]
    pub members: Ordered<Member>,
    /// Names of the required members.
    #[serde(default)]
    pub required: Vec<String>,
    /// A structure whose members are exclusive: a union.
    #[serde(default)]
    pub union: bool,
    /// A structure standing for an open JSON document.
    #[serde(default)]
    pub document: bool,
    /// An error structure.
    #[serde(default)]
    pub exception: bool,
    /// An error structure's `error` object (its awsQuery code).
    #[serde(default)]
    pub error: Option<ErrorTrait>,
    /// Redacted in logs.
    #[serde(default)]
    pub sensitive: bool,
    /// An event of an event stream.
    #[serde(default)]
    pub event: bool,
    /// An event stream (a union of events).
    #[serde(default)]
    pub eventstream: bool,
    /// A streaming blob.
    #[serde(default)]
    pub streaming: bool,
    /// The member that is the whole HTTP body.
    #[serde(default)]
    pub payload: Option<String>,
    /// List item.
    #[serde(default)]
    pub member: Option<Member>,
    /// Map key.
    #[serde(default)]
    pub key: Option<Member>,
    /// Map value.
    #[serde(default)]
    pub value: Option<Member>,
    /// A list or map whose `null` items are kept.
    #[serde(default)]
    pub sparse: bool,
    /// Values of a string enum.
    #[serde(default, rename = "enum")]
    pub enum_values: Option<Vec<String>>,
    /// Timestamp format of a timestamp shape.
    #[serde(default)]
    pub timestamp_format: Option<String>,
    /// Minimum length or value.
    #[serde(default)]
    pub min: Option<serde_json::Number>,
    /// Maximum length or value.
    #[serde(default)]
    pub max: Option<serde_json::Number>,
    /// Regular expression a string matches.
    #[serde(default)]
    pub pattern: Option<String>,
    /// HTML documentation.
    #[serde(default)]
    pub documentation: Option<String>,
}

/// An error shape's `error` object.
#[derive(Debug, Clone, Deserialize)]
pub struct ErrorTrait {
    /// The code a query-compatible service sends for it (`AWS.SimpleQueueService.NonExistentQueue`).
    #[serde(default)]
    pub code: Option<String>,
}

/// A JSON object read as a list of pairs, in the file's order.
#[derive(Debug, Clone)]
pub struct Ordered<T>(pub Vec<(String, T)>);

impl<T> Default for Ordered<T> {
    fn default() -> Self {
        Ordered(Vec::new())
    }
}

impl<T> Ordered<T> {
    /// The value under `key`.
    pub fn get(&self, key: &str) -> Option<&T> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Pairs in order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &T)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Ordered<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PairsVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for PairsVisitor<T> {
            type Value = Ordered<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut pairs = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, T>()? {
                    pairs.push((k, v));
                }
                Ok(Ordered(pairs))
            }
        }
        deserializer.deserialize_map(PairsVisitor(PhantomData))
    }
}

/// A botocore data file's bytes, gzip-compressed (recognised by its magic bytes) or not, as
/// plain bytes; `origin` names the file in errors.
pub(crate) fn inflate(bytes: &[u8], origin: &str) -> Result<Vec<u8>, Error> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(bytes.to_vec());
    }
    let mut inflated = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut inflated)
        .map_err(|e| Error::model(origin, None, format!("not a valid gzip file: {e}")))?;
    Ok(inflated)
}

/// Reads a model from bytes: JSON, or gzip-compressed JSON (recognised by its magic bytes).
///
/// `origin` names the file in errors.
pub fn parse(bytes: &[u8], origin: &str) -> Result<Service, Error> {
    let json = inflate(bytes, origin)?;
    let service: Service = serde_json::from_slice(&json)
        .map_err(|e| Error::model(origin, None, format!("not a botocore service model: {e}")))?;
    Ok(service)
}
