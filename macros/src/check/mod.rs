//! Stage 2: checks the parsed type against the declaration contract and resolves wire names,
//! giving the model that `expand` turns into code. Every mistake is reported, not just the first.

mod fields;
mod types;
mod variants;

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{GenericParam, Generics, Ident, Lifetime, Type};

use crate::attr::{Bounds, ContainerAttrs, MemberAttrs, TimestampFormat};
use crate::errors::Errors;
use crate::parse::{Container, Kind};

/// Keys with a meaning of their own on the wire, never a member's name.
const RESERVED_WIRE_NAMES: &[&str] = &["__type", "SDK_UNKNOWN_MEMBER"];

/// A checked union, open enum or structure, ready to expand.
pub struct Model<'a> {
    pub kind: Kind,
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    /// The path of the `aws-union` facade (`::aws_union` unless `#[aws(crate = "…")]`).
    pub krate: TokenStream,
    pub bound: Option<Bounds>,
    /// `#[aws(debug)]`, by its token: a `Debug` that redacts sensitive members.
    pub debug: Option<TokenStream>,
    /// `#[aws(sensitive)]` on the type: every member is redacted (an open enum: its value).
    pub sensitive: bool,
    /// `#[aws(default)]`: `Default` is the error-corrected zero value.
    pub default: bool,
    pub members: Vec<Member<'a>>,
    /// Structures: the members marked `#[aws(skip)]`, outside the serde form.
    pub skipped: Vec<Skipped<'a>>,
    /// Structures: every field, in declaration order (for `Debug`).
    pub fields: Vec<&'a Ident>,
    /// `None` when the enum says `#[aws(deny_unknown_members)]`, and for structures.
    pub unknown: Option<Unknown>,
    /// Lifetimes the input may lend to (`'de: 'a`).
    pub borrowed: Vec<Lifetime>,
}

/// A known union member, open-enum value or structure member.
pub struct Member<'a> {
    pub ident: &'a Ident,
    pub wire: String,
    /// The value type, with `Self` replaced; `None` for a Unit member and open-enum values.
    pub ty: Option<Type>,
    /// Structures: `T` of an `Option<T>` member.
    pub option: Option<Type>,
    /// Structures: `#[aws(optional)]`, an `Option` under another name, reached through the
    /// facade's `OptionalMember` (`option` is then its `Inner`).
    pub option_alias: bool,
    /// The snake-case word of the generated `as_*` / `is_*` helpers.
    pub helper: String,
    pub adapter: Adapter,
    pub required: bool,
    /// Marked `#[aws(sensitive)]`, or the type is: redacted in `Debug`, and read through the
    /// facade's `Sensitive`, so a decode error never shows its value.
    pub sensitive: bool,
    /// `#[aws(borrow)]` on a `Cow`: read through a wrapper that borrows.
    pub borrow_cow: bool,
    /// The type names a lifetime, and the member is not marked `#[aws(borrow)]`: checked not
    /// to be a type that reads only by borrowing.
    pub check_owned: bool,
    /// Where type errors of this member are blamed.
    pub span: Span,
}

/// A structure member marked `#[aws(skip)]`: not written, not read, `Default` when read.
pub struct Skipped<'a> {
    pub ident: &'a Ident,
    /// Its type, with `Self` replaced.
    pub ty: Type,
    pub sensitive: bool,
}

/// AWS's scalar rules that the member's own type does not carry.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Adapter {
    Plain,
    Float,
    Timestamp(TimestampFormat),
}

/// The `#[aws(unknown)]` variant.
pub struct Unknown {
    pub ident: Ident,
    /// Union: the type of the `name` field (the member's wire name).
    pub name: Option<Type>,
    /// Union: the type of the optional `value` field. Open enum: the type of the one field.
    pub value: Option<Type>,
    /// As `Member::check_owned`, for `value`.
    pub check_owned: bool,
}

pub fn check<'a>(container: Container<'a>, errors: &mut Errors) -> Option<Model<'a>> {
    check_container_attrs(&container, errors);
    check_generics(&container, errors);
    let self_ty = {
        let ident = container.ident;
        let (_, ty_generics, _) = container.generics.split_for_impl();
        quote!(#ident #ty_generics)
    };
    let (members, skipped, unknown) = match container.kind {
        Kind::Structure => {
            let (members, skipped) = fields::check(&container, &self_ty, errors);
            (members, skipped, None)
        }
        Kind::Union | Kind::OpenEnum => {
            let (members, unknown) = variants::check(&container, &self_ty, errors);
            (members, Vec::new(), unknown)
        }
    };
    let fields = match container.kind {
        Kind::Structure => container.members.iter().map(|m| m.ident).collect(),
        Kind::Union | Kind::OpenEnum => Vec::new(),
    };
    let borrowed = borrowed_lifetimes(&container, errors);
    let attrs = container.attrs;
    // A sensitive structure or union has every member sensitive: none shows its value in a
    // decode error either. An open enum's values are names, not read through members.
    let mut members = members;
    if attrs.sensitive.is_some() && container.kind != Kind::OpenEnum {
        for member in &mut members {
            member.sensitive = true;
        }
    }
    Some(Model {
        kind: container.kind,
        ident: container.ident,
        generics: container.generics,
        krate: attrs.facade(),
        bound: attrs.bound,
        debug: attrs.debug,
        sensitive: attrs.sensitive.is_some(),
        default: attrs.default.is_some(),
        members,
        skipped,
        fields,
        unknown,
        borrowed,
    })
}

/// Rejects container attributes that mean nothing for this derive.
fn check_container_attrs(container: &Container, errors: &mut Errors) {
    let attrs: &ContainerAttrs = &container.attrs;
    let derive = container.kind.derive_name();
    let not_for = |path: &Option<crate::attr::Origin>, kinds: &[Kind], errors: &mut Errors| {
        if let Some(path) = path {
            if kinds.contains(&container.kind) {
                errors.at(
                    path,
                    format_args!(
                        "aws attribute `{}` does not apply to `{derive}`",
                        crate::attr::path_text(path)
                    ),
                );
            }
        }
    };
    not_for(&attrs.deny_unknown_members, &[Kind::Structure], errors);
    not_for(&attrs.default, &[Kind::OpenEnum, Kind::Union], errors);
    let bound_path = attrs.bound.as_ref().map(|b| b.path.clone());
    not_for(&bound_path, &[Kind::OpenEnum], errors);
    if let (Some(_), None) = (&attrs.sensitive, &attrs.debug) {
        errors.at(
            attrs.sensitive.as_ref(),
            "`#[aws(sensitive)]` on the type redacts the `Debug` that `#[aws(debug)]` generates; add `debug`",
        );
    }
}

/// A lifetime named `'de` would clash with the one the `Deserialize` impl introduces.
fn check_generics(container: &Container, errors: &mut Errors) {
    for param in &container.generics.params {
        if let GenericParam::Lifetime(def) = param {
            if def.lifetime.ident == "de" {
                errors.at(
                    &def.lifetime,
                    format_args!(
                        "the lifetime `'de` is the one `Deserialize<'de>` introduces; name it \
                         otherwise in `{}`",
                        container.ident
                    ),
                );
            }
        }
    }
}

/// `'a` of every `&'a str` / `&'a [u8]` member, and every lifetime of a `#[aws(borrow)]` member;
/// `borrow` on a member without a lifetime is an error at the attribute.
fn borrowed_lifetimes(container: &Container, errors: &mut Errors) -> Vec<Lifetime> {
    let mut out: Vec<Lifetime> = Vec::new();
    for member in &container.members {
        if let Some(borrow) = &member.attrs.borrow {
            let types = member_types(member);
            if types.iter().all(|ty| types::lifetimes(ty).is_empty()) {
                errors.at(
                    borrow,
                    format_args!(
                        "`borrow` has nothing to borrow: the type of `{}` names no lifetime; a \
                         member that borrows from the input is `&'a str`, `Cow<'a, str>` or \
                         `CowStr<'a>`, or holds one",
                        member.ident
                    ),
                );
            }
        }
        for ty in member_types(member) {
            let found = if member.attrs.borrow.is_some() {
                types::lifetimes(ty)
            } else {
                types::auto_borrowed(types::option_inner(ty).unwrap_or(ty))
                    .cloned()
                    .into_iter()
                    .collect()
            };
            for lifetime in found {
                if !out.contains(&lifetime) {
                    out.push(lifetime);
                }
            }
        }
    }
    out
}

/// Whether a member of type `ty` is checked not to read only by borrowing: it names a lifetime
/// it does not lend by itself (`&'a str`), and the member is not marked `#[aws(borrow)]`.
fn check_owned(member: &crate::parse::Member, ty: &Type) -> bool {
    member.attrs.borrow.is_none()
        && types::auto_borrowed(types::option_inner(ty).unwrap_or(ty)).is_none()
        && !types::lifetimes(ty).is_empty()
}

fn member_types<'a>(member: &crate::parse::Member<'a>) -> Vec<&'a Type> {
    match (member.field, member.fields()) {
        (Some(field), _) => vec![&field.ty],
        (None, Some(fields)) => fields.iter().map(|f| &f.ty).collect(),
        (None, None) => Vec::new(),
    }
}

/// The wire name and the span to blame for it: the `rename` literal, else the member's name.
fn wire_name(container: &Container, member: &crate::parse::Member) -> (String, Span) {
    use syn::ext::IdentExt;
    if let Some(rename) = &member.attrs.rename {
        return (rename.value(), rename.span());
    }
    let name = member.ident.unraw().to_string();
    let wire = match (&container.attrs.rename_all, container.kind) {
        (Some((rule, _)), Kind::Structure) => rule.apply_to_field(&name),
        (Some((rule, _)), _) => rule.apply(&name),
        (None, _) => name,
    };
    (wire, member.ident.span())
}

/// Checks a wire name: not empty, not reserved, not taken; records it.
fn check_wire_name(
    wire: &str,
    span: Span,
    ident: &Ident,
    seen: &mut Vec<(String, Ident)>,
    errors: &mut Errors,
) {
    if wire.is_empty() {
        errors.at_span(span, "a wire name cannot be empty");
    } else if RESERVED_WIRE_NAMES.contains(&wire) {
        errors.at_span(
            span,
            format_args!(
                "the wire name `{wire}` is reserved: `__type` is ignored on read and \
                 `SDK_UNKNOWN_MEMBER` is the unknown member's form"
            ),
        );
    } else if let Some((_, first)) = seen.iter().find(|(w, _)| w == wire) {
        errors.at_span(
            span,
            format_args!("the wire name `{wire}` is already used by `{first}`"),
        );
    } else {
        seen.push((wire.to_owned(), ident.clone()));
    }
}

/// Member attributes that mean nothing here are errors at the attribute.
fn reject_member_attrs(attrs: &MemberAttrs, names: &[&str], what: &str, errors: &mut Errors) {
    for name in names {
        if let Some(path) = attrs.named(name) {
            errors.at(
                path,
                format_args!("aws attribute `{name}` does not apply to {what}"),
            );
        }
    }
}

/// The adapter a member asks for; `float` and `timestamp` together are an error.
fn adapter(attrs: &MemberAttrs, errors: &mut Errors) -> Adapter {
    match (&attrs.float, &attrs.timestamp) {
        (Some(_), Some((_, path))) => {
            errors.at(path, "a member is a float or a timestamp, not both");
            Adapter::Float
        }
        (Some(_), None) => Adapter::Float,
        (None, Some((format, _))) => Adapter::Timestamp(*format),
        (None, None) => Adapter::Plain,
    }
}
