//! Checks a model before anything is planned: a bad model is an error naming the file and the
//! shape, never a panic and never half an output.

use crate::model::{Member, Service};
use crate::Error;

/// Protocols whose bodies are JSON or CBOR.
pub const SUPPORTED_PROTOCOLS: [&str; 3] = ["rest-json", "json", "smithy-rpc-v2-cbor"];

/// Shape types the generator knows.
const KINDS: [&str; 11] = [
    "structure",
    "list",
    "map",
    "string",
    "integer",
    "long",
    "float",
    "double",
    "boolean",
    "timestamp",
    "blob",
];

/// Timestamp formats botocore models use.
pub const TIMESTAMP_FORMATS: [&str; 3] = ["iso8601", "unixTimestamp", "rfc822"];

/// Checks the protocol, every shape's type, every reference and every timestamp format.
pub fn check(service: &Service, origin: &str) -> Result<(), Error> {
    let protocol = service.metadata.resolved_protocol();
    if !SUPPORTED_PROTOCOLS.contains(&protocol) {
        return Err(Error::model(
            origin,
            None,
            format!(
                "protocol `{protocol}` is not supported: aws-union-codegen models JSON and CBOR \
                 bodies only (rest-json, json, smithy-rpc-v2-cbor); XML and query protocols are \
                 out of scope"
            ),
        ));
    }
    for (name, op) in &service.operations {
        for r in op.input.iter().chain(op.output.iter()) {
            if !service.shapes.contains_key(&r.shape) {
                return Err(Error::model(
                    origin,
                    Some(&r.shape),
                    format!(
                        "operation `{name}` refers to shape `{}`, which the model does not define",
                        r.shape
                    ),
                ));
            }
        }
    }
    for (name, shape) in &service.shapes {
        let fail = |message: String| Err(Error::model(origin, Some(name), message));
        if !KINDS.contains(&shape.kind.as_str()) {
            return fail(format!("unknown shape type `{}`", shape.kind));
        }
        if let Some(format) = &shape.timestamp_format {
            if !TIMESTAMP_FORMATS.contains(&format.as_str()) {
                return fail(format!("unknown timestamp format `{format}`"));
            }
        }
        let mut refs: Vec<(&str, &Member)> = Vec::new();
        match shape.kind.as_str() {
            "list" => match &shape.member {
                Some(m) => refs.push(("member", m)),
                None => return fail("a list without `member`".into()),
            },
            "map" => match (&shape.key, &shape.value) {
                (Some(k), Some(v)) => {
                    refs.push(("key", k));
                    refs.push(("value", v));
                }
                _ => return fail("a map without `key` and `value`".into()),
            },
            _ => refs.extend(shape.members.iter().map(|(n, m)| (n.as_str(), m))),
        }
        for (member, target) in refs {
            if !service.shapes.contains_key(&target.shape) {
                return fail(format!(
                    "member `{member}` refers to shape `{}`, which the model does not define",
                    target.shape
                ));
            }
            if let Some(format) = &target.timestamp_format {
                if !TIMESTAMP_FORMATS.contains(&format.as_str()) {
                    return fail(format!(
                        "member `{member}`: unknown timestamp format `{format}`"
                    ));
                }
            }
        }
        if let Some(payload) = &shape.payload {
            if shape.members.get(payload).is_none() {
                return fail(format!("payload `{payload}` is not a member"));
            }
        }
    }
    Ok(())
}
