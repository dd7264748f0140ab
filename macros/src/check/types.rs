//! What `check` reads off a member's type: `Self`, `Option<T>`, borrowed lifetimes.

use proc_macro2::{Group, TokenStream, TokenTree};
use quote::ToTokens;
use syn::{GenericArgument, Lifetime, PathArguments, Type};

/// `ty` with every `Self` replaced by the type being derived (`Vec<Self>` → `Vec<Union<T>>`):
/// inside the generated impls `Self` would name a visitor, not the user's type.
pub fn replace_self(ty: &Type, self_ty: &TokenStream) -> Type {
    let tokens = replace_in(ty.to_token_stream(), self_ty);
    // A copy of `ty` when the replaced tokens do not parse (syn's `Clone` impls are a
    // compile-time cost this crate does without): printed tokens parse back.
    syn::parse2(tokens)
        .or_else(|_| syn::parse2(ty.to_token_stream()))
        .unwrap_or(Type::Verbatim(ty.to_token_stream()))
}

/// A copy of `ty` through its tokens (syn's `Clone` impls are a compile-time cost this crate
/// does without): printed tokens parse back.
pub fn copy(ty: &Type) -> Option<Type> {
    syn::parse2(ty.to_token_stream()).ok()
}

fn replace_in(tokens: TokenStream, self_ty: &TokenStream) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = TokenStream::new();
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) if ident == "Self" => {
                let followed_by_path = matches!(
                    trees.get(i + 1),
                    Some(TokenTree::Punct(p)) if p.as_char() == ':'
                );
                if followed_by_path {
                    out.extend(quote::quote!(<#self_ty>));
                } else {
                    out.extend(self_ty.clone());
                }
            }
            TokenTree::Group(group) => {
                let mut replaced =
                    Group::new(group.delimiter(), replace_in(group.stream(), self_ty));
                replaced.set_span(group.span());
                out.extend(std::iter::once(TokenTree::Group(replaced)));
            }
            other => out.extend(std::iter::once(other.clone())),
        }
    }
    out
}

/// `ty` without the invisible groups around a type that reached the derive through a
/// `macro_rules!` fragment (`$ty:ty`), or parentheses: what the user wrote.
pub fn ungroup(mut ty: &Type) -> &Type {
    loop {
        match ty {
            Type::Group(group) => ty = &group.elem,
            Type::Paren(paren) => ty = &paren.elem,
            _ => return ty,
        }
    }
}

/// `T` of a member type written `Option<T>`. An alias of `Option` cannot be seen through:
/// such a member says `#[aws(optional)]`.
pub fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ungroup(ty) else {
        return None;
    };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first() {
        Some(GenericArgument::Type(inner)) if args.args.len() == 1 => Some(ungroup(inner)),
        _ => None,
    }
}

/// The lifetime of `&'a str` or `&'a [u8]`, which serde borrows from the input without being
/// asked (as serde's derive does).
pub fn auto_borrowed(ty: &Type) -> Option<&Lifetime> {
    let Type::Reference(reference) = ungroup(ty) else {
        return None;
    };
    let borrowable = match ungroup(&reference.elem) {
        Type::Path(path) => path.path.is_ident("str"),
        Type::Slice(slice) => {
            matches!(ungroup(&slice.elem), Type::Path(p) if p.path.is_ident("u8"))
        }
        _ => false,
    };
    if borrowable && reference.mutability.is_none() {
        reference.lifetime.as_ref()
    } else {
        None
    }
}

/// Every lifetime named in `ty`.
pub fn lifetimes(ty: &Type) -> Vec<Lifetime> {
    let mut out = Vec::new();
    collect_lifetimes(ty.to_token_stream(), &mut out);
    out
}

fn collect_lifetimes(tokens: TokenStream, out: &mut Vec<Lifetime>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Punct(p) if p.as_char() == '\'' => {
                if let Some(TokenTree::Ident(name)) = trees.get(i + 1) {
                    let lifetime = Lifetime::new(&format!("'{name}"), p.span());
                    if lifetime.ident != "static" && !out.contains(&lifetime) {
                        out.push(lifetime);
                    }
                }
            }
            TokenTree::Group(group) => collect_lifetimes(group.stream(), out),
            _ => {}
        }
    }
}

/// Whether `ty` is `Cow<'_, str>` or `Cow<'_, [u8]>`, which borrow only when asked.
pub fn is_cow(ty: &Type) -> bool {
    let Type::Path(path) = ungroup(ty) else {
        return false;
    };
    path.path
        .segments
        .last()
        .is_some_and(|last| last.ident == "Cow")
}
