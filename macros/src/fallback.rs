//! When a check fails: impls that compile, emitted beside the errors, so the user's other code
//! that serializes the type does not drown in follow-on "trait not implemented" errors.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::expand::{in_private_scope, with_de_lifetime};
use crate::parse::Kind;

pub fn expand(input: &DeriveInput, kind: Kind) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let de_generics = with_de_lifetime(&input.generics);
    let (de_impl_generics, _, _) = de_generics.split_for_impl();
    let open_enum_impls = (kind == Kind::OpenEnum).then(|| {
        quote! {
            impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::unreachable!()
                }
            }
        }
    });
    in_private_scope(quote! {
        impl #impl_generics _serde::Serialize for #ident #ty_generics #where_clause {
            fn serialize<__S>(&self, _: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: _serde::Serializer,
            {
                ::core::unreachable!()
            }
        }

        impl #de_impl_generics _serde::Deserialize<'de> for #ident #ty_generics #where_clause {
            fn deserialize<__D>(_: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: _serde::Deserializer<'de>,
            {
                ::core::unreachable!()
            }
        }

        #open_enum_impls
    })
}
