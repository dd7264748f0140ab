//! The `#[aws(...)]` attributes. Each keeps the token it came from, so errors point at it.
//! Whether an attribute applies to the derive at hand is decided by `check`.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::{Attribute, LitStr, Path, WherePredicate};

use crate::case::RenameRule;
use crate::errors::Errors;

/// The tokens an attribute came from (its name), kept for error spans; tokens rather than a
/// `syn::Path`, whose `Clone` would need syn's `clone-impls` feature (a compile-time cost).
pub type Origin = TokenStream;

/// Attributes of the type itself.
#[derive(Default)]
pub struct ContainerAttrs {
    pub rename_all: Option<(RenameRule, Origin)>,
    pub deny_unknown_members: Option<Origin>,
    /// `crate = "path::to::aws_union"`.
    pub krate: Option<(Path, Origin)>,
    /// `bound = "…"` (every impl) or `bound(serialize = "…", deserialize = "…")`.
    pub bound: Option<Bounds>,
    pub debug: Option<Origin>,
    pub sensitive: Option<Origin>,
    pub default: Option<Origin>,
}

/// Where predicates replacing the inferred bounds.
pub struct Bounds {
    pub path: Origin,
    pub serialize: Option<Vec<WherePredicate>>,
    pub deserialize: Option<Vec<WherePredicate>>,
}

/// How a member's value is written: AWS's scalar rules that a plain type does not carry.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TimestampFormat {
    EpochSeconds,
    DateTime,
    HttpDate,
}

/// Attributes of one union variant or structure field.
#[derive(Default)]
pub struct MemberAttrs {
    pub rename: Option<LitStr>,
    pub unknown: Option<Origin>,
    pub required: Option<Origin>,
    /// `optional`: the member's type is an `Option` under another name.
    pub optional: Option<Origin>,
    pub sensitive: Option<Origin>,
    pub borrow: Option<Origin>,
    pub float: Option<Origin>,
    pub timestamp: Option<(TimestampFormat, Origin)>,
    /// `skip`: a structure member outside the serde form, `Default` when read.
    pub skip: Option<Origin>,
    /// Every attribute named, for "does not apply here" errors.
    pub all: Vec<Origin>,
}

impl ContainerAttrs {
    pub fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut out = ContainerAttrs::default();
        for_each_aws_meta(attrs, errors, |meta, errors| {
            let path = &meta.path;
            if path.is_ident("rename_all") {
                let lit: LitStr = meta.value()?.parse()?;
                match RenameRule::from_str(&lit.value()) {
                    Some(rule) => set_once(
                        &mut out.rename_all,
                        (rule, path.to_token_stream()),
                        path,
                        errors,
                    ),
                    None => errors.at(&lit, RenameRule::unknown_message(&lit.value())),
                }
            } else if path.is_ident("crate") {
                if let Some(krate) = parse_crate_path(&meta, errors)? {
                    set_once(
                        &mut out.krate,
                        (krate, path.to_token_stream()),
                        path,
                        errors,
                    );
                }
            } else if path.is_ident("bound") {
                let bounds = parse_bounds(&meta)?;
                if out.bound.is_some() {
                    duplicate(path, errors);
                } else {
                    out.bound = Some(bounds);
                }
            } else {
                let slot = match () {
                    () if path.is_ident("deny_unknown_members") => &mut out.deny_unknown_members,
                    () if path.is_ident("debug") => &mut out.debug,
                    () if path.is_ident("sensitive") => &mut out.sensitive,
                    () if path.is_ident("default") => &mut out.default,
                    () => {
                        skip_value(&meta)?;
                        errors.at(
                            path,
                            format_args!(
                                "unknown aws container attribute `{}`; expected one of `rename_all`, \
                                 `crate`, `bound`, `deny_unknown_members`, `debug`, `sensitive`, `default`",
                                path_text(path)
                            ),
                        );
                        return Ok(());
                    }
                };
                reject_value(&meta, errors)?;
                set_once(slot, path.to_token_stream(), path, errors);
            }
            Ok(())
        });
        out
    }
}

impl ContainerAttrs {
    /// The path of the `aws-union` facade: `::aws_union`, or where `crate = …` says.
    pub fn facade(&self) -> TokenStream {
        match &self.krate {
            Some((path, _)) => path.to_token_stream(),
            None => quote::quote!(::aws_union),
        }
    }
}

impl MemberAttrs {
    pub fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut out = MemberAttrs::default();
        for_each_aws_meta(attrs, errors, |meta, errors| {
            let path = &meta.path;
            out.all.push(path.to_token_stream());
            if path.is_ident("rename") {
                let lit: LitStr = meta.value()?.parse()?;
                set_once(&mut out.rename, lit, path, errors);
            } else if path.is_ident("timestamp") {
                let lit: LitStr = meta.value()?.parse()?;
                let format = match lit.value().as_str() {
                    "epoch-seconds" => TimestampFormat::EpochSeconds,
                    "date-time" => TimestampFormat::DateTime,
                    "http-date" => TimestampFormat::HttpDate,
                    other => {
                        errors.at(
                            &lit,
                            format_args!(
                                "unknown timestamp format \"{other}\"; expected \"epoch-seconds\", \
                                 \"date-time\" or \"http-date\""
                            ),
                        );
                        return Ok(());
                    }
                };
                set_once(
                    &mut out.timestamp,
                    (format, path.to_token_stream()),
                    path,
                    errors,
                );
            } else {
                let slot = match () {
                    () if path.is_ident("unknown") => &mut out.unknown,
                    () if path.is_ident("required") => &mut out.required,
                    () if path.is_ident("optional") => &mut out.optional,
                    () if path.is_ident("sensitive") => &mut out.sensitive,
                    () if path.is_ident("borrow") => &mut out.borrow,
                    () if path.is_ident("float") => &mut out.float,
                    () if path.is_ident("skip") => &mut out.skip,
                    () => {
                        skip_value(&meta)?;
                        out.all.pop();
                        errors.at(
                            path,
                            format_args!(
                                "unknown aws member attribute `{}`; expected one of `rename`, \
                                 `unknown`, `required`, `optional`, `sensitive`, `borrow`, `float`, \
                                 `timestamp`, `skip`",
                                path_text(path)
                            ),
                        );
                        return Ok(());
                    }
                };
                reject_value(&meta, errors)?;
                set_once(slot, path.to_token_stream(), path, errors);
            }
            Ok(())
        });
        out
    }

    /// The name of a member attribute, if it was given.
    pub fn named(&self, name: &str) -> Option<&Origin> {
        self.all.iter().find(|p| p.to_string() == name)
    }
}

/// `#[serde(...)]` would be silently ignored by these derives (another derive may register the
/// attribute); say so at the attribute.
pub fn reject_serde_attrs(attrs: &[Attribute], derive: &str, errors: &mut Errors) {
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        errors.at(
            attr,
            format_args!(
                "`#[serde(...)]` has no effect on `{derive}`, which reads and writes by AWS's \
                 rules; use `#[aws(...)]` (`rename`, `rename_all`, …)"
            ),
        );
    }
}

/// `crate = "path"`, or `crate = path` (a `macro_rules!` wrapper can pass `$crate::…` only as
/// a path, never inside a string).
fn parse_crate_path(
    meta: &syn::meta::ParseNestedMeta,
    errors: &mut Errors,
) -> syn::Result<Option<Path>> {
    let value = meta.value()?;
    if !value.peek(LitStr) {
        return Path::parse_mod_style(value).map(Some);
    }
    let lit: LitStr = value.parse()?;
    match lit.parse_with(Path::parse_mod_style) {
        Ok(krate) => Ok(Some(krate)),
        Err(_) => {
            errors.at(
                &lit,
                "`crate` takes a path, like \"::my_crate::aws_union\" or `$crate::aws_union`",
            );
            Ok(None)
        }
    }
}

/// `#[aws(debug)]` generates `Debug`: a `Debug` derived beside it would conflict. Only a
/// `#[derive(...)]` attribute after this derive's own is visible here (the compiler conflict
/// error, spanned at `debug`, covers one in the same attribute).
pub fn reject_derived_debug(attrs: &[Attribute], errors: &mut Errors) {
    use syn::punctuated::Punctuated;
    for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let Ok(derived) =
            attr.parse_args_with(Punctuated::<Path, syn::Token![,]>::parse_terminated)
        else {
            continue;
        };
        for path in derived
            .iter()
            .filter(|p| p.segments.last().is_some_and(|s| s.ident == "Debug"))
        {
            errors.at(
                path,
                "`#[aws(debug)]` generates `Debug`: remove `Debug` from this `#[derive(...)]`, or \
                 `debug` from `#[aws(...)]` to keep the derived one",
            );
        }
    }
}

fn parse_bounds(meta: &syn::meta::ParseNestedMeta) -> syn::Result<Bounds> {
    let mut bounds = Bounds {
        path: meta.path.to_token_stream(),
        serialize: None,
        deserialize: None,
    };
    if meta.input.peek(syn::Token![=]) {
        let lit: LitStr = meta.value()?.parse()?;
        bounds.serialize = Some(parse_predicates(&lit)?);
        bounds.deserialize = Some(parse_predicates(&lit)?);
    } else {
        meta.parse_nested_meta(|inner| {
            let lit: LitStr = inner.value()?.parse()?;
            if inner.path.is_ident("serialize") {
                bounds.serialize = Some(parse_predicates(&lit)?);
            } else if inner.path.is_ident("deserialize") {
                bounds.deserialize = Some(parse_predicates(&lit)?);
            } else {
                return Err(inner.error("expected `serialize` or `deserialize`"));
            }
            Ok(())
        })?;
    }
    Ok(bounds)
}

fn parse_predicates(lit: &LitStr) -> syn::Result<Vec<WherePredicate>> {
    use syn::parse::Parser;
    use syn::punctuated::Punctuated;
    let parser = Punctuated::<WherePredicate, syn::Token![,]>::parse_terminated;
    let predicates = parser
        .parse_str(&lit.value())
        .map_err(|e| syn::Error::new(lit.span(), format!("invalid `bound`: {e}")))?;
    Ok(predicates.into_iter().collect())
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

/// Keeps the first value of an attribute; a repeat is an error at the repeat.
fn set_once<T>(slot: &mut Option<T>, value: T, path: &Path, errors: &mut Errors) {
    if slot.is_some() {
        duplicate(path, errors);
    } else {
        *slot = Some(value);
    }
}

fn duplicate(path: &Path, errors: &mut Errors) {
    errors.at(
        path,
        format_args!("duplicate aws attribute `{}`", path_text(path)),
    );
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

pub fn path_text(path: impl ToTokens) -> String {
    path.to_token_stream().to_string().replace(' ', "")
}
