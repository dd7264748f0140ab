//! Smithy client error correction: the zero value a required member gets when the service
//! leaves it out (`ErrorCorrection`), and `Default` from it when `#[aws(default)]` asks.

use proc_macro2::TokenStream;
use quote::quote;

use super::{with_bounds, Impl};
use crate::check::Model;
use crate::parse::Kind;

/// What aws-sdk-rust's error correction puts in an enum member the service left out.
const UNSET_ENUM_VALUE: &str = "no value was set";

pub fn expand(model: &Model) -> TokenStream {
    let ident = model.ident;
    let (types, value) = match model.kind {
        // Only when every member it cannot leave `None` is required: a plain member of a type
        // without a zero value would not compile.
        Kind::Structure
            if model.default
                || model
                    .members
                    .iter()
                    .all(|m| m.option.is_some() || m.required) =>
        {
            let fields = model.members.iter().map(|member| {
                let field = member.ident;
                if member.option.is_some() {
                    quote!(#field: ::core::option::Option::None)
                } else {
                    quote!(#field: _aws::ErrorCorrection::error_correction())
                }
            });
            let types: Vec<_> = model
                .members
                .iter()
                .filter(|m| m.option.is_none())
                .filter_map(|m| m.ty.as_ref())
                .collect();
            (types, quote!(#ident { #(#fields),* }))
        }
        Kind::Structure => return TokenStream::new(),
        Kind::Union => {
            let Some(unknown) = &model.unknown else {
                return TokenStream::new();
            };
            if !unknown
                .value
                .as_ref()
                .map_or(true, |ty| has_zero_value(model, ty))
            {
                return TokenStream::new();
            }
            let variant = &unknown.ident;
            let value = unknown
                .value
                .as_ref()
                .map(|_| quote!(value: _aws::ErrorCorrection::error_correction(),));
            let types = unknown.value.iter().collect();
            (
                types,
                quote!(Self::#variant { name: ::core::default::Default::default(), #value }),
            )
        }
        Kind::OpenEnum => {
            let Some(unknown) = &model.unknown else {
                return TokenStream::new();
            };
            let variant = &unknown.ident;
            (
                Vec::new(),
                quote!(Self::#variant(::core::convert::From::from(#UNSET_ENUM_VALUE))),
            )
        }
    };
    let generics = with_bounds(
        model,
        model.generics,
        &types,
        &quote!(_aws::ErrorCorrection),
        Impl::Other,
    );
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let default = model.default.then(|| {
        quote! {
            #[automatically_derived]
            impl #impl_generics ::core::default::Default for #ident #ty_generics #where_clause {
                /// The zero value: required members corrected, optional ones `None`.
                #[inline]
                fn default() -> Self {
                    <Self as _aws::ErrorCorrection>::error_correction()
                }
            }
        }
    });
    quote! {
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

/// Whether a kept unknown value's type is one with a known zero value: a type parameter (bound
/// on it), `AnyValue`, a JSON value, `Option`, `String`, or a `Box` of one of those.
fn has_zero_value(model: &Model, ty: &syn::Type) -> bool {
    let syn::Type::Path(path) = ty else {
        return false;
    };
    if path.qself.is_some() {
        return false;
    }
    if let Some(ident) = path.path.get_ident() {
        if model.generics.type_params().any(|p| p.ident == *ident) {
            return true;
        }
    }
    let segments: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    let last = segments.last().map(String::as_str);
    if last == Some("Box") {
        // `Box<T>` has a zero value when `T` has one.
        let inner = path.path.segments.last().and_then(|s| match &s.arguments {
            syn::PathArguments::AngleBracketed(args) => args.args.iter().find_map(|a| match a {
                syn::GenericArgument::Type(ty) => Some(ty),
                _ => None,
            }),
            _ => None,
        });
        return inner.is_some_and(|ty| has_zero_value(model, ty));
    }
    let json = segments.iter().any(|s| s == "serde_json") && last == Some("Value");
    json || matches!(last, Some("AnyValue" | "Document" | "Option" | "String"))
}
