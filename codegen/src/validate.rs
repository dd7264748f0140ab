//! Checks a model before anything is planned: a bad model is an error naming the file and the
//! shape, never a panic and never half an output.

use crate::model::{Member, Metadata, Service};
use crate::plan::ProtocolChoice;
use crate::Error;

/// Protocols whose bodies are JSON or CBOR.
pub const SUPPORTED_PROTOCOLS: [&str; 3] = ["rest-json", "json", "smithy-rpc-v2-cbor"];

/// Shape types the generator knows.
const KINDS: [&str; 12] = [
    "structure",
    "list",
    "map",
    "string",
    // Older models' one-character string; botocore reads and writes it as a string.
    "character",
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

/// The protocol to generate (botocore's name): the chosen one, which the model must list, or
/// the one botocore picks.
pub fn protocol<'m>(
    metadata: &'m Metadata,
    choice: Option<ProtocolChoice>,
    origin: &str,
) -> Result<&'m str, Error> {
    let Some(choice) = choice else {
        return Ok(metadata.resolved_protocol());
    };
    let wanted = match choice {
        ProtocolChoice::Json => "json",
        ProtocolChoice::Cbor => "smithy-rpc-v2-cbor",
    };
    let listed: Vec<&str> = if metadata.protocols.is_empty() {
        vec![metadata.protocol.as_str()]
    } else {
        metadata.protocols.iter().map(String::as_str).collect()
    };
    match listed.iter().find(|p| **p == wanted) {
        Some(found) => Ok(found),
        None => Err(Error::model(
            origin,
            None,
            format!(
                "the model does not offer protocol `{wanted}` (it lists {}); --protocol picks \
                 among the protocols a service lists",
                listed
                    .iter()
                    .map(|p| format!("`{p}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

/// Checks the protocol, every shape's type, every reference and every timestamp format.
pub fn check(service: &Service, origin: &str, protocol: &str) -> Result<(), Error> {
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
        for r in op.input.iter().chain(op.output.iter()).chain(&op.errors) {
            let fail = |message: String| Err(Error::model(origin, Some(&r.shape), message));
            match service.shapes.get(&r.shape) {
                None => {
                    return fail(format!(
                        "operation `{name}` refers to shape `{}`, which the model does not define",
                        r.shape
                    ))
                }
                Some(shape) if shape.kind != "structure" || shape.document => {
                    return fail(format!(
                        "operation `{name}`: its input, output and errors must be structures, \
                         and `{}` is a {}",
                        r.shape,
                        if shape.document {
                            "document"
                        } else {
                            &shape.kind
                        }
                    ))
                }
                Some(_) => {}
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
