//! Stage 3: turns a checked model into the generated impls.

mod bounds;
mod correction;
mod debug;
mod open_enum;
mod structure;
mod union;
mod value;

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::{parse_quote, Generics, Type};

pub use bounds::{is_generic, with_bounds, with_used_bounds, Impl};

use crate::check::Model;
use crate::parse::Kind;

pub fn expand(model: &Model) -> TokenStream {
    let items = match model.kind {
        Kind::Union => union::expand(model),
        Kind::OpenEnum => open_enum::expand(model),
        Kind::Structure => structure::expand(model),
    };
    let debug = model
        .debug
        .as_ref()
        .map(|origin| debug::expand(model, origin));
    let correction = correction::expand(model);
    in_private_scope(&model.krate, quote!(#items #debug #correction))
}

/// Puts generated items in an anonymous const, as serde does: nothing leaks into the user's
/// namespace, and the facade is reached through private names whatever the user's module
/// defines (`_aws` for `aws_union::__private`, `_serde` for serde).
pub fn in_private_scope(krate: &TokenStream, items: TokenStream) -> TokenStream {
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
            #[allow(unused_imports)]
            use #krate::__private as _aws;
            #[allow(unused_imports)]
            use #krate::__private::serde as _serde;
            #items
        };
    }
}

/// The function giving the zero value of `ty` (`ErrorCorrection`), blamed on the member's type
/// when it has none.
pub fn zero_value_fn(ty: &Type) -> TokenStream {
    quote_spanned!(ty.span()=> <#ty as _aws::ErrorCorrection>::error_correction)
}

/// The zero value of `ty`, as `zero_value_fn`.
pub fn zero_value(ty: &Type) -> TokenStream {
    let f = zero_value_fn(ty);
    quote!(#f())
}

/// A copy of `generics`, where clause included, through its tokens (syn's `Clone` impls are a
/// compile-time cost this crate does without): printed tokens parse back.
pub fn copy_generics(generics: &Generics) -> Generics {
    let mut copy: Generics = syn::parse2(generics.to_token_stream()).unwrap_or_default();
    copy.where_clause = generics
        .where_clause
        .as_ref()
        .and_then(|clause| syn::parse2(clause.to_token_stream()).ok());
    copy
}

/// `generics` with the lifetime `'de` in front, for `Deserialize<'de>` impls, outliving every
/// lifetime a member borrows from the input.
pub fn with_de_lifetime(model: &Model) -> Generics {
    let mut generics = copy_generics(model.generics);
    let borrowed = &model.borrowed;
    let de: syn::LifetimeParam = if borrowed.is_empty() {
        parse_quote!('de)
    } else {
        parse_quote!('de: #(#borrowed)+*)
    };
    generics.params.insert(0, syn::GenericParam::Lifetime(de));
    generics
}

/// The value types the impls read or write.
pub fn value_types<'a>(model: &'a Model) -> Vec<&'a Type> {
    let members = model.members.iter().filter_map(|m| m.ty.as_ref());
    let unknown = model.unknown.as_ref().and_then(|u| u.value.as_ref());
    members.chain(unknown).collect()
}

/// The generics of the `Serialize` impl: serde bounds on the type parameters the values use.
fn serialize_generics(model: &Model) -> Generics {
    with_bounds(
        model,
        model.generics,
        &value_types(model),
        &quote!(_serde::Serialize),
        Impl::Serialize,
    )
}

/// The generics of the `Deserialize<'de>` impl: `'de`, and serde bounds on the type parameters.
fn deserialize_generics(model: &Model) -> Generics {
    with_bounds(
        model,
        &with_de_lifetime(model),
        &value_types(model),
        &quote!(_serde::Deserialize<'de>),
        Impl::Deserialize,
    )
}

/// `Serialize` with `body` (with `__serializer` in scope), which writes one map.
fn map_serialize(model: &Model, body: TokenStream) -> TokenStream {
    let ident = model.ident;
    let generics = serialize_generics(model);
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics _serde::Serialize for #ident #ty_generics #where_clause {
            fn serialize<__S>(&self, __serializer: __S) -> _aws::core::result::Result<__S::Ok, __S::Error>
            where
                __S: _serde::Serializer,
            {
                #body
            }
        }
    }
}

/// `Deserialize` through a visitor whose `visit_map` is `visit_map` (with `__map` and the
/// member names `__NAMES` in scope), asked for with `deserialize_any` so that a value that is
/// not a map reaches the visitor in every format and the error names the type.
fn map_deserialize(
    model: &Model,
    generics: &Generics,
    wires: &[&str],
    expecting: &str,
    visit_map: TokenStream,
) -> TokenStream {
    let ident = model.ident;
    let owned_checks = value::owned_checks(model);
    let (de_impl_generics, de_ty_generics, where_clause) = generics.split_for_impl();
    let (_, ty_generics, _) = model.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #de_impl_generics _serde::Deserialize<'de> for #ident #ty_generics #where_clause {
            fn deserialize<__D>(__deserializer: __D) -> _aws::core::result::Result<Self, __D::Error>
            where
                __D: _serde::Deserializer<'de>,
            {
                const __NAMES: &[&str] = &[#(#wires),*];

                struct __Visitor #de_impl_generics #where_clause {
                    __marker: _aws::core::marker::PhantomData<#ident #ty_generics>,
                    __lifetime: _aws::core::marker::PhantomData<&'de ()>,
                }

                impl #de_impl_generics _serde::de::Visitor<'de> for __Visitor #de_ty_generics #where_clause {
                    type Value = #ident #ty_generics;

                    #[inline]
                    fn expecting(&self, __f: &mut _aws::core::fmt::Formatter<'_>) -> _aws::core::fmt::Result {
                        __f.write_str(#expecting)
                    }

                    fn visit_map<__A>(self, mut __map: __A) -> _aws::core::result::Result<Self::Value, __A::Error>
                    where
                        __A: _serde::de::MapAccess<'de>,
                    {
                        #owned_checks
                        #visit_map
                    }
                }

                _serde::Deserializer::deserialize_any(
                    __deserializer,
                    __Visitor {
                        __marker: _aws::core::marker::PhantomData,
                        __lifetime: _aws::core::marker::PhantomData,
                    },
                )
            }
        }
    }
}

fn quoted_list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use proc_macro2::{Delimiter, TokenStream, TokenTree};

    use crate::parse::Kind;

    /// The impls in `expansion` (inside its `const _: () = { … };`), each as the text of its
    /// attributes and of its header.
    fn impls(expansion: TokenStream) -> Vec<(String, String)> {
        let block = expansion
            .into_iter()
            .find_map(|tree| match tree {
                TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => Some(g.stream()),
                _ => None,
            })
            .expect("the items are in a const block");
        let mut out = Vec::new();
        let (mut attrs, mut header, mut in_header) = (String::new(), String::new(), false);
        for tree in block {
            match &tree {
                TokenTree::Ident(ident) if ident == "impl" => in_header = true,
                TokenTree::Group(g) if in_header && g.delimiter() == Delimiter::Brace => {
                    out.push((std::mem::take(&mut attrs), std::mem::take(&mut header)));
                    in_header = false;
                    continue;
                }
                TokenTree::Punct(p) if p.as_char() == ';' => attrs.clear(),
                _ => {}
            }
            let text = tree.to_string();
            if in_header {
                header.push_str(&text);
                header.push(' ');
            } else {
                attrs.push_str(&text);
            }
        }
        out
    }

    #[test]
    fn helper_trait_impls_are_hidden_from_rustdoc() {
        let cases: [(Kind, syn::DeriveInput); 3] = [
            (
                Kind::Structure,
                syn::parse_quote! { struct Query { #[aws(required)] id: String } },
            ),
            (
                Kind::Union,
                syn::parse_quote! { enum Output { Text(String), #[aws(unknown)] Other { name: String } } },
            ),
            (
                Kind::OpenEnum,
                syn::parse_quote! { enum Status { Started, #[aws(unknown)] Unknown(String) } },
            ),
        ];
        for (kind, input) in cases {
            let impls = impls(crate::derive(&input, kind));
            let helpers: Vec<_> = impls
                .iter()
                .filter(|(_, header)| {
                    header.contains("ErrorCorrection") || header.contains("ReadStructure")
                })
                .collect();
            assert!(!helpers.is_empty(), "{impls:?}");
            for (attrs, header) in helpers {
                assert!(
                    attrs.contains("doc (hidden)"),
                    "{header} is documented: {attrs}"
                );
            }
            let serde = impls
                .iter()
                .find(|(_, header)| header.contains("Deserialize <"))
                .expect("a Deserialize impl");
            assert!(!serde.0.contains("doc (hidden)"), "{serde:?}");
        }
    }
}
