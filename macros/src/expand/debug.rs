//! `#[aws(debug)]`: a `Debug` that prints sensitive members as aws-sdk-rust does; with
//! `#[aws(sensitive)]` on the type, every member (an open enum: its value) is redacted.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::ext::IdentExt;

use super::{value_types, with_bounds, Impl};
use crate::check::{Member, Model};
use crate::parse::Kind;

/// The `Debug` impl; its header is spanned at the `debug` attribute (`origin`), so that a
/// `#[derive(Debug)]` beside it is reported as conflicting there.
pub fn expand(model: &Model, origin: &TokenStream) -> TokenStream {
    let ident = model.ident;
    let name = ident.unraw().to_string();
    let mut types = value_types(model);
    types.extend(model.skipped.iter().map(|s| &s.ty));
    let generics = with_bounds(
        model,
        model.generics,
        &types,
        &quote!(_aws::core::fmt::Debug),
        Impl::Other,
    );
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let redacted = |member: &Member| model.sensitive || member.sensitive;
    let body = match model.kind {
        Kind::Structure => {
            // Every field in declaration order, those outside the serde form (`skip`) too.
            let labels = model.fields.iter().map(|field| field.unraw().to_string());
            let values = model.fields.iter().map(|field| {
                let sensitive = model
                    .members
                    .iter()
                    .any(|m| m.ident == *field && m.sensitive)
                    || model
                        .skipped
                        .iter()
                        .any(|s| s.ident == *field && s.sensitive);
                if model.sensitive || sensitive {
                    quote!(&_aws::REDACTED)
                } else {
                    quote!(&self.#field)
                }
            });
            quote!(_aws::debug_structure(__f, #name, &[#(#labels),*], &[#(#values),*]))
        }
        // The variant's name is the value: a sensitive enum shows only the marker, as
        // aws-sdk-rust's sensitive enums do.
        Kind::OpenEnum if model.sensitive => quote!(__f.write_str(_aws::REDACTED)),
        Kind::OpenEnum => {
            // What `#[derive(Debug)]` prints: the variant's name, without `r#`.
            let label = |variant: &syn::Ident| variant.unraw().to_string();
            let arms = model.members.iter().map(|member| {
                let variant = member.ident;
                let label = label(variant);
                quote!(Self::#variant => __f.write_str(#label),)
            });
            let unknown = model.unknown.as_ref().map(|unknown| {
                let variant = &unknown.ident;
                let label = label(variant);
                quote!(Self::#variant(__value) => __f.debug_tuple(#label).field(__value).finish(),)
            });
            quote!(match self { #(#arms)* #unknown })
        }
        Kind::Union => {
            let arms = model.members.iter().map(|member| {
                let variant = member.ident;
                let label = variant.unraw().to_string();
                match (&member.ty, redacted(member)) {
                    (None, _) => quote!(Self::#variant => __f.write_str(#label),),
                    (Some(_), true) => quote! {
                        Self::#variant(_) => _aws::debug_variant(__f, #label, &_aws::REDACTED),
                    },
                    (Some(_), false) => quote! {
                        Self::#variant(__value) => _aws::debug_variant(__f, #label, __value),
                    },
                }
            });
            let unknown = model.unknown.as_ref().map(|unknown| {
                let variant = &unknown.ident;
                let label = variant.unraw().to_string();
                let (labels, values) = match (&unknown.value, model.sensitive) {
                    (None, _) => (quote!("name"), quote!(__name)),
                    (Some(_), true) => (quote!("name", "value"), quote!(__name, &_aws::REDACTED)),
                    (Some(_), false) => (quote!("name", "value"), quote!(__name, __value)),
                };
                let bind = unknown.value.as_ref().map(|_| quote!(value: __value,));
                quote! {
                    #[allow(unused_variables)]
                    Self::#variant { name: __name, #bind } => {
                        _aws::debug_structure(__f, #label, &[#labels], &[#values])
                    }
                }
            });
            quote!(match self { #(#arms)* #unknown })
        }
    };
    let span = origin
        .clone()
        .into_iter()
        .next()
        .map_or_else(proc_macro2::Span::call_site, |token| token.span());
    let method = quote! {
        #[inline]
        fn fmt(&self, __f: &mut _aws::core::fmt::Formatter<'_>) -> _aws::core::fmt::Result {
            #body
        }
    };
    // The impl itself (not its method, whose locals keep the derive's spans) at the attribute.
    quote_spanned! {span=>
        #[automatically_derived]
        impl #impl_generics _aws::core::fmt::Debug for #ident #ty_generics #where_clause {
            #method
        }
    }
}
