//! The Rust type of a member reference, and whether the member is redacted.

use crate::model::Member;
use crate::plan::{Class, Ctx, Strings, Ty};
use crate::Error;

/// Lists and maps nested deeper than this are taken for a list or map containing itself.
const MAX_NESTING: usize = 32;

/// The Rust type of a member reference (`holder` names the shape for errors), with the
/// timestamp format of the first timestamp it holds.
pub(crate) fn member_type(
    ctx: &Ctx,
    holder: &str,
    member: &Member,
    depth: usize,
) -> Result<(Ty, Option<&'static str>), Error> {
    if depth > MAX_NESTING {
        return Err(ctx.error(
            holder,
            "lists and maps nest more than 32 deep (a list or map containing itself?)",
        ));
    }
    let target = ctx.shape(&member.shape);
    let format = |declared: Option<&String>| -> Option<&'static str> {
        if ctx.cbor {
            return Some("epoch-seconds");
        }
        match declared.map(String::as_str) {
            Some("iso8601") => Some("date-time"),
            Some("rfc822") => Some("http-date"),
            _ => Some("epoch-seconds"),
        }
    };
    let ty = match ctx.class(&member.shape) {
        Class::Structure | Class::Union | Class::Enum => {
            Ty::Named(ctx.names[&member.shape].clone())
        }
        Class::EventStream => return Err(ctx.error(holder, "an event stream inside a list or map")),
        Class::Inline => match target.kind.as_str() {
            "structure" => Ty::Document,
            "string" | "character" if ctx.strings == Strings::Borrowed => Ty::CowStr,
            "string" | "character" => Ty::String,
            "boolean" => Ty::Bool,
            "integer" => Ty::I32,
            "long" => Ty::I64,
            "float" => Ty::F32,
            "double" => Ty::F64,
            "blob" => Ty::Blob,
            "timestamp" => {
                let declared = member
                    .timestamp_format
                    .as_ref()
                    .or(target.timestamp_format.as_ref());
                return Ok((Ty::Timestamp, format(declared)));
            }
            "list" => {
                let item = target
                    .member
                    .as_ref()
                    .ok_or_else(|| ctx.error(&member.shape, "a list without `member`"))?;
                let (t, f) = member_type(ctx, &member.shape, item, depth + 1)?;
                return Ok((Ty::List(Box::new(t), target.sparse), f));
            }
            "map" => {
                let (Some(k), Some(v)) = (&target.key, &target.value) else {
                    return Err(ctx.error(&member.shape, "a map without `key` and `value`"));
                };
                let (kt, _) = member_type(ctx, &member.shape, k, depth + 1)?;
                let (vt, f) = member_type(ctx, &member.shape, v, depth + 1)?;
                return Ok((Ty::Map(Box::new(kt), Box::new(vt), target.sparse), f));
            }
            other => return Err(ctx.error(&member.shape, format!("unknown shape type `{other}`"))),
        },
    };
    Ok((ty, None))
}

/// Is the member redacted: its target, or a list item / map entry it holds, is sensitive.
pub(crate) fn member_sensitive(ctx: &Ctx, member: &Member, depth: usize) -> bool {
    let target = ctx.shape(&member.shape);
    if target.sensitive {
        return true;
    }
    if depth > MAX_NESTING || ctx.class(&member.shape) != Class::Inline {
        return false;
    }
    [&target.member, &target.key, &target.value]
        .into_iter()
        .flatten()
        .any(|m| member_sensitive(ctx, m, depth + 1))
}
