//! Planning a module: the selection, the names, the boxing, the items, the operations and
//! the docs, in that order.

use std::collections::{BTreeMap, BTreeSet};

use super::{Class, Ctx, Item, ItemKind, Options, Plan, Strings};
use crate::model::Service;
use crate::{cycles, names, select, Error};

/// Plans the module for `service` (already validated), in `protocol` (botocore's name).
pub fn build(
    service: &Service,
    origin: &str,
    options: &Options,
    protocol: &str,
) -> Result<Plan, Error> {
    if options.strings == Strings::Borrowed && !options.types_only {
        return Err(Error::model(
            origin,
            None,
            "borrowed strings are for body types only (`--types-only`): operations read \
             outputs that own their strings",
        ));
    }
    let mut ctx = Ctx {
        service,
        origin,
        unions: BTreeSet::new(),
        names: BTreeMap::new(),
        enums: BTreeSet::new(),
        boxed: BTreeSet::new(),
        cbor: protocol == "smithy-rpc-v2-cbor",
        docs: options.docs,
        strings: options.strings,
        protocol,
        types_only: options.types_only,
        bindings: protocol == "rest-json" && !options.types_only,
        inputs: BTreeSet::new(),
    };
    for (service_id, shape) in crate::DEFAULT_UNION_OVERRIDES {
        let is_structure = service
            .shapes
            .get(*shape)
            .is_some_and(|s| s.kind == "structure");
        if service.metadata.service_id == *service_id && is_structure {
            ctx.unions.insert((*shape).to_owned());
        }
    }
    for name in &options.unions {
        match service.shapes.get(name) {
            Some(s) if s.kind == "structure" && !s.document && !s.eventstream => {
                ctx.unions.insert(name.clone());
            }
            Some(_) => return Err(ctx.error(name, "--union names a shape that is not a structure")),
            None => return Err(ctx.error(name, "no such shape in the model (given with --union)")),
        }
    }
    let selection = select::select(&ctx, options)?;
    for op in &selection.operations {
        let operation = &service.operations[op];
        ctx.inputs
            .extend(operation.input.iter().map(|r| r.shape.clone()));
        for error in &operation.errors {
            if ctx.class(&error.shape) != Class::Structure {
                return Err(ctx.error(
                    &error.shape,
                    format!("operation `{op}` names it as an error, but it is not a structure"),
                ));
            }
        }
    }
    let emitted: Vec<&String> = selection
        .shapes
        .iter()
        .filter(|n| matches!(ctx.class(n), Class::Structure | Class::Union | Class::Enum))
        .collect();

    // Names: shapes already UpperCamelCase claim theirs first, converted names after, then
    // the operations' unit structs and error enums.
    let mut taken: BTreeSet<String> = BTreeSet::from(["Self".to_owned()]);
    let (conforming, others): (Vec<&String>, Vec<&String>) =
        emitted.iter().partition(|n| names::is_upper_camel(n));
    for shape in conforming.into_iter().chain(others) {
        let name = names::claim(&mut taken, names::type_name(shape), "Shape");
        if ctx.class(shape) == Class::Enum {
            ctx.enums.insert(name.clone());
        }
        ctx.names.insert(shape.clone(), name);
    }
    let operation_names = crate::operations::claim_names(&selection.operations, &mut taken);

    let mut graph: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for shape_name in &emitted {
        if !matches!(ctx.class(shape_name), Class::Structure | Class::Union) {
            continue;
        }
        let shape = ctx.shape(shape_name);
        let edges = shape
            .members
            .iter()
            .filter(|(n, m)| !ctx.types_only || select::in_body(shape, n, m))
            .filter(|(_, m)| matches!(ctx.class(&m.shape), Class::Structure | Class::Union))
            .map(|(n, m)| (n.clone(), m.shape.clone()))
            .collect();
        graph.insert((*shape_name).clone(), edges);
    }
    ctx.boxed = cycles::edges_to_box(&graph);

    let facts = crate::facts::Facts::new(&ctx);
    let mut items = Vec::new();
    for shape in emitted {
        items.push(crate::facts::item(&ctx, &facts, shape)?);
    }
    mark_lifetimes(&mut items);
    let input_names: BTreeSet<String> = ctx.inputs.iter().map(|s| ctx.names[s].clone()).collect();
    let validated = if ctx.types_only {
        Vec::new()
    } else {
        super::validation::plan(&ctx, &items, &input_names)
    };
    let checking: BTreeSet<String> = validated.iter().map(|t| t.name.clone()).collect();
    let mut operations = Vec::new();
    for (op, names) in &operation_names {
        operations.push(crate::operations::plan(&ctx, op, names, &items, &checking)?);
    }
    let service_plan = if operations.is_empty() {
        None
    } else {
        Some(crate::operations::service(&ctx)?)
    };
    let compressed: Vec<String> = operations
        .iter()
        .filter(|o| o.compression)
        .map(|o| o.name.clone())
        .collect();
    Ok(Plan {
        module_docs: crate::module_docs::module_docs(
            &ctx,
            options,
            &selection.skipped,
            &compressed,
        ),
        items,
        service: service_plan,
        operations,
        skipped: selection.skipped,
        client: None,
        validated,
    })
}

/// Sets `lifetime` on every structure and union that reaches a borrowed string, directly or
/// through lists, maps, boxes and other generated types (recursion included): repeated until
/// nothing changes, since each round only adds types.
fn mark_lifetimes(items: &mut [Item]) {
    let mut lent: BTreeSet<String> = BTreeSet::new();
    loop {
        let before = lent.len();
        for item in items.iter() {
            let fields = match &item.kind {
                ItemKind::Structure(fields) | ItemKind::Union(fields) => fields,
                ItemKind::Enum(_) => continue,
            };
            if fields.iter().any(|f| f.ty.has_lifetime(&lent)) {
                lent.insert(item.name.clone());
            }
        }
        if lent.len() == before {
            break;
        }
    }
    for item in items {
        item.lifetime = lent.contains(&item.name);
    }
}
