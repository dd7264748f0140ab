//! Stage 2, the plan: which shapes become which Rust items, with every decision made.
//!
//! Pure: no printing and no I/O, so each rule is tested on the plan itself. Decisions:
//! - shapes to emit: every shape, or the closure of `--shape` / `--operation` roots over body
//!   members, payloads, list items and map keys and values;
//! - Rust items: a structure → struct, a union (or `--union` / default override) → enum with a
//!   value-keeping unknown member, a string with `enum` → open enum; lists, maps and scalars
//!   are written inline; a `document` structure → `Document`; event streams are not modelled;
//! - names (`names.rs`), boxing (`cycles.rs`), docs (`docs.rs`, `facts.rs`);
//! - redaction: a member is `sensitive` when the member's target, or a list item or map key or
//!   value it holds, is marked sensitive; a sensitive structure, union or string enum also
//!   redacts itself whole (an enum's `Debug` shows only the redaction marker). A sensitive value
//!   further inside another generated type is redacted by that type's own `Debug`, so every
//!   sensitive value is covered without hiding its non-sensitive siblings.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Service, Shape};
use crate::{cycles, names, select, Error};

mod operation;

pub use operation::{
    Binding, Check, CheckKind, ErrorVariant, HostPiece, OperationPlan, PathPiece, PayloadKind,
    Protocol, ProtocolChoice, ServicePlan, SkippedOperation,
};

/// Where documentation comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DocsMode {
    /// The model's own documentation, first paragraph, as Markdown (facts where it has none).
    #[default]
    Model,
    /// Only sentences the generator writes from the model's facts.
    Facts,
}

/// How string shapes (not enums) are held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Strings {
    /// `String`: the types own their text and have no lifetime.
    #[default]
    Owned,
    /// `aws_union::CowStr<'a>`: borrowed from the input where the format lends it. Every
    /// structure and union that reaches a string gets the lifetime `'a`.
    Borrowed,
}

/// What to generate, as given on the command line or to [`crate::Generator`].
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Shapes to generate (with all they reach).
    pub shapes: Vec<String>,
    /// Operations whose input and output shapes to generate.
    pub operations: Vec<String>,
    /// Structures to treat as unions.
    pub unions: Vec<String>,
    /// Source of docs.
    pub docs: DocsMode,
    /// How strings are held.
    pub strings: Strings,
    /// Body types only, as before operations were generated: no operations, members bound
    /// outside the body left out, required input members plain.
    pub types_only: bool,
    /// Which protocol to generate for a service that lists several.
    pub protocol: Option<ProtocolChoice>,
}

/// The decided module.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Lines of the module's documentation.
    pub module_docs: Vec<String>,
    /// Items in shape-name order.
    pub items: Vec<Item>,
    /// The service's `SERVICE` constant, when operations are generated.
    pub service: Option<ServicePlan>,
    /// The generated operations, in name order.
    pub operations: Vec<OperationPlan>,
    /// Operations of the model that are not generated, with why.
    pub skipped: Vec<SkippedOperation>,
}

impl Plan {
    /// The item generated for a model shape.
    pub fn item(&self, shape: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.shape == shape)
    }

    /// The item whose Rust name is `name`.
    pub fn item_named(&self, name: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.name == name)
    }

    /// The generated operation named `name` in the model.
    pub fn operation(&self, name: &str) -> Option<&OperationPlan> {
        self.operations.iter().find(|o| o.name == name)
    }
}

/// One generated type.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Shape name in the model.
    pub shape: String,
    /// Rust type name.
    pub name: String,
    /// Doc lines (Markdown).
    pub docs: Vec<String>,
    /// The shape itself is sensitive: its whole `Debug` is redacted.
    pub sensitive: bool,
    /// Structure, union or enum.
    pub kind: ItemKind,
    /// The type has the lifetime `'a`: it reaches a borrowed string.
    pub lifetime: bool,
}

/// What kind of Rust item.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemKind {
    /// A struct with these fields.
    Structure(Vec<Field>),
    /// An enum with these variants (one per member) and the unknown member.
    Union(Vec<Field>),
    /// An open enum with these values and `Unknown`.
    Enum(Vec<EnumValue>),
}

/// A struct field or a union variant.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Member name on the wire: the body's key (or, for a bound member, its header, query
    /// parameter or label name).
    pub wire: String,
    /// Member name in the model (botocore's parameter name).
    pub member: String,
    /// Where the member goes: the body, or bound elsewhere (then it is not part of the
    /// type's serde form).
    pub binding: Binding,
    /// The timestamp format the model declares for the member (its own or its shape's), if
    /// any: bound members use it instead of their location's default.
    pub declared_timestamp: Option<&'static str>,
    /// Rust field name (maybe `r#…`) or variant name.
    pub name: String,
    /// Rust type, before `Option`.
    pub ty: Ty,
    /// A required structure member (a plain field; others are `Option`).
    pub required: bool,
    /// Redacted in `Debug`.
    pub sensitive: bool,
    /// Timestamp format (`epoch-seconds`, `date-time`, `http-date`) when the type holds one.
    pub timestamp: Option<&'static str>,
    /// The type holds `f32` or `f64`.
    pub float: bool,
    /// Doc lines.
    pub docs: Vec<String>,
}

/// One value of an open enum.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumValue {
    /// The value on the wire.
    pub wire: String,
    /// Variant name.
    pub name: String,
    /// Doc lines.
    pub docs: Vec<String>,
}

/// A Rust type in the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    /// `String`.
    String,
    /// `aws_union::CowStr<'a>`: a string borrowed from the input where it lends it.
    CowStr,
    /// `bool`.
    Bool,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `f32`.
    F32,
    /// `f64`.
    F64,
    /// `aws_union::Blob`.
    Blob,
    /// `aws_union::Timestamp`.
    Timestamp,
    /// `aws_union::Document`.
    Document,
    /// A generated type, by Rust name.
    Named(String),
    /// `Vec<T>`, or `Vec<Option<T>>` when sparse.
    List(Box<Ty>, bool),
    /// `BTreeMap<K, V>`, or `BTreeMap<K, Option<V>>` when sparse.
    Map(Box<Ty>, Box<Ty>, bool),
    /// `Box<T>`: the edge that breaks a containment cycle.
    Boxed(Box<Ty>),
}

impl Ty {
    /// Does this type hold a float (and need `#[aws(float)]`)?
    pub fn has_float(&self) -> bool {
        match self {
            Ty::F32 | Ty::F64 => true,
            Ty::List(t, _) | Ty::Boxed(t) => t.has_float(),
            Ty::Map(_, v, _) => v.has_float(),
            _ => false,
        }
    }

    /// Does this type carry the lifetime `'a`: a borrowed string, or a generated type named in
    /// `lent`?
    pub fn has_lifetime(&self, lent: &BTreeSet<String>) -> bool {
        match self {
            Ty::CowStr => true,
            Ty::Named(name) => lent.contains(name),
            Ty::List(t, _) | Ty::Boxed(t) => t.has_lifetime(lent),
            Ty::Map(k, v, _) => k.has_lifetime(lent) || v.has_lifetime(lent),
            _ => false,
        }
    }
}

/// How a member shape is turned into Rust.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Becomes a generated struct.
    Structure,
    /// Becomes a generated union enum.
    Union,
    /// Becomes a generated open enum.
    Enum,
    /// An event stream: not modelled.
    EventStream,
    /// Written inline (scalars, lists, maps, documents).
    Inline,
}

/// Shared state of one planning run.
pub(crate) struct Ctx<'a> {
    pub service: &'a Service,
    pub origin: &'a str,
    pub unions: BTreeSet<String>,
    pub names: BTreeMap<String, String>,
    /// Rust names of the generated string enums.
    pub enums: BTreeSet<String>,
    pub boxed: BTreeSet<cycles::Edge>,
    pub cbor: bool,
    pub docs: DocsMode,
    pub strings: Strings,
    /// The protocol generated (botocore's name: `json`, `rest-json`, `smithy-rpc-v2-cbor`).
    pub protocol: &'a str,
    /// Types only, as before operations were generated.
    pub types_only: bool,
    /// Members keep their HTTP bindings (restJson1 with operations).
    pub bindings: bool,
    /// Input shapes of the generated operations: every member optional.
    pub inputs: BTreeSet<String>,
}

impl<'a> Ctx<'a> {
    pub fn shape(&self, name: &str) -> &'a Shape {
        // Every reference was checked by `validate`; this lookup cannot miss.
        &self.service.shapes[name]
    }

    pub fn class(&self, name: &str) -> Class {
        let shape = self.shape(name);
        match shape.kind.as_str() {
            "structure" if shape.eventstream => Class::EventStream,
            "structure" if shape.document => Class::Inline,
            "structure" if shape.union || self.unions.contains(name) => Class::Union,
            "structure" => Class::Structure,
            "string" if shape.enum_values.is_some() => Class::Enum,
            _ => Class::Inline,
        }
    }

    pub fn error(&self, shape: &str, message: impl Into<String>) -> Error {
        Error::model(self.origin, Some(shape), message)
    }
}

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
    let mut operations = Vec::new();
    for (op, names) in &operation_names {
        operations.push(crate::operations::plan(&ctx, op, names, &items)?);
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
