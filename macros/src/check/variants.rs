//! The checks of a union's or open enum's variants.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Fields, Ident, Type};

use super::{
    adapter, check_owned, check_wire_name, reject_member_attrs, types, wire_name, Member, Unknown,
};
use crate::case;
use crate::errors::Errors;
use crate::parse::{Container, Kind, Member as Variant};

pub fn check<'a>(
    container: &Container<'a>,
    self_ty: &TokenStream,
    errors: &mut Errors,
) -> (Vec<Member<'a>>, Option<Unknown>) {
    let kind = container.kind;
    let deny_unknown = container.attrs.deny_unknown_members.as_ref();
    let mut members = Vec::new();
    let mut unknown: Option<Unknown> = None;
    let mut wire_names = Vec::new();
    let mut helpers: Vec<(String, Ident)> = Vec::new();

    if kind == Kind::OpenEnum && !container.generics.params.is_empty() {
        errors.at(
            container.generics,
            "an `AwsEnum` cannot be generic: its values are unit variants and a `String`",
        );
    }

    for variant in &container.members {
        let Some(syn_variant) = variant.variant else {
            continue;
        };
        if let Some((_, discriminant)) = &syn_variant.discriminant {
            errors.at(
                discriminant,
                "explicit discriminants have no meaning on the wire; remove it",
            );
        }
        let not_here: &[&str] = match kind {
            Kind::OpenEnum => &[
                "required",
                "optional",
                "sensitive",
                "borrow",
                "float",
                "timestamp",
                "skip",
            ],
            _ => &["required", "optional", "skip"],
        };
        let what = format!("a variant of `{}`", kind.derive_name());
        reject_member_attrs(&variant.attrs, not_here, &what, errors);

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
            if let Some(found) = unknown_shape(kind, variant, &syn_variant.fields, errors) {
                let value = found
                    .value
                    .as_ref()
                    .map(|ty| types::replace_self(ty, self_ty));
                let name = found.name.map(|ty| types::replace_self(ty, self_ty));
                let check_owned = found.value.is_some_and(|ty| check_owned(variant, ty));
                unknown.get_or_insert(Unknown {
                    ident: found.ident,
                    name,
                    value,
                    check_owned,
                });
            }
            continue;
        }

        let ty = member_shape(kind, variant, &syn_variant.fields, errors);
        if let Some(Some(ty)) = ty {
            if let Some(option) = types::option_inner(ty) {
                errors.at(
                    types::ungroup(ty),
                    format_args!(
                        "a union member is never null on the wire: use `{}({})`; `None` would \
                         be written as a null member, which reads back as no member set",
                        variant.ident,
                        option.to_token_stream()
                    ),
                );
            }
        }
        let (wire, wire_span) = wire_name(container, variant);
        check_wire_name(&wire, wire_span, variant.ident, &mut wire_names, errors);

        let helper = case::helper_word(&variant.ident.unraw().to_string());
        if kind == Kind::Union {
            check_helper_name(&helper, variant.ident, &mut helpers, errors);
        }
        let ty = ty.flatten();
        members.push(Member {
            ident: variant.ident,
            wire,
            span: ty.map_or_else(|| variant.ident.span(), |ty| ty.span()),
            borrow_cow: variant.attrs.borrow.is_some() && ty.is_some_and(types::is_cow),
            check_owned: ty.is_some_and(|ty| check_owned(variant, ty)),
            ty: ty.map(|ty| types::replace_self(ty, self_ty)),
            option: None,
            option_alias: false,
            helper,
            adapter: adapter(&variant.attrs, errors),
            required: false,
            sensitive: variant.attrs.sensitive.is_some(),
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
    let has_unknown_attr = container.members.iter().any(|v| v.attrs.unknown.is_some());
    if unknown.is_none() && deny_unknown.is_none() && !has_unknown_attr {
        errors.at(
            container.ident,
            missing_unknown_message(kind, container.ident),
        );
    }
    (members, unknown)
}

/// The shape of a known member: `Some(Some(ty))` for `V(T)`, `Some(None)` for a unit variant,
/// `None` (after an error) for anything else.
fn member_shape<'a>(
    kind: Kind,
    variant: &Variant<'a>,
    fields: &'a Fields,
    errors: &mut Errors,
) -> Option<Option<&'a Type>> {
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
                    variant.ident,
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
                    variant.ident
                ),
            );
            None
        }
        (_, _) => {
            errors.at(
                fields,
                "an `AwsEnum` value is a unit variant; only the `#[aws(unknown)]` variant holds a `String`",
            );
            None
        }
    }
}

/// The `#[aws(unknown)]` variant as written.
struct FoundUnknown<'a> {
    ident: Ident,
    name: Option<&'a Type>,
    value: Option<&'a Type>,
}

/// The shape of the `#[aws(unknown)]` variant: `V { name: String }` or `V { name: String,
/// value: T }` for a union, `V(String)` for an open enum.
fn unknown_shape<'a>(
    kind: Kind,
    variant: &Variant<'a>,
    fields: &'a Fields,
    errors: &mut Errors,
) -> Option<FoundUnknown<'a>> {
    let ident = variant.ident;
    match (kind, fields) {
        (Kind::Union, Fields::Named(named)) => {
            let mut name = None;
            let mut value = None;
            for field in &named.named {
                let field_ident = field.ident.as_ref()?;
                if field_ident == "name" {
                    name = Some(&field.ty);
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
            if name.is_none() {
                errors.at(
                    ident,
                    format_args!(
                        "the unknown variant needs a field `name: String` to keep the member's \
                         wire name: `{ident} {{ name: String }}`"
                    ),
                );
                return None;
            }
            Some(FoundUnknown {
                ident: ident.clone(),
                name,
                value,
            })
        }
        (Kind::Union, fields) => {
            errors.at(
                shape_tokens(ident, fields),
                format_args!(
                    "the unknown variant must be `{ident} {{ name: String }}` or \
                     `{ident} {{ name: String, value: T }}`"
                ),
            );
            None
        }
        (_, Fields::Unnamed(unnamed)) if unnamed.unnamed.len() == 1 => Some(FoundUnknown {
            ident: ident.clone(),
            name: None,
            value: Some(&unnamed.unnamed[0].ty),
        }),
        (_, fields) => {
            errors.at(
                shape_tokens(ident, fields),
                format_args!("the unknown variant of an `AwsEnum` must be `{ident}(String)`"),
            );
            None
        }
    }
}

/// The tokens to blame for a variant of the wrong shape: its fields, or its name when it has none.
fn shape_tokens(ident: &Ident, fields: &Fields) -> TokenStream {
    match fields {
        Fields::Unit => ident.to_token_stream(),
        _ => fields.to_token_stream(),
    }
}

fn check_helper_name(
    helper: &str,
    ident: &Ident,
    seen: &mut Vec<(String, Ident)>,
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
    } else if let Some((_, first)) = seen.iter().find(|(h, _)| h == helper) {
        errors.at(
            ident,
            format_args!(
                "variants `{first}` and `{ident}` would both generate `as_{helper}`; rename one"
            ),
        );
    } else {
        seen.push((helper.to_owned(), ident.clone()));
    }
}

fn missing_unknown_message(kind: Kind, ident: &Ident) -> String {
    let example = match kind {
        Kind::Union => "`#[aws(unknown)] SdkUnknownMember { name: String }`",
        _ => "`#[aws(unknown)] Unknown(String)`",
    };
    format!(
        "`{ident}` has no `#[aws(unknown)]` variant: AWS adds members and values over time, and \
         an old client must keep them; add {example}, or put `#[aws(deny_unknown_members)]` on \
         the enum to reject them"
    )
}
