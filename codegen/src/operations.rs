//! Stage 2, the operations' plan: for each generated operation, its names, its input checks,
//! its path and host prefix, its tokens and its modelled errors. Pure, like the rest of the
//! plan: each rule is tested on [`crate::plan::OperationPlan`].

use std::collections::{BTreeMap, BTreeSet};

use crate::plan::{
    Binding, Check, CheckKind, ChecksumPlan, Ctx, ErrorVariant, Field, HostPiece, Item, ItemKind,
    NestedCheck, OperationPlan, PathPiece, Protocol, ServicePlan, Ty,
};
use crate::{module_docs, names, Error};

/// Names an operation's unit struct or error enum may not take: the value-namespace names
/// generated code relies on (a unit struct is a value too).
const RESERVED: [&str; 6] = ["Some", "None", "Ok", "Err", "SERVICE", "Self"];

/// The `SERVICE` constant's plan.
pub(crate) fn service(ctx: &Ctx) -> Result<ServicePlan, Error> {
    let meta = &ctx.service.metadata;
    let protocol = match ctx.protocol {
        "rest-json" => Protocol::RestJson1,
        "smithy-rpc-v2-cbor" => Protocol::RpcV2Cbor,
        _ if meta.json_version.as_deref() == Some("1.0") => Protocol::AwsJson1_0,
        _ => Protocol::AwsJson1_1,
    };
    let target_prefix = meta.target_prefix.clone().unwrap_or_default();
    if protocol != Protocol::RestJson1 && target_prefix.is_empty() {
        return Err(Error::model(
            ctx.origin,
            None,
            format!(
                "protocol `{}` names operations after `metadata.targetPrefix`, which the model \
                 does not have",
                ctx.protocol
            ),
        ));
    }
    Ok(ServicePlan {
        service_id: meta.service_id.clone(),
        signing_name: meta
            .signing_name
            .clone()
            .unwrap_or_else(|| meta.endpoint_prefix.clone()),
        protocol,
        target_prefix,
        query_compatible: meta.aws_query_compatible.is_some(),
        endpoint_rules: Vec::new(),
    })
}

/// Claims the unit struct's and the error enum's name of each operation, after the types'
/// names: `GetItem` and `GetItemError`, or `GetItemOperation` and `GetItemOperationError`
/// when a shape (or a reserved name) has them.
pub(crate) fn claim_names(
    operations: &[String],
    taken: &mut BTreeSet<String>,
) -> BTreeMap<String, (String, String)> {
    taken.extend(RESERVED.iter().map(|n| (*n).to_owned()));
    let mut out = BTreeMap::new();
    for op in operations {
        let base = names::type_name(op);
        let unit = names::claim(taken, base.clone(), "Operation");
        let error = if taken.contains(&format!("{base}Error")) {
            names::claim(taken, format!("{base}OperationError"), "Value")
        } else {
            names::claim(taken, format!("{base}Error"), "Value")
        };
        out.insert(op.clone(), (unit, error));
    }
    out
}

fn fields_of<'i>(items: &'i [Item], shape: &str) -> &'i [Field] {
    match items.iter().find(|i| i.shape == shape).map(|i| &i.kind) {
        Some(ItemKind::Structure(fields)) => fields,
        _ => &[],
    }
}

/// Plans operation `name` (its unit struct and error enum named `unit` and `error`).
pub(crate) fn plan(
    ctx: &Ctx,
    name: &str,
    (unit, error): &(String, String),
    items: &[Item],
    checking: &BTreeSet<String>,
) -> Result<OperationPlan, Error> {
    let op = &ctx.service.operations[name];
    let fail =
        |message: String| Error::model(ctx.origin, None, format!("operation `{name}`: {message}"));
    let input_shape = op.input.as_ref().map(|r| r.shape.clone());
    let input_fields = input_shape
        .as_deref()
        .map_or(&[][..], |s| fields_of(items, s));
    let field_of = |member: &str| input_fields.iter().find(|f| f.member == member);

    let method = op.http.method.clone().unwrap_or_else(|| "POST".to_owned());
    if method.is_empty() || !method.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(fail(format!("`{method}` is not an HTTP method")));
    }
    let (path, literal_query) = if ctx.bindings {
        let template = op.http.request_uri.as_deref().unwrap_or("/");
        request_path(template, input_fields).map_err(&fail)?
    } else {
        (Vec::new(), String::new())
    };
    let host_prefix = match op.endpoint.as_ref().and_then(|e| e.host_prefix.as_deref()) {
        Some(prefix) => {
            host_prefix(prefix, input_fields, ctx, input_shape.as_deref()).map_err(&fail)?
        }
        None => Vec::new(),
    };

    let mut checks = Vec::new();
    let mut tokens = Vec::new();
    if let Some(shape_name) = &input_shape {
        let shape = ctx.shape(shape_name);
        for required in &shape.required {
            if let Some(field) = field_of(required) {
                checks.push(check(field, CheckKind::Required));
            }
        }
        for (member_name, member) in shape.members.iter() {
            let Some(field) = field_of(member_name) else {
                continue;
            };
            if let Some(min) = &ctx.shape(&member.shape).min {
                let kind = match &field.ty {
                    Ty::String | Ty::List(..) | Ty::Map(..) | Ty::Blob => {
                        min.as_u64().filter(|m| *m > 0).map(CheckKind::MinLength)
                    }
                    Ty::I32 | Ty::I64 | Ty::F32 | Ty::F64 => min.as_f64().map(CheckKind::MinValue),
                    _ => None,
                };
                checks.extend(kind.map(|kind| check(field, kind)));
            }
            let below = crate::plan::value_checks(ctx, shape, field, true);
            checks.extend(below.into_iter().map(|c| check(field, CheckKind::Below(c))));
            if crate::plan::reaches(&field.ty, checking) {
                checks.push(check(field, CheckKind::Below(NestedCheck::Nested)));
            }
            if member.idempotency_token && field.ty == Ty::String {
                tokens.push(field.name.clone());
            }
        }
    }

    let mut variant_names: BTreeSet<String> = BTreeSet::from(["Unhandled".to_owned()]);
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut errors = Vec::new();
    for error_ref in &op.errors {
        if !seen.insert(&error_ref.shape) {
            continue;
        }
        let ty = ctx.names[&error_ref.shape].clone();
        let shape = ctx.shape(&error_ref.shape);
        errors.push(ErrorVariant {
            variant: names::claim(&mut variant_names, ty.clone(), "Error"),
            ty,
            shape: error_ref.shape.clone(),
            code: shape
                .error
                .as_ref()
                .and_then(|e| e.code.clone())
                .unwrap_or_else(|| error_ref.shape.clone()),
        });
    }

    let output_shape = op.output.as_ref().map(|r| r.shape.clone());
    Ok(OperationPlan {
        name: name.to_owned(),
        rust_name: unit.clone(),
        docs: module_docs::operation_docs(ctx, name, unit),
        input: input_shape.as_ref().map(|s| ctx.names[s].clone()),
        input_shape,
        output: output_shape.as_ref().map(|s| ctx.names[s].clone()),
        output_shape,
        error: error.clone(),
        errors,
        method,
        path,
        literal_query,
        host_prefix,
        checks,
        tokens,
        compression: op.requestcompression.is_some(),
        signed: signed(op),
        checksum: checksum(op, input_fields),
    })
}

/// The request checksum botocore 1.44 adds by default (`request_checksum_calculation =
/// when_supported`): when the model requires one, or the operation has an algorithm member.
fn checksum(op: &crate::model::Operation, fields: &[Field]) -> Option<ChecksumPlan> {
    let http = op.http_checksum.clone().unwrap_or_default();
    let member = http.request_algorithm_member.as_deref();
    let algorithm = member
        .and_then(|m| fields.iter().find(|f| f.member == m))
        .map(|f| (f.name.clone(), f.member.clone()));
    let required = op.http_checksum_required || http.request_checksum_required;
    (required || algorithm.is_some()).then_some(ChecksumPlan { algorithm })
}

/// Is the operation signed? botocore uses the first scheme of `auth` it supports, and
/// `authtype` when there is no `auth`: `smithy.api#noAuth` and `none` mean unsigned.
fn signed(op: &crate::model::Operation) -> bool {
    match op.auth.first() {
        Some(scheme) => scheme != "smithy.api#noAuth",
        None => op.authtype.as_deref() != Some("none"),
    }
}

/// A piece of a template with `{Label}`s: literal text or a label's name.
enum Piece<'t> {
    Literal(&'t str),
    Label(&'t str),
}

/// Splits `template` (a URI path or a host prefix) into literal text and `{Label}`s.
fn template_pieces<'t>(template: &'t str, what: &str) -> Result<Vec<Piece<'t>>, String> {
    let mut pieces = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .map(|c| open + c)
            .ok_or_else(|| format!("the {what} `{template}` has an unclosed `{{`"))?;
        if open > 0 {
            pieces.push(Piece::Literal(&rest[..open]));
        }
        pieces.push(Piece::Label(&rest[open + 1..close]));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Literal(rest));
    }
    Ok(pieces)
}

fn check(field: &Field, kind: CheckKind) -> Check {
    Check {
        field: field.name.clone(),
        member: field.member.clone(),
        kind,
    }
}

/// The pieces of a restJson1 request URI template, and its literal query: every label
/// filled by the input member bound to it, every member bound to a label in the template.
fn request_path(template: &str, fields: &[Field]) -> Result<(Vec<PathPiece>, String), String> {
    let (path, query) = template.split_once('?').unwrap_or((template, ""));
    let mut pieces = Vec::new();
    let mut used: BTreeSet<&str> = BTreeSet::new();
    for piece in template_pieces(path, "request URI")? {
        let label = match piece {
            Piece::Literal(text) => {
                pieces.push(PathPiece::Literal(text.to_owned()));
                continue;
            }
            Piece::Label(label) => label,
        };
        let (label, greedy) = match label.strip_suffix('+') {
            Some(name) => (name, true),
            None => (label, false),
        };
        let field = fields
            .iter()
            .find(|f| f.binding == Binding::Label(label.to_owned()))
            .ok_or_else(|| {
                format!("the request URI `{template}` has a label `{{{label}}}` no input member is bound to")
            })?;
        used.insert(label);
        pieces.push(PathPiece::Label {
            field: field.name.clone(),
            member: field.member.clone(),
            greedy,
        });
    }
    for field in fields {
        if let Binding::Label(label) = &field.binding {
            if !used.contains(label.as_str()) {
                return Err(format!(
                    "input member `{}` is bound to the label `{{{label}}}`, which the request URI \
                     `{template}` does not have",
                    field.member
                ));
            }
        }
    }
    Ok((pieces, query.to_owned()))
}

/// The pieces of a host prefix (`{graphIdentifier}.`): each label a `hostLabel` string
/// member of the input, by its model name.
fn host_prefix(
    prefix: &str,
    fields: &[Field],
    ctx: &Ctx,
    input_shape: Option<&str>,
) -> Result<Vec<HostPiece>, String> {
    let mut pieces = Vec::new();
    for piece in template_pieces(prefix, "host prefix")? {
        let label = match piece {
            Piece::Literal(text) => {
                pieces.push(HostPiece::Literal(text.to_owned()));
                continue;
            }
            Piece::Label(label) => label,
        };
        let is_host_label = input_shape
            .and_then(|s| ctx.shape(s).members.get(label))
            .is_some_and(|m| m.host_label);
        let field = fields
            .iter()
            .find(|f| f.member == label && f.ty == Ty::String && is_host_label)
            .ok_or_else(|| {
                format!("the host prefix `{prefix}` has a label `{{{label}}}` that is no `hostLabel` string member of the input")
            })?;
        pieces.push(HostPiece::Label {
            field: field.name.clone(),
            member: field.member.clone(),
        });
    }
    Ok(pieces)
}
