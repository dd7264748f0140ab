//! The `AwsEnum` impls: `Serialize`, `Deserialize`, `FromStr`, `Display`, `AsRef<str>`,
//! `From<&str>` and the inherent helpers.

use proc_macro2::TokenStream;
use quote::quote;
use syn::ext::IdentExt;

use crate::check::Model;

pub fn expand(model: &Model) -> TokenStream {
    let ident = model.ident;
    let variants: Vec<_> = model.members.iter().map(|m| m.ident).collect();
    let wires: Vec<&str> = model.members.iter().map(|m| m.wire.as_str()).collect();
    let name = ident.unraw().to_string();
    let expecting = format!("a string value of enum `{name}`");

    // What a string this enum does not know becomes: the unknown variant, or an error.
    let unknown = model.unknown.as_ref().map(|u| &u.ident);
    let (from_str_error, from_unknown) = match unknown {
        Some(variant) => (
            quote!(_aws::core::convert::Infallible),
            quote!(_aws::core::result::Result::Ok(Self::#variant(_aws::core::convert::From::from(__value)))),
        ),
        None => (
            quote!(_aws::UnknownEnumValue),
            quote!(_aws::core::result::Result::Err(_aws::UnknownEnumValue::new(
                #name,
                __value,
                Self::VALUES,
            ))),
        ),
    };
    let from_str_ref = unknown.map(|_| {
        quote! {
            #[automatically_derived]
            impl _aws::core::convert::From<&str> for #ident {
                #[inline]
                fn from(__value: &str) -> Self {
                    match <Self as _aws::core::str::FromStr>::from_str(__value) {
                        _aws::core::result::Result::Ok(__parsed) => __parsed,
                        _aws::core::result::Result::Err(__never) => match __never {},
                    }
                }
            }
        }
    });

    let impls = quote! {
        #[automatically_derived]
        impl _serde::Serialize for #ident {
            fn serialize<__S>(&self, __serializer: __S) -> _aws::core::result::Result<__S::Ok, __S::Error>
            where
                __S: _serde::Serializer,
            {
                _serde::Serializer::serialize_str(__serializer, #ident::as_str(self))
            }
        }

        #[automatically_derived]
        impl<'de> _serde::Deserialize<'de> for #ident {
            fn deserialize<__D>(__deserializer: __D) -> _aws::core::result::Result<Self, __D::Error>
            where
                __D: _serde::Deserializer<'de>,
            {
                _aws::deserialize_open_enum(
                    __deserializer,
                    #expecting,
                    <#ident as _aws::core::str::FromStr>::from_str,
                )
            }
        }

        #[automatically_derived]
        impl _aws::core::str::FromStr for #ident {
            type Err = #from_str_error;

            #[inline]
            fn from_str(__value: &str) -> _aws::core::result::Result<Self, Self::Err> {
                match __value {
                    #(#wires => _aws::core::result::Result::Ok(Self::#variants),)*
                    _ => #from_unknown,
                }
            }
        }

        #from_str_ref

        #[automatically_derived]
        impl _aws::core::fmt::Display for #ident {
            #[inline]
            fn fmt(&self, __f: &mut _aws::core::fmt::Formatter<'_>) -> _aws::core::fmt::Result {
                __f.write_str(#ident::as_str(self))
            }
        }

        #[automatically_derived]
        impl _aws::core::convert::AsRef<str> for #ident {
            #[inline]
            fn as_ref(&self) -> &str {
                #ident::as_str(self)
            }
        }
    };
    let (unknown_arm, is_unknown) = match unknown {
        Some(variant) => (
            quote!(Self::#variant(__value) => _aws::core::convert::AsRef::<str>::as_ref(__value),),
            quote!(_aws::core::matches!(self, Self::#variant(..))),
        ),
        None => (quote!(), quote!(false)),
    };
    quote! {
        #impls

        #[automatically_derived]
        impl #ident {
            /// The values this enum knows, as they are on the wire, in declaration order.
            pub const VALUES: &'static [&'static str] = &[#(#wires),*];

            /// The value as it is on the wire; for an unknown value, the string it came as.
            #[inline]
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #wires,)*
                    #unknown_arm
                }
            }

            /// Whether this is a value this enum does not know.
            #[inline]
            pub fn is_unknown(&self) -> bool {
                #is_unknown
            }
        }
    }
}
