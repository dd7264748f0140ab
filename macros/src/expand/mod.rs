//! Stage 3: turns a checked model into the generated impls.

mod open_enum;
mod union;
mod unit_probe;

use proc_macro2::{TokenStream, TokenTree};
use quote::quote;
use syn::{parse_quote, Generics, Ident, Type, WherePredicate};

use crate::check::Model;
use crate::parse::Kind;

pub fn expand(model: &Model) -> TokenStream {
    match model.kind {
        Kind::Union => union::expand(model),
        Kind::OpenEnum => open_enum::expand(model),
    }
}

/// Puts generated items in an anonymous const, as serde does: nothing leaks into the user's
/// namespace, and `serde` is reached through a private name whatever the user's module defines.
pub fn in_private_scope(items: TokenStream) -> TokenStream {
    quote! {
        #[doc(hidden)]
        #[allow(
            non_upper_case_globals,
            non_camel_case_types,
            unused_qualifications,
            deprecated,
            dead_code,
            unreachable_patterns,
            clippy::all,
            clippy::pedantic
        )]
        const _: () = {
            #[allow(unused_extern_crates, clippy::useless_attribute)]
            extern crate serde as _serde;
            #items
        };
    }
}

/// `generics` plus `T: bound` for every field type that mentions one of its type parameters,
/// so `Foo<T>(Vec<T>)` gets `Vec<T>: Serialize` instead of a blanket `T: Serialize`.
pub fn with_bounds(generics: &Generics, types: &[&Type], bound: &TokenStream) -> Generics {
    let params: Vec<&Ident> = generics.type_params().map(|p| &p.ident).collect();
    let mut generics = generics.clone();
    if params.is_empty() {
        return generics;
    }
    let predicates = types
        .iter()
        .filter(|ty| mentions_any(quote!(#ty), &params))
        .map(|ty| -> WherePredicate { parse_quote!(#ty: #bound) });
    generics.make_where_clause().predicates.extend(predicates);
    generics
}

fn mentions_any(tokens: TokenStream, params: &[&Ident]) -> bool {
    tokens.into_iter().any(|tree| match tree {
        TokenTree::Ident(ident) => params.iter().any(|p| **p == ident),
        TokenTree::Group(group) => mentions_any(group.stream(), params),
        _ => false,
    })
}

/// `generics` with the lifetime `'de` in front, for `Deserialize<'de>` impls.
pub fn with_de_lifetime(generics: &Generics) -> Generics {
    let mut generics = generics.clone();
    generics.params.insert(0, parse_quote!('de));
    generics
}
