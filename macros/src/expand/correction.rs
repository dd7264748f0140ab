//! Smithy client error correction: the zero value a required member gets when the service
//! leaves it out (`ErrorCorrection`), and `Default` from it when `#[aws(default)]` asks.
//!
//! Whether a member type has a zero value is left to the compiler, never guessed from the
//! type's name: the impl is bounded on exactly what it uses (`with_used_bounds`), so a type
//! without one makes the impl missing rather than the declaration an error.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::Type;

use super::{value, with_used_bounds, zero_value};
use crate::check::Model;
use crate::parse::Kind;

/// What aws-sdk-rust's error correction puts in an enum member the service left out.
const UNSET_ENUM_VALUE: &str = "no value was set";

pub fn expand(model: &Model) -> TokenStream {
    let ident = model.ident;
    let correction = quote!(_aws::ErrorCorrection);
    let mut used: Vec<(&Type, TokenStream)> = Vec::new();
    let value = match model.kind {
        // Only when every member it cannot leave `None` is required: a plain member must be
        // present, and has no zero value of its own.
        Kind::Structure
            if model.default
                || model
                    .members
                    .iter()
                    .all(|m| m.option.is_some() || m.required) =>
        {
            let fields = model.members.iter().map(|member| {
                let field = member.ident;
                match (&member.option, &member.ty) {
                    (None, Some(ty)) => {
                        used.push((ty, correction.clone()));
                        let zero = zero_value(ty);
                        quote!(#field: #zero)
                    }
                    _ => {
                        let none = value::none(member);
                        quote!(#field: #none)
                    }
                }
            });
            let fields: Vec<_> = fields.collect();
            used.extend(
                model
                    .skipped
                    .iter()
                    .map(|s| (&s.ty, quote!(_aws::core::default::Default))),
            );
            let skipped = super::structure::skipped_defaults(model);
            quote!(#ident { #(#fields,)* #(#skipped),* })
        }
        Kind::Structure => return TokenStream::new(),
        Kind::Union => {
            let Some(unknown) = &model.unknown else {
                return TokenStream::new();
            };
            let variant = &unknown.ident;
            // An empty name, as aws-sdk-rust's corrected union: the name type is read
            // `From<String>` anyway.
            let name = unknown.name.as_ref().map(|ty| {
                used.push((ty, quote!(_aws::core::convert::From<_aws::String>)));
                let from =
                    quote_spanned!(ty.span()=> <#ty as _aws::core::convert::From<_aws::String>>::from);
                quote!(name: #from(_aws::String::new()),)
            });
            let value = unknown.value.as_ref().map(|ty| {
                used.push((ty, correction.clone()));
                let zero = zero_value(ty);
                quote!(value: #zero,)
            });
            quote!(Self::#variant { #name #value })
        }
        Kind::OpenEnum => {
            let Some(unknown) = &model.unknown else {
                return TokenStream::new();
            };
            let variant = &unknown.ident;
            quote!(Self::#variant(_aws::core::convert::From::from(#UNSET_ENUM_VALUE)))
        }
    };
    let generics = with_used_bounds(model.generics, &used);
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let default = model.default.then(|| {
        quote! {
            #[automatically_derived]
            impl #impl_generics _aws::core::default::Default for #ident #ty_generics #where_clause {
                /// The zero value: required members corrected, optional ones `None`.
                #[inline]
                fn default() -> Self {
                    <Self as _aws::ErrorCorrection>::error_correction()
                }
            }
        }
    });
    quote! {
        // A helper of the derives, not part of the type's documented API.
        #[doc(hidden)]
        #[automatically_derived]
        impl #impl_generics _aws::ErrorCorrection for #ident #ty_generics #where_clause {
            #[inline]
            fn error_correction() -> Self {
                #value
            }
        }
        #default
    }
}
