//! Where each structure member goes in an HTTP message, and how bound members are described.
//!
//! restJson1 binds members to the URI (`location: uri`), the query string (`querystring`;
//! a map there spreads its entries), headers (`header`; `jsonvalue` ones hold base64 JSON),
//! prefixed headers (`headers`), the status code (`statusCode`) and the whole body (the
//! structure's `payload`). awsJson and rpcv2Cbor have no bindings: a `location` a model
//! still carries is ignored, as botocore ignores it, and every member is in the body.
//!
//! A bound member is a field like any other, but not part of the type's serde form; only
//! the types a protocol can write there are bound (scalars in labels; scalars and lists of
//! them in headers and query strings; maps of strings or string lists in query strings;
//! maps of strings as prefixed headers): anything else is an error naming the member.

use crate::model::{Member, Shape};
use crate::plan::{Binding, Class, Ctx, PayloadKind, Ty};
use crate::Error;

/// The timestamp format a member declares, its own or its shape's (`date-time`,
/// `http-date`, `epoch-seconds`).
pub(crate) fn declared_timestamp(ctx: &Ctx, member: &Member) -> Option<&'static str> {
    let declared = member
        .timestamp_format
        .as_ref()
        .or(ctx.shape(&member.shape).timestamp_format.as_ref())?;
    match declared.as_str() {
        "iso8601" => Some("date-time"),
        "rfc822" => Some("http-date"),
        _ => Some("epoch-seconds"),
    }
}

fn scalar(ty: &Ty, ctx: &Ctx) -> bool {
    match ty {
        Ty::String
        | Ty::Bool
        | Ty::I32
        | Ty::I64
        | Ty::F32
        | Ty::F64
        | Ty::Timestamp
        | Ty::Blob => true,
        Ty::Named(name) => ctx.enums.contains(name),
        _ => false,
    }
}

/// Where member `name` of structure `holder` goes, given its Rust type.
pub(crate) fn binding(
    ctx: &Ctx,
    holder: &str,
    shape: &Shape,
    name: &str,
    member: &Member,
    ty: &Ty,
) -> Result<Binding, Error> {
    if !ctx.bindings {
        return Ok(Binding::Body);
    }
    let wire = member
        .location_name
        .clone()
        .unwrap_or_else(|| name.to_owned());
    let unsupported = |place: &str| {
        Err(ctx.error(
            holder,
            format!(
                "member `{name}` is bound to {place}, which cannot hold its type (shape `{}`)",
                member.shape
            ),
        ))
    };
    if shape.payload.as_deref() == Some(name) {
        let kind = match ty {
            Ty::Blob => PayloadKind::Blob,
            Ty::String => PayloadKind::Text,
            Ty::Named(_) if scalar(ty, ctx) => PayloadKind::Text,
            Ty::Named(_) if ctx.class(&member.shape) == Class::Structure => PayloadKind::Structure,
            Ty::Named(_) | Ty::Document => PayloadKind::Json,
            _ => return unsupported("the whole body"),
        };
        return Ok(Binding::Payload(kind));
    }
    let list_of_scalars = matches!(ty, Ty::List(item, false) if scalar(item, ctx));
    let binding = match member.location.as_deref() {
        None => Binding::Body,
        Some("uri") if scalar(ty, ctx) => Binding::Label(wire),
        Some("uri") => return unsupported("a URI label"),
        Some("querystring") => match ty {
            Ty::Map(key, value, false) if **key == Ty::String => match &**value {
                v if scalar(v, ctx) => Binding::QueryMap,
                Ty::List(item, false) if scalar(item, ctx) => Binding::QueryMap,
                _ => return unsupported("the query string"),
            },
            _ if scalar(ty, ctx) || list_of_scalars => Binding::Query(wire),
            _ => return unsupported("the query string"),
        },
        Some("header") if member.jsonvalue && *ty == Ty::String => Binding::JsonHeader(wire),
        Some("header") if scalar(ty, ctx) || list_of_scalars => Binding::Header(wire),
        Some("header") => return unsupported("a header"),
        Some("headers") => match ty {
            // Without a `locationName` the prefix is empty: every header (as botocore reads it).
            Ty::Map(key, value, false) if **key == Ty::String && **value == Ty::String => {
                Binding::PrefixHeaders(member.location_name.clone().unwrap_or_default())
            }
            _ => return unsupported("prefixed headers"),
        },
        Some("statusCode") if *ty == Ty::I32 => Binding::StatusCode,
        Some("statusCode") => return unsupported("the status code"),
        Some(other) => {
            return Err(ctx.error(
                holder,
                format!("member `{name}`: unknown location `{other}`"),
            ))
        }
    };
    if let Binding::Header(header) | Binding::JsonHeader(header) = &binding {
        check_header_name(ctx, holder, name, header)?;
    }
    if let Binding::PrefixHeaders(prefix) = &binding {
        if !prefix.is_empty() {
            check_header_name(ctx, holder, name, prefix)?;
        }
    }
    Ok(binding)
}

/// A header name holds only HTTP's token characters (a bad one would fail every request).
fn check_header_name(ctx: &Ctx, holder: &str, member: &str, header: &str) -> Result<(), Error> {
    let token = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
    if !header.is_empty() && header.bytes().all(token) {
        Ok(())
    } else {
        Err(ctx.error(
            holder,
            format!("member `{member}` is bound to header `{header}`, which is not a header name"),
        ))
    }
}

/// How a bound member is described in its type's docs and its own.
pub(crate) fn describe(binding: &Binding) -> Option<String> {
    let code = |text: &str| crate::docs::code_span(text).join(" ");
    Some(match binding {
        Binding::Body => return None,
        Binding::Label(label) => format!("the URI label {}", code(&format!("{{{label}}}"))),
        Binding::Query(name) => format!("the query parameter {}", code(name)),
        Binding::QueryMap => "query parameters, one per entry".to_owned(),
        Binding::Header(name) => format!("the header {}", code(name)),
        Binding::JsonHeader(name) => format!("the header {}, as base64 JSON", code(name)),
        Binding::PrefixHeaders(prefix) if prefix.is_empty() => {
            "the headers, one per entry".to_owned()
        }
        Binding::PrefixHeaders(prefix) => {
            format!("the headers starting with {}, one per entry", code(prefix))
        }
        Binding::StatusCode => "the HTTP status code".to_owned(),
        Binding::Payload(_) => "the whole HTTP body".to_owned(),
    })
}
