//! When a check fails: items that compile, emitted beside the errors, so the user's other code
//! (that serializes the type, or calls its generated helpers) does not drown in follow-on errors.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::{Data, DeriveInput, Fields};

use crate::attr::{ContainerAttrs, MemberAttrs};
use crate::case;
use crate::errors::Errors;
use crate::expand::in_private_scope;
use crate::parse::Kind;

pub fn expand(input: &DeriveInput, kind: Kind) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let mut de_generics = crate::expand::copy_generics(&input.generics);
    // `'__de`: the user's own `'de` is an error of its own, not to be doubled here.
    de_generics.params.insert(0, syn::parse_quote!('__de));
    let (de_impl_generics, _, _) = de_generics.split_for_impl();
    let helpers = match (kind, &input.data) {
        (Kind::Union, Data::Enum(data)) => union_helpers(data),
        (Kind::OpenEnum, Data::Enum(_)) => open_enum_helpers(ident),
        _ => TokenStream::new(),
    };
    let inherent = (!helpers.is_empty()).then(|| {
        quote! {
            impl #impl_generics #ident #ty_generics #where_clause {
                #helpers
            }
        }
    });
    let traits = (kind == Kind::OpenEnum).then(|| {
        quote! {
            impl #impl_generics _aws::core::fmt::Display for #ident #ty_generics #where_clause {
                fn fmt(&self, _: &mut _aws::core::fmt::Formatter<'_>) -> _aws::core::fmt::Result {
                    _aws::core::unreachable!()
                }
            }

            impl #impl_generics _aws::core::str::FromStr for #ident #ty_generics #where_clause {
                type Err = _aws::core::convert::Infallible;

                fn from_str(_: &str) -> _aws::core::result::Result<Self, Self::Err> {
                    _aws::core::unreachable!()
                }
            }
        }
    });
    // The declaration's errors are reported by the checks; here only what it asks for.
    let krate = ContainerAttrs::parse(&input.attrs, &mut Errors::new()).facade();
    in_private_scope(
        &krate,
        quote! {
            impl #impl_generics _serde::Serialize for #ident #ty_generics #where_clause {
                fn serialize<__S>(&self, _: __S) -> _aws::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: _serde::Serializer,
                {
                    _aws::core::unreachable!()
                }
            }

            impl #de_impl_generics _serde::Deserialize<'__de> for #ident #ty_generics #where_clause {
                fn deserialize<__D>(_: __D) -> _aws::core::result::Result<Self, __D::Error>
                where
                    __D: _serde::Deserializer<'__de>,
                {
                    _aws::core::unreachable!()
                }
            }

            #[doc(hidden)]
            impl #impl_generics _aws::ErrorCorrection for #ident #ty_generics #where_clause {
                fn error_correction() -> Self {
                    _aws::core::unreachable!()
                }
            }

            #inherent
            #traits
        },
    )
}

/// `MEMBERS`, `member_name`, `is_unknown`, `as_*`, `is_*`, as far as the variants allow.
fn union_helpers(data: &syn::DataEnum) -> TokenStream {
    let mut words = vec!["unknown".to_owned()];
    let accessors = data.variants.iter().filter_map(|variant| {
        let word = case::helper_word(&variant.ident.unraw().to_string());
        // The unknown variant and clashing names get no helper (their own error says why).
        let unknown = MemberAttrs::parse(&variant.attrs, &mut Errors::new())
            .unknown
            .is_some();
        if unknown || words.contains(&word) {
            return None;
        }
        words.push(word.clone());
        let as_fn = format_ident!("as_{}", word);
        let is_fn = format_ident!("is_{}", word);
        let ty = match &variant.fields {
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                let ty = &fields.unnamed[0].ty;
                quote!(#ty)
            }
            Fields::Unit => quote!(()),
            _ => return None,
        };
        Some(quote! {
            #[allow(missing_docs)]
            pub fn #as_fn(&self) -> _aws::core::option::Option<&#ty> {
                _aws::core::unreachable!()
            }

            #[allow(missing_docs)]
            pub fn #is_fn(&self) -> bool {
                _aws::core::unreachable!()
            }
        })
    });
    quote! {
        #[allow(missing_docs)]
        pub const MEMBERS: &'static [&'static str] = &[];

        #[allow(missing_docs)]
        pub fn member_name(&self) -> &str {
            _aws::core::unreachable!()
        }

        #[allow(missing_docs)]
        pub fn is_unknown(&self) -> bool {
            _aws::core::unreachable!()
        }

        #(#accessors)*
    }
}

fn open_enum_helpers(_ident: &syn::Ident) -> TokenStream {
    quote! {
        #[allow(missing_docs)]
        pub const VALUES: &'static [&'static str] = &[];

        #[allow(missing_docs)]
        pub fn as_str(&self) -> &str {
            _aws::core::unreachable!()
        }

        #[allow(missing_docs)]
        pub fn is_unknown(&self) -> bool {
            _aws::core::unreachable!()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fallback_reaches_the_facade_where_the_crate_attribute_says() {
        let input: DeriveInput = syn::parse_quote! {
            #[aws(crate = "wrapper::aws_union")]
            enum Output {
                Text(String, String),
            }
        };
        let out = expand(&input, Kind::Union).to_string();
        assert!(
            out.contains("use wrapper :: aws_union :: __private as _aws"),
            "{out}"
        );
        assert!(!out.contains("use :: aws_union"), "{out}");
    }
}
