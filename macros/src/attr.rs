//! The `#[aws(...)]` attributes. Each keeps the token it came from, so errors point at it.

use syn::{Attribute, LitStr, Path};

use crate::case::RenameRule;
use crate::errors::Errors;

/// Attributes of the enum itself.
#[derive(Default)]
pub struct ContainerAttrs {
    pub rename_all: Option<RenameRule>,
    pub deny_unknown_members: Option<Path>,
}

/// Attributes of one variant.
#[derive(Default)]
pub struct VariantAttrs {
    pub rename: Option<LitStr>,
    pub unknown: Option<Path>,
}

impl ContainerAttrs {
    pub fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut out = ContainerAttrs::default();
        let mut rename_all_seen: Option<Path> = None;
        for_each_aws_meta(attrs, errors, |meta, errors| {
            if meta.path.is_ident("rename_all") {
                let lit: LitStr = meta.value()?.parse()?;
                if mark_once(&mut rename_all_seen, &meta.path, errors) {
                    match RenameRule::from_str(&lit.value()) {
                        Some(rule) => out.rename_all = Some(rule),
                        None => errors.at(&lit, RenameRule::unknown_message(&lit.value())),
                    }
                }
            } else if meta.path.is_ident("deny_unknown_members") {
                reject_value(&meta, errors)?;
                mark_once(&mut out.deny_unknown_members, &meta.path, errors);
            } else {
                skip_value(&meta)?;
                errors.at(
                    &meta.path,
                    format_args!(
                        "unknown aws container attribute `{}`; expected `rename_all` or `deny_unknown_members`",
                        path_text(&meta.path)
                    ),
                );
            }
            Ok(())
        });
        out
    }
}

impl VariantAttrs {
    pub fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut out = VariantAttrs::default();
        let mut rename_seen: Option<Path> = None;
        for_each_aws_meta(attrs, errors, |meta, errors| {
            if meta.path.is_ident("rename") {
                let lit: LitStr = meta.value()?.parse()?;
                if mark_once(&mut rename_seen, &meta.path, errors) {
                    out.rename = Some(lit);
                }
            } else if meta.path.is_ident("unknown") {
                reject_value(&meta, errors)?;
                mark_once(&mut out.unknown, &meta.path, errors);
            } else {
                skip_value(&meta)?;
                errors.at(
                    &meta.path,
                    format_args!(
                        "unknown aws variant attribute `{}`; expected `rename` or `unknown`",
                        path_text(&meta.path)
                    ),
                );
            }
            Ok(())
        });
        out
    }
}

/// Fields take no `#[aws]` attributes; say so rather than ignore them.
pub fn reject_field_attrs(attrs: &[Attribute], errors: &mut Errors) {
    for attr in attrs.iter().filter(|a| a.path().is_ident("aws")) {
        errors.at(
            attr,
            "aws attributes go on the enum or its variants, not on fields",
        );
    }
}

/// Runs `f` on every entry of every `#[aws(...)]` attribute, recording its errors.
fn for_each_aws_meta(
    attrs: &[Attribute],
    errors: &mut Errors,
    mut f: impl FnMut(syn::meta::ParseNestedMeta, &mut Errors) -> syn::Result<()>,
) {
    for attr in attrs.iter().filter(|a| a.path().is_ident("aws")) {
        let mut inner = Errors::new();
        if let Err(e) = attr.parse_nested_meta(|meta| f(meta, &mut inner)) {
            inner.push(e);
        }
        if let Err(e) = inner.finish() {
            errors.push(e);
        }
    }
}

/// Records `path` as the first occurrence of its attribute; a repeat is an error at the repeat.
fn mark_once(slot: &mut Option<Path>, path: &Path, errors: &mut Errors) -> bool {
    if slot.is_some() {
        errors.at(
            path,
            format_args!("duplicate aws attribute `{}`", path_text(path)),
        );
        false
    } else {
        *slot = Some(path.clone());
        true
    }
}

fn reject_value(meta: &syn::meta::ParseNestedMeta, errors: &mut Errors) -> syn::Result<()> {
    if !meta.input.is_empty() && !meta.input.peek(syn::Token![,]) {
        errors.at(
            &meta.path,
            format_args!("aws attribute `{}` takes no value", path_text(&meta.path)),
        );
        skip_value(meta)?;
    }
    Ok(())
}

/// Consumes `= value` or `(...)` after an attribute name so parsing can go on after an error.
fn skip_value(meta: &syn::meta::ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(syn::Token![=]) {
        meta.value()?.parse::<syn::Expr>()?;
    } else if meta.input.peek(syn::token::Paren) {
        meta.parse_nested_meta(|inner| skip_value(&inner))?;
    }
    Ok(())
}

fn path_text(path: &Path) -> String {
    quote::quote!(#path).to_string().replace(' ', "")
}
