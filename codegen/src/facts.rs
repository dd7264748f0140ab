//! Items of the plan with their docs: the model's documentation, or sentences written from the
//! model's facts (wire name, required, sensitive, constraints, enum values, the operations using
//! a shape), for code that must not carry the model's prose.

use std::collections::{BTreeMap, BTreeSet};

use crate::docs;
use crate::model::{Member, Shape};
use crate::plan::{Binding, Class, Ctx, DocsMode, EnumValue, Field, Item, ItemKind, Ty};
use crate::{bindings, names, select, types, Error};

/// How many operation names a doc line lists before "and N more".
const MAX_OPERATIONS: usize = 4;

/// Which operations take or return each shape.
pub(crate) struct Facts {
    input_of: BTreeMap<String, Vec<String>>,
    output_of: BTreeMap<String, Vec<String>>,
    reached_from: BTreeMap<String, Vec<String>>,
}

impl Facts {
    pub fn new(ctx: &Ctx) -> Self {
        let mut facts = Facts {
            input_of: BTreeMap::new(),
            output_of: BTreeMap::new(),
            reached_from: BTreeMap::new(),
        };
        for (op, operation) in &ctx.service.operations {
            if let Some(input) = &operation.input {
                facts
                    .input_of
                    .entry(input.shape.clone())
                    .or_default()
                    .push(op.clone());
            }
            if let Some(output) = &operation.output {
                facts
                    .output_of
                    .entry(output.shape.clone())
                    .or_default()
                    .push(op.clone());
                if ctx.docs == DocsMode::Facts {
                    for shape in select::reach(ctx, vec![output.shape.clone()]) {
                        if shape != output.shape {
                            facts
                                .reached_from
                                .entry(shape)
                                .or_default()
                                .push(op.clone());
                        }
                    }
                }
            }
        }
        facts
    }
}

/// `text` as a code span (the empty string reads "the empty string").
fn code(text: &str) -> String {
    if text.trim().is_empty() {
        return "the empty string".to_owned();
    }
    docs::code_span(text).join(" ")
}

fn op_list(ops: &[String]) -> String {
    let mut listed: Vec<String> = ops.iter().take(MAX_OPERATIONS).map(|o| code(o)).collect();
    if ops.len() > MAX_OPERATIONS {
        listed.push(format!("and {} more", ops.len() - MAX_OPERATIONS));
    }
    listed.join(", ")
}

fn model_docs(ctx: &Ctx, html: Option<&String>) -> Vec<String> {
    match (ctx.docs, html) {
        (DocsMode::Model, Some(html)) => docs::html_to_markdown(html),
        _ => Vec::new(),
    }
}

/// Sentences about a shape's constraints (`min`, `max`, `pattern`).
fn constraints(shape: &Shape) -> Vec<String> {
    let unit = match shape.kind.as_str() {
        "string" => "Length",
        "list" => "Items",
        "map" => "Entries",
        "blob" => "Bytes",
        _ => "Range",
    };
    let mut out = Vec::new();
    match (&shape.min, &shape.max) {
        (Some(min), Some(max)) if min == max => out.push(format!("{unit}: exactly {min}.")),
        (Some(min), Some(max)) => out.push(format!("{unit}: {min} to {max}.")),
        (Some(min), None) => out.push(format!("{unit}: at least {min}.")),
        (None, Some(max)) => out.push(format!("{unit}: at most {max}.")),
        (None, None) => {}
    }
    if let Some(pattern) = &shape.pattern {
        out.push(format!("Pattern: {}.", code(pattern)));
    }
    out
}

/// Plans one generated type.
pub(crate) fn item(ctx: &Ctx, facts: &Facts, shape_name: &str) -> Result<Item, Error> {
    let shape = ctx.shape(shape_name);
    let name = ctx.names[shape_name].clone();
    let class = ctx.class(shape_name);
    let mut docs = model_docs(ctx, shape.documentation.as_ref());
    if docs.is_empty() {
        let what = match class {
            Class::Union => "union: exactly one member is set",
            Class::Enum => "string enum",
            _ if shape.exception => "error structure",
            _ => "structure",
        };
        docs.push(format!("The {} {what}.", code(shape_name)));
    }
    let mut facts_lines: Vec<String> = Vec::new();
    if ctx.docs == DocsMode::Facts {
        let lists = [
            ("Input of", facts.input_of.get(shape_name)),
            ("Output of", facts.output_of.get(shape_name)),
            (
                "Returned inside the output of",
                facts.reached_from.get(shape_name),
            ),
        ];
        for (label, ops) in lists {
            if let Some(ops) = ops {
                facts_lines.push(format!("{label} {}.", op_list(ops)));
            }
        }
        if shape.sensitive {
            facts_lines.push("Sensitive: `Debug` redacts it.".into());
        }
    }
    let kind = match class {
        Class::Enum => ItemKind::Enum(enum_values(shape)),
        Class::Union => ItemKind::Union(fields(ctx, shape_name, shape, true, &mut facts_lines)?),
        _ => ItemKind::Structure(fields(ctx, shape_name, shape, false, &mut facts_lines)?),
    };
    if ctx.inputs.contains(shape_name) {
        facts_lines.push(
            "Every member is optional here, required ones too: a required member left unset \
             is refused, naming it, when the request is built."
                .to_owned(),
        );
    }
    for line in facts_lines {
        docs.push(String::new());
        docs.extend(docs::wrap_markdown(&line));
    }
    if let ItemKind::Structure(fields) = &kind {
        let bound: Vec<String> = fields
            .iter()
            .filter_map(|f| {
                let place = bindings::describe(&f.binding)?;
                Some(format!("- {}: {place}", code(&f.member)))
            })
            .collect();
        if !bound.is_empty() {
            docs.push(String::new());
            docs.push(
                "Members bound outside the body, which its serde form leaves out:".to_owned(),
            );
            docs.extend(bound);
        }
    }
    Ok(Item {
        shape: shape_name.to_owned(),
        name,
        docs,
        sensitive: shape.sensitive,
        kind,
        lifetime: false,
    })
}

fn enum_values(shape: &Shape) -> Vec<EnumValue> {
    let mut taken: BTreeSet<String> = ["Unknown".to_owned()].into();
    let values = shape.enum_values.as_deref().unwrap_or_default();
    values
        .iter()
        .map(|wire| EnumValue {
            wire: wire.clone(),
            name: names::claim(&mut taken, names::variant_name(wire), "Value"),
            docs: vec![format!("The value {}.", code(wire))],
        })
        .collect()
}

/// Fields (or variants) of a structure (or union); members left out are noted in `notes`.
fn fields(
    ctx: &Ctx,
    shape_name: &str,
    shape: &Shape,
    union: bool,
    notes: &mut Vec<String>,
) -> Result<Vec<Field>, Error> {
    let mut taken: BTreeSet<String> = if union {
        ["SdkUnknownMember".to_owned()].into()
    } else {
        BTreeSet::new()
    };
    let mut out = Vec::new();
    let mut elsewhere: Vec<String> = Vec::new();
    for (wire, member) in shape.members.iter() {
        if ctx.class(&member.shape) == Class::EventStream {
            notes.push(format!(
                "The member {} is an event stream, which this model does not cover: it is left out.",
                code(wire)
            ));
            continue;
        }
        if ctx.types_only && shape.payload.as_deref() == Some(wire.as_str()) {
            let body = match ctx.class(&member.shape) {
                Class::Structure | Class::Union => {
                    format!("the type `{}`", ctx.names[&member.shape])
                }
                _ => format!("raw `{}` data", ctx.shape(&member.shape).kind),
            };
            notes.push(format!(
                "The member {} is the whole HTTP body ({body}) and is left out of this structure.",
                code(wire)
            ));
            continue;
        }
        let left_out = if ctx.types_only {
            !select::in_body(shape, wire, member)
        } else {
            member.eventpayload || member.eventheader
        };
        if left_out {
            elsewhere.push(located(wire, member));
            continue;
        }
        out.push(field(
            ctx, shape_name, shape, wire, member, union, &mut taken,
        )?);
    }
    if !elsewhere.is_empty() {
        notes.push(format!(
            "Members outside the body are left out of this type: {}.",
            elsewhere.join(", ")
        ));
    }
    Ok(out)
}

/// `wire` (HTTP header `X-Name`) and the like, for a member bound outside the body.
fn located(wire: &str, member: &Member) -> String {
    let place = match member.location.as_deref() {
        Some("header") => "HTTP header",
        Some("headers") => "HTTP headers with prefix",
        Some("querystring") => "query string parameter",
        Some("uri") => "URI label",
        Some("statusCode") => return format!("{} (the HTTP status code)", code(wire)),
        _ if member.eventheader => "event header",
        _ => "event payload",
    };
    let on_wire = member.location_name.as_deref().unwrap_or(wire);
    format!("{} ({place} {})", code(wire), code(on_wire))
}

fn field(
    ctx: &Ctx,
    shape_name: &str,
    shape: &Shape,
    wire: &str,
    member: &Member,
    union: bool,
    taken: &mut BTreeSet<String>,
) -> Result<Field, Error> {
    let name = if union {
        names::claim(taken, names::variant_name(wire), "Value")
    } else {
        names::claim_field(taken, names::field_name(wire))
    };
    let (mut ty, timestamp) = types::member_type(ctx, shape_name, member, 0)?;
    if ctx
        .boxed
        .contains(&(shape_name.to_owned(), wire.to_owned()))
    {
        ty = Ty::Boxed(Box::new(ty));
    }
    let binding = if union {
        Binding::Body
    } else {
        bindings::binding(ctx, shape_name, shape, wire, member, &ty)?
    };
    let bound = bindings::describe(&binding);
    let model_required = !union && shape.required.iter().any(|r| r == wire);
    // Input members are all optional (an unset required one is refused when the request is
    // built); so are bound members, which the body's serde form does not fill.
    let required = model_required && bound.is_none() && !ctx.inputs.contains(shape_name);
    let wire_name = match (&bound, &member.location_name, ctx.cbor) {
        (Some(_), Some(location_name), _) => location_name.clone(),
        (Some(_), None, _) => wire.to_owned(),
        // botocore's JSON parsers read a member under its `locationName`; the CBOR one under
        // its name.
        (None, Some(location_name), false) => location_name.clone(),
        (None, _, _) => wire.to_owned(),
    };
    let sensitive = types::member_sensitive(ctx, member, 0);
    let mut docs = model_docs(ctx, member.documentation.as_ref());
    let mut facts = match &bound {
        Some(place) => vec![format!(
            "Bound to {place}: not part of this type's serde form."
        )],
        None => vec![format!("Wire name: {}.", code(&wire_name))],
    };
    if model_required {
        facts.push("Required.".into());
    }
    if sensitive {
        facts.push("Sensitive: `Debug` redacts it.".into());
    }
    facts.extend(constraints(ctx.shape(&member.shape)));
    if docs.is_empty() {
        docs = docs::wrap_markdown(&facts.join(" "));
    } else if ctx.docs == DocsMode::Facts || bound.is_some() {
        docs.push(String::new());
        docs.extend(docs::wrap_markdown(&facts.join(" ")));
    }
    Ok(Field {
        wire: wire_name,
        member: wire.to_owned(),
        declared_timestamp: bindings::declared_timestamp(ctx, member),
        binding,
        name,
        float: ty.has_float() && bound.is_none(),
        ty,
        required,
        sensitive,
        timestamp: if bound.is_none() { timestamp } else { None },
        docs,
    })
}
