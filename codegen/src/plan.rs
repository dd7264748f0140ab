//! Stage 2, the plan: which shapes become which Rust items, with every decision made.
//!
//! Pure: no printing and no I/O, so each rule is tested on the plan itself. Decisions:
//! - operations and shapes to emit (`select.rs`): every operation and shape, or the closure of
//!   `--shape` / `--operation` roots (an operation's input, output and errors) over members,
//!   list items and map keys and values;
//! - where each member goes in an HTTP message (`bindings.rs`), and what each operation
//!   checks and sends (`operations.rs`, [`OperationPlan`]);
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
use crate::{cycles, Error};

mod build;
mod client;
mod operation;
mod validation;

pub use build::build;
pub use client::{plan_client, ClientPlan, Method, PaginatorPlan, Step};

pub use operation::{
    Binding, Check, CheckKind, ChecksumPlan, ErrorVariant, HostPiece, OperationPlan, PathPiece,
    PayloadKind, Protocol, ProtocolChoice, ServicePlan, SkippedOperation,
};
pub(crate) use validation::{reaches, value_checks};
pub use validation::{MemberCheck, NestedCheck, TypeChecks};

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
    /// No `Client` type (the crate has its own); the setters and `is_*` helpers stay.
    pub no_client: bool,
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
    /// The service client, its paginators and the setters, when operations are generated.
    pub client: Option<ClientPlan>,
    /// The structures and unions below the operations' inputs that check their members.
    pub validated: Vec<TypeChecks>,
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
