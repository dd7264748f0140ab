//! Stage 2: checks the parsed enum against the declaration contract and resolves wire names,
//! giving the model that `expand` turns into code. Every mistake is reported, not just the first.

use std::collections::HashMap;

use proc_macro2::Span;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::{Fields, Generics, Ident, Type};

use crate::case;
use crate::errors::Errors;
use crate::parse::{Container, Kind, Variant};

/// Keys with a meaning of their own on the wire, never a member's name.
const RESERVED_WIRE_NAMES: &[&str] = &["__type", "SDK_UNKNOWN_MEMBER"];

/// A checked union or open enum, ready to expand.
pub struct Model<'a> {
    pub kind: Kind,
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    pub members: Vec<Member<'a>>,
    /// `None` when the enum says `#[aws(deny_unknown_members)]`.
    pub unknown: Option<Unknown<'a>>,
}

/// A known member (union) or value (open enum).
pub struct Member<'a> {
    pub ident: &'a Ident,
    pub wire: String,
    /// The member's value type; `None` for a Unit member and for every open-enum value.
    pub ty: Option<&'a Type>,
    /// The snake-case word of the generated `as_*` / `is_*` helpers.
    pub helper: String,
}

/// The `#[aws(unknown)]` variant.
pub struct Unknown<'a> {
    pub ident: &'a Ident,
    /// Union: the type of the optional `value` field. Open enum: the type of the one field.
    pub value: Option<&'a Type>,
}

pub fn check<'a>(container: Container<'a>, errors: &mut Errors) -> Option<Model<'a>> {
    let kind = container.kind;
    let deny_unknown = container.attrs.deny_unknown_members.as_ref();
    let mut members = Vec::new();
    let mut unknown: Option<Unknown<'a>> = None;
    let mut wire_names: HashMap<String, &Ident> = HashMap::new();
    let mut helpers: HashMap<String, &Ident> = HashMap::new();

    if kind == Kind::OpenEnum && !container.generics.params.is_empty() {
        errors.at(
            container.generics,
            "an `AwsEnum` cannot be generic: its values are unit variants and a `String`",
        );
    }

    for variant in &container.variants {
        if let Some((_, discriminant)) = &variant.syn.discriminant {
            errors.at(
                discriminant,
                "explicit discriminants have no meaning on the wire; remove it",
            );
        }
        if let Some(unknown_path) = &variant.attrs.unknown {
            if let Some(first) = &unknown {
                errors.at(
                    unknown_path,
                    format_args!(
                        "only one variant can be `#[aws(unknown)]`; `{}` already is",
                        first.ident
                    ),
                );
            } else if let Some(deny) = deny_unknown {
                errors.at(
                    unknown_path,
                    "`#[aws(unknown)]` conflicts with `#[aws(deny_unknown_members)]` on the enum",
                );
                errors.at(deny, "`#[aws(deny_unknown_members)]` is set here");
            }
            if let Some(rename) = &variant.attrs.rename {
                errors.at(
                    rename,
                    "the unknown variant has no wire name of its own; remove `rename`",
                );
            }
            if let Some(found) = unknown_shape(kind, variant, errors) {
                unknown.get_or_insert(found);
            }
            continue;
        }

        let ty = member_shape(kind, variant, errors);
        let (wire, wire_span) = wire_name(&container, variant);
        if wire.is_empty() {
            errors.at_span(wire_span, "a wire name cannot be empty");
        } else if RESERVED_WIRE_NAMES.contains(&wire.as_str()) {
            errors.at_span(
                wire_span,
                format_args!(
                    "the wire name `{wire}` is reserved: `__type` is ignored on read and \
                     `SDK_UNKNOWN_MEMBER` is the unknown member's form"
                ),
            );
        } else if let Some(first) = wire_names.get(&wire) {
            errors.at_span(
                wire_span,
                format_args!("the wire name `{wire}` is already used by variant `{first}`"),
            );
        } else {
            wire_names.insert(wire.clone(), variant.ident());
        }

        let helper = case::helper_word(&variant.ident().unraw().to_string());
        if kind == Kind::Union {
            check_helper_name(&helper, variant.ident(), &mut helpers, errors);
        }
        members.push(Member {
            ident: variant.ident(),
            wire,
            ty: ty.flatten(),
            helper,
        });
    }

    if members.is_empty() {
        errors.at(
            container.ident,
            format_args!(
                "`{}` needs at least one variant that is not `#[aws(unknown)]`",
                container.ident
            ),
        );
    }
    if unknown.is_none() && deny_unknown.is_none() && !has_unknown_attr(&container.variants) {
        errors.at(
            container.ident,
            missing_unknown_message(kind, container.ident),
        );
    }

    Some(Model {
        kind,
        ident: container.ident,
        generics: container.generics,
        members,
        unknown,
    })
}

/// The shape of a known member: `Some(Some(ty))` for `V(T)`, `Some(None)` for a unit variant,
/// `None` (after an error) for anything else.
fn member_shape<'a>(
    kind: Kind,
    variant: &Variant<'a>,
    errors: &mut Errors,
) -> Option<Option<&'a Type>> {
    let fields = variant.fields();
    match (kind, fields) {
        (_, Fields::Unit) => Some(None),
        (Kind::Union, Fields::Unnamed(unnamed)) if unnamed.unnamed.len() == 1 => {
            Some(Some(&unnamed.unnamed[0].ty))
        }
        (Kind::Union, Fields::Unnamed(unnamed)) => {
            errors.at(
                fields,
                format_args!(
                    "a union member holds exactly one value, `{}(T)`, or none (a Unit member); found {}",
                    variant.ident(),
                    unnamed.unnamed.len()
                ),
            );
            None
        }
        (Kind::Union, Fields::Named(_)) => {
            errors.at(
                fields,
                format_args!(
                    "a union member holds its value as `{}(T)`; named fields are only for the \
                     `#[aws(unknown)]` variant",
                    variant.ident()
                ),
            );
            None
        }
        (Kind::OpenEnum, _) => {
            errors.at(
                fields,
                "an `AwsEnum` value is a unit variant; only the `#[aws(unknown)]` variant holds a `String`",
            );
            None
        }
    }
}

/// The shape of the `#[aws(unknown)]` variant: `V { name: String }` or `V { name: String,
/// value: T }` for a union, `V(String)` for an open enum.
fn unknown_shape<'a>(
    kind: Kind,
    variant: &Variant<'a>,
    errors: &mut Errors,
) -> Option<Unknown<'a>> {
    let ident = variant.ident();
    match (kind, variant.fields()) {
        (Kind::Union, Fields::Named(named)) => {
            let mut has_name = false;
            let mut value = None;
            for field in &named.named {
                let field_ident = field.ident.as_ref()?;
                if field_ident == "name" {
                    has_name = true;
                } else if field_ident == "value" {
                    value = Some(&field.ty);
                } else {
                    errors.at(
                        field_ident,
                        format_args!(
                            "unexpected field `{field_ident}` in the unknown variant: it has `name` \
                             (the member's wire name) and optionally `value` (its value)"
                        ),
                    );
                }
            }
            if !has_name {
                errors.at(
                    ident,
                    format_args!(
                        "the unknown variant needs a field `name: String` to keep the member's \
                         wire name: `{ident} {{ name: String }}`"
                    ),
                );
                return None;
            }
            Some(Unknown { ident, value })
        }
        (Kind::Union, fields) => {
            errors.at(
                shape_tokens(variant, fields),
                format_args!(
                    "the unknown variant must be `{ident} {{ name: String }}` or \
                     `{ident} {{ name: String, value: T }}`"
                ),
            );
            None
        }
        (Kind::OpenEnum, Fields::Unnamed(unnamed)) if unnamed.unnamed.len() == 1 => Some(Unknown {
            ident,
            value: Some(&unnamed.unnamed[0].ty),
        }),
        (Kind::OpenEnum, fields) => {
            errors.at(
                shape_tokens(variant, fields),
                format_args!("the unknown variant of an `AwsEnum` must be `{ident}(String)`"),
            );
            None
        }
    }
}

/// The tokens to blame for a variant of the wrong shape: its fields, or its name when it has none.
fn shape_tokens(variant: &Variant, fields: &Fields) -> proc_macro2::TokenStream {
    match fields {
        Fields::Unit => variant.ident().to_token_stream(),
        _ => fields.to_token_stream(),
    }
}

/// The wire name and the span to blame for it: the `rename` literal, else the variant name.
fn wire_name(container: &Container, variant: &Variant) -> (String, Span) {
    if let Some(rename) = &variant.attrs.rename {
        return (rename.value(), rename.span());
    }
    let name = variant.ident().unraw().to_string();
    let wire = match container.attrs.rename_all {
        Some(rule) => rule.apply(&name),
        None => name,
    };
    (wire, variant.ident().span())
}

fn check_helper_name<'a>(
    helper: &str,
    ident: &'a Ident,
    seen: &mut HashMap<String, &'a Ident>,
    errors: &mut Errors,
) {
    if helper == "unknown" {
        errors.at(
            ident,
            format_args!(
                "a member variant named `{ident}` would generate `is_unknown`, which tells the \
                 unknown variant; name the variant otherwise and keep its wire name with \
                 `#[aws(rename = \"...\")]`"
            ),
        );
    } else if let Some(first) = seen.get(helper) {
        errors.at(
            ident,
            format_args!(
                "variants `{first}` and `{ident}` would both generate `as_{helper}`; rename one"
            ),
        );
    } else {
        seen.insert(helper.to_owned(), ident);
    }
}

fn has_unknown_attr(variants: &[Variant]) -> bool {
    variants.iter().any(|v| v.attrs.unknown.is_some())
}

fn missing_unknown_message(kind: Kind, ident: &Ident) -> String {
    let example = match kind {
        Kind::Union => "`#[aws(unknown)] SdkUnknownMember { name: String }`",
        Kind::OpenEnum => "`#[aws(unknown)] Unknown(String)`",
    };
    format!(
        "`{ident}` has no `#[aws(unknown)]` variant: AWS adds members and values over time, and \
         an old client must keep them; add {example}, or put `#[aws(deny_unknown_members)]` on \
         the enum to reject them"
    )
}
