//! Which operations and shapes a module holds.
//!
//! - Operations: the ones named with `--operation`; with neither `--operation` nor `--shape`,
//!   every operation of the model. An operation with an event stream in its input or output
//!   is never generated (naming one is an error; with all operations, it is listed as not
//!   generated, with the reason), and its input and output shapes are left out unless
//!   something else reaches them.
//! - Shapes: the closure, over members, list items and map keys and values, of the `--shape`
//!   roots and of each generated operation's input, output and errors; with no selection at
//!   all, of every shape. Event streams are neither kept nor walked.
//!
//! With `types_only`, the selection of the body-types generator: `--operation` selects its
//! input and output shapes, and members bound outside the body are not walked.

use std::collections::BTreeSet;

use crate::model::{self, Member, Shape};
use crate::plan::{Class, Ctx, Options, SkippedOperation};
use crate::Error;

/// What a module holds.
pub(crate) struct Selection {
    /// Shapes to generate (with those that become no item: scalars, lists, maps).
    pub shapes: BTreeSet<String>,
    /// Operations to generate, in name order.
    pub operations: Vec<String>,
    /// Operations of the model not generated, with why (only when every operation is).
    pub skipped: Vec<SkippedOperation>,
}

/// Is this structure member part of the body, in the body-types form?
pub(crate) fn in_body(shape: &Shape, name: &str, member: &Member) -> bool {
    member.location.is_none()
        && !member.eventpayload
        && !member.eventheader
        && shape.payload.as_deref() != Some(name)
}

/// Shapes one shape refers to: its members (in the body-types form, body members and the
/// payload), list items, map keys and values.
fn children<'s>(ctx: &Ctx, shape: &'s Shape) -> Vec<&'s str> {
    let mut out: Vec<&str> = Vec::new();
    for (name, member) in shape.members.iter() {
        let walked = if ctx.types_only {
            in_body(shape, name, member) || shape.payload.as_deref() == Some(name.as_str())
        } else {
            !member.eventpayload && !member.eventheader
        };
        if walked {
            out.push(&member.shape);
        }
    }
    for m in [&shape.member, &shape.key, &shape.value]
        .into_iter()
        .flatten()
    {
        out.push(&m.shape);
    }
    out
}

/// Every shape reachable from `roots` (event streams are neither kept nor walked).
pub(crate) fn reach(ctx: &Ctx, roots: Vec<String>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = roots;
    while let Some(name) = todo.pop() {
        if ctx.class(&name) == Class::EventStream || !seen.insert(name.clone()) {
            continue;
        }
        todo.extend(
            children(ctx, ctx.shape(&name))
                .into_iter()
                .map(str::to_owned),
        );
    }
    seen
}

/// Why `operation` cannot be generated, if it cannot: an event stream in its input or output.
pub(crate) fn unsupported(ctx: &Ctx, operation: &model::Operation) -> Option<String> {
    let sides = [("input", &operation.input), ("output", &operation.output)];
    for (side, shape) in sides {
        let Some(shape) = shape else { continue };
        for (member, target) in ctx.shape(&shape.shape).members.iter() {
            if ctx.class(&target.shape) == Class::EventStream {
                return Some(format!(
                    "its {side} member `{member}` is an event stream, which aws-union-codegen \
                     does not generate"
                ));
            }
        }
    }
    None
}

/// Decides the module's operations and shapes.
pub(crate) fn select(ctx: &Ctx, options: &Options) -> Result<Selection, Error> {
    let service = ctx.service;
    let mut roots: Vec<String> = Vec::new();
    for name in &options.shapes {
        if !service.shapes.contains_key(name) {
            return Err(ctx.error(name, "no such shape in the model (given with --shape)"));
        }
        roots.push(name.clone());
    }
    let mut operations: Vec<String> = Vec::new();
    for name in &options.operations {
        let op = service.operations.get(name).ok_or_else(|| {
            Error::model(
                ctx.origin,
                None,
                format!("no operation `{name}` in the model"),
            )
        })?;
        if !ctx.types_only {
            if let Some(reason) = unsupported(ctx, op) {
                return Err(Error::model(
                    ctx.origin,
                    None,
                    format!("operation `{name}` cannot be generated: {reason}"),
                ));
            }
        }
        operations.push(name.clone());
    }
    let everything = options.shapes.is_empty() && options.operations.is_empty();
    let mut skipped = Vec::new();
    if everything && !ctx.types_only {
        let mut left_out: BTreeSet<&str> = BTreeSet::new();
        for (name, op) in &service.operations {
            match unsupported(ctx, op) {
                Some(reason) => {
                    skipped.push(SkippedOperation {
                        name: name.clone(),
                        reason,
                    });
                    left_out.extend(op.input.iter().chain(&op.output).map(|r| r.shape.as_str()));
                }
                None => operations.push(name.clone()),
            }
        }
        roots.extend(
            service
                .shapes
                .keys()
                .filter(|s| !left_out.contains(s.as_str()))
                .cloned(),
        );
    } else if everything {
        roots.extend(service.shapes.keys().cloned());
    }
    operations.sort();
    operations.dedup();
    for name in &operations {
        let op = &service.operations[name];
        roots.extend(op.input.iter().chain(&op.output).map(|r| r.shape.clone()));
        if !ctx.types_only {
            roots.extend(op.errors.iter().map(|r| r.shape.clone()));
        }
    }
    let shapes = reach(ctx, roots);
    if ctx.types_only {
        operations.clear();
    }
    Ok(Selection {
        shapes,
        operations,
        skipped,
    })
}
