//! The `AwsUnion` impls: `Serialize`, `Deserialize` and the inherent helpers.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;

use super::{quoted_list, value};
use crate::check::{Member, Model, Unknown};

pub fn expand(model: &Model) -> TokenStream {
    let serialize = serialize(model);
    let deserialize = deserialize(model);
    let helpers = helpers(model);
    quote!(#serialize #deserialize #helpers)
}

fn serialize(model: &Model) -> TokenStream {
    let ident = model.ident;
    let member_arms = model.members.iter().map(|member| {
        let variant = member.ident;
        let wire = &member.wire;
        match &member.ty {
            Some(ty) => {
                let entry = value::write_entry(member, ty, quote!(&mut __map), quote!(__value));
                quote!(#ident::#variant(__value) => #entry,)
            }
            None => quote! {
                #ident::#variant => _aws::MapWriter::entry(&mut __map, #wire, &_aws::UnitMember),
            },
        }
    });
    let unknown_arm = model.unknown.as_ref().map(|unknown| {
        let variant = &unknown.ident;
        let as_str = unknown_name_as_str(unknown);
        match &unknown.value {
            None => quote! {
                #ident::#variant { name: __name } => _aws::MapWriter::entry(
                    &mut __map,
                    "SDK_UNKNOWN_MEMBER",
                    &_aws::UnknownNameRef(#as_str(__name)),
                ),
            },
            // A value of nothing (read from boto3's form) is written in boto3's form again.
            Some(ty) => {
                let span = ty.span();
                let is_unit = quote_spanned!(span=> _aws::is_unit::<#ty>);
                let entry = quote_spanned!(span=> _aws::MapWriter::entry::<#ty>);
                quote! {
                    #ident::#variant { name: __name, value: __value } => {
                        let __name = #as_str(__name);
                        if #is_unit(__value) {
                            _aws::MapWriter::entry(
                                &mut __map,
                                "SDK_UNKNOWN_MEMBER",
                                &_aws::UnknownNameRef(__name),
                            )
                        } else {
                            #entry(&mut __map, __name, __value)
                        }
                    }
                }
            }
        }
    });
    let body = quote! {
        let mut __map = _aws::MapWriter::new(_serde::Serializer::serialize_map(
            __serializer,
            _aws::core::option::Option::Some(1),
        )?);
        match self {
            #(#member_arms)*
            #unknown_arm
        }
        _aws::MapWriter::end(__map)
    };
    super::map_serialize(model, body)
}

/// `AsRef::<str>::as_ref` of the unknown variant's `name`, spanned at its type: a `name` that is
/// not a string is an error there.
fn unknown_name_as_str(unknown: &Unknown) -> TokenStream {
    match &unknown.name {
        Some(ty) => quote_spanned!(ty.span()=> <#ty as _aws::core::convert::AsRef<str>>::as_ref),
        None => quote!(_aws::core::convert::AsRef::<str>::as_ref),
    }
}

/// `From::<String>::from` into the unknown variant's `name`, spanned as `unknown_name_as_str`.
fn unknown_name_from(unknown: &Unknown) -> TokenStream {
    match &unknown.name {
        Some(ty) => {
            quote_spanned!(ty.span()=> <#ty as _aws::core::convert::From<_aws::String>>::from)
        }
        None => quote!(_aws::core::convert::From::from),
    }
}

fn deserialize(model: &Model) -> TokenStream {
    let ident = model.ident;
    let name = ident.unraw().to_string();
    let generics = super::deserialize_generics(model);
    let wires: Vec<&str> = model.members.iter().map(|m| m.wire.as_str()).collect();
    let member_arms = model
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| member_arm(ident, m, i));
    let unknown_arms = unknown_arms(model);
    let expecting = format!("union `{name}`: a map with exactly one member set");
    let two_set =
        format!("union `{name}` must have exactly one member set, found both `{{}}` and `{{}}`");
    let none_set = format!(
        "union `{name}` must have exactly one member set, found none (members: {})",
        quoted_list(&wires)
    );

    let visit_map = quote! {
        let mut __name = _aws::String::new();
        // Up to the first member that is set: each arm `break`s with it.
        let __first: Self::Value = loop {
            let _aws::core::option::Option::Some(__key) = _serde::de::MapAccess::next_key_seed(
                &mut __map,
                _aws::KeySeed::new(__NAMES, &mut __name),
            )?
            else {
                return _aws::core::result::Result::Err(_serde::de::Error::custom(#none_set));
            };
            match __key {
                #(#member_arms)*
                _aws::Key::Type => {
                    _serde::de::MapAccess::next_value::<_serde::de::IgnoredAny>(&mut __map)?;
                }
                #unknown_arms
            }
        };
        // Every later member must be unset; a set one is skipped, not decoded.
        while let _aws::core::option::Option::Some(__key) = _serde::de::MapAccess::next_key_seed(
            &mut __map,
            _aws::KeySeed::new(__NAMES, &mut __name),
        )? {
            if let _aws::Key::Type = __key {
                _serde::de::MapAccess::next_value::<_serde::de::IgnoredAny>(&mut __map)?;
            } else if _serde::de::MapAccess::next_value::<
                _aws::core::option::Option<_serde::de::IgnoredAny>,
            >(&mut __map)?
            .is_some()
            {
                return _aws::core::result::Result::Err(_serde::de::Error::custom(
                    _aws::core::format_args!(#two_set, #ident::member_name(&__first), __key.wire(__NAMES, &__name)),
                ));
            }
        }
        _aws::core::result::Result::Ok(__first)
    };
    // `deserialize_any`: a value that is not a map reaches the visitor in every format, so the
    // error names this union.
    super::map_deserialize(model, &generics, &wires, &expecting, visit_map)
}

/// Reads a known member's value and `break`s with the union; `null` means not set.
fn member_arm(ident: &syn::Ident, member: &Member, index: usize) -> TokenStream {
    let variant = member.ident;
    match &member.ty {
        Some(ty) => {
            let read = value::read(member, ty);
            quote! {
                _aws::Key::Member(#index) => {
                    if let _aws::core::option::Option::Some(__value) = #read {
                        break #ident::#variant(__value);
                    }
                }
            }
        }
        // A Unit member accepts any value.
        None => quote! {
            _aws::Key::Member(#index) => {
                if _serde::de::MapAccess::next_value::<
                    _aws::core::option::Option<_serde::de::IgnoredAny>,
                >(&mut __map)?
                .is_some()
                {
                    break #ident::#variant;
                }
            }
        },
    }
}

/// The arms for `SDK_UNKNOWN_MEMBER` and for keys this model does not know.
fn unknown_arms(model: &Model) -> TokenStream {
    let ident = model.ident;
    let Some(unknown) = &model.unknown else {
        let wires: Vec<&str> = model.members.iter().map(|m| m.wire.as_str()).collect();
        let message = format!(
            "unknown member `{{}}` in union `{}`, expected one of {}",
            ident.unraw(),
            quoted_list(&wires).replace('{', "{{").replace('}', "}}")
        );
        return quote! {
            _aws::Key::SdkUnknown | _aws::Key::Other | _aws::Key::Member(_) => {
                if _serde::de::MapAccess::next_value::<
                    _aws::core::option::Option<_serde::de::IgnoredAny>,
                >(&mut __map)?
                .is_some()
                {
                    return _aws::core::result::Result::Err(_serde::de::Error::custom(
                        _aws::core::format_args!(#message, &__name),
                    ));
                }
            }
        };
    };
    let Unknown {
        ident: variant,
        value,
        ..
    } = unknown;
    let from = unknown_name_from(unknown);
    let other = match value {
        None => quote! {
            if _serde::de::MapAccess::next_value::<
                _aws::core::option::Option<_serde::de::IgnoredAny>,
            >(&mut __map)?
            .is_some()
            {
                break #ident::#variant { name: #from(_aws::core::mem::take(&mut __name)) };
            }
        },
        Some(ty) => {
            let next_value = quote_spanned!(ty.span()=> _serde::de::MapAccess::next_value::<_aws::core::option::Option<#ty>>);
            quote! {
                if let _aws::core::option::Option::Some(__value) = #next_value(&mut __map)? {
                    break #ident::#variant { name: #from(_aws::core::mem::take(&mut __name)), value: __value };
                }
            }
        }
    };
    // boto3's form carries no value: a kept value is read from nothing (`()`).
    let from_form = value.as_ref().map(|ty| {
        let deserialize = quote_spanned!(ty.span()=> <#ty as _serde::Deserialize>::deserialize);
        quote! {
            value: #deserialize(_serde::de::value::UnitDeserializer::<__A::Error>::new())?,
        }
    });
    quote! {
        _aws::Key::SdkUnknown => {
            if let _aws::core::option::Option::Some(__form) = _serde::de::MapAccess::next_value::<
                _aws::core::option::Option<_aws::UnknownName>,
            >(&mut __map)?
            {
                break #ident::#variant { name: #from(__form.0), #from_form };
            }
        }
        _aws::Key::Other | _aws::Key::Member(_) => {
            #other
        }
    }
}

/// `MEMBERS`, `member_name`, `is_unknown`, and `as_*` / `is_*` per member.
fn helpers(model: &Model) -> TokenStream {
    let ident = model.ident;
    let (impl_generics, ty_generics, where_clause) = model.generics.split_for_impl();
    let wires: Vec<&str> = model.members.iter().map(|m| m.wire.as_str()).collect();
    let variants: Vec<_> = model.members.iter().map(|m| m.ident).collect();
    let (unknown_name_arm, is_unknown) = match &model.unknown {
        Some(unknown) => {
            let variant = &unknown.ident;
            let as_str = unknown_name_as_str(unknown);
            (
                quote!(Self::#variant { name, .. } => #as_str(name),),
                quote!(_aws::core::matches!(self, Self::#variant { .. })),
            )
        }
        None => (quote!(), quote!(false)),
    };
    let accessors = model.members.iter().map(|member| {
        let variant = member.ident;
        let as_fn = format_ident!("as_{}", member.helper);
        let is_fn = format_ident!("is_{}", member.helper);
        let as_doc = format!(
            "The value of member `{}`, if it is the one set.",
            member.wire
        );
        let is_doc = format!("Whether member `{}` is the one set.", member.wire);
        let (ty, pattern, value) = match &member.ty {
            Some(ty) => (
                quote!(#ty),
                quote!(Self::#variant(__value)),
                quote!(__value),
            ),
            None => (quote!(()), quote!(Self::#variant), quote!(&())),
        };
        quote! {
            #[doc = #as_doc]
            #[inline]
            pub fn #as_fn(&self) -> _aws::core::option::Option<&#ty> {
                match self {
                    #pattern => _aws::core::option::Option::Some(#value),
                    _ => _aws::core::option::Option::None,
                }
            }

            #[doc = #is_doc]
            #[inline]
            pub fn #is_fn(&self) -> bool {
                _aws::core::matches!(self, Self::#variant { .. })
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics #ident #ty_generics #where_clause {
            /// The wire names of this union's members, in declaration order.
            pub const MEMBERS: &'static [&'static str] = &[#(#wires),*];

            /// The wire name of the member that is set; for an unknown member, the name it came with.
            #[inline]
            pub fn member_name(&self) -> &str {
                match self {
                    #(Self::#variants { .. } => #wires,)*
                    #unknown_name_arm
                }
            }

            /// Whether the member that is set is one this model does not know.
            #[inline]
            pub fn is_unknown(&self) -> bool {
                #is_unknown
            }

            #(#accessors)*
        }
    }
}
