//! The `AwsUnion` impls: `Serialize`, `Deserialize` and the inherent helpers.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::Type;

use super::{in_private_scope, with_bounds, with_de_lifetime};
use crate::check::{Member, Model, Unknown};

pub fn expand(model: &Model) -> TokenStream {
    let serialize = serialize(model);
    let deserialize = deserialize(model);
    let support = support_types(model);
    let helpers = helpers(model);
    in_private_scope(quote!(#support #serialize #deserialize #helpers))
}

/// Every type the impls read or write through serde, for bound inference.
fn value_types<'a>(model: &Model<'a>) -> Vec<&'a Type> {
    let members = model.members.iter().filter_map(|m| m.ty);
    let unknown = model.unknown.as_ref().and_then(|u| u.value);
    members.chain(unknown).collect()
}

fn serialize(model: &Model) -> TokenStream {
    let ident = model.ident;
    let generics = with_bounds(
        model.generics,
        &value_types(model),
        &quote!(_serde::Serialize),
    );
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let member_arms = model.members.iter().map(|member| {
        let variant = member.ident;
        let wire = &member.wire;
        match member.ty {
            Some(ty) => quote_spanned! {ty.span()=>
                #ident::#variant(__value) =>
                    _serde::ser::SerializeMap::serialize_entry(&mut __map, #wire, __value)?,
            },
            None => quote! {
                #ident::#variant => _serde::ser::SerializeMap::serialize_entry(&mut __map, #wire, &__UnitMember)?,
            },
        }
    });
    let unknown_arm = model.unknown.as_ref().map(
        |Unknown {
             ident: variant,
             value,
         }| match value {
            None => quote! {
                #ident::#variant { name: __name } => _serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "SDK_UNKNOWN_MEMBER",
                    &__UnknownNameRef(::core::convert::AsRef::<str>::as_ref(__name)),
                )?,
            },
            // A value of nothing (read from boto3's form) is written in boto3's form again.
            Some(_) => quote! {
                #ident::#variant { name: __name, value: __value } => {
                    let __name = ::core::convert::AsRef::<str>::as_ref(__name);
                    if __is_unit(__value) {
                        _serde::ser::SerializeMap::serialize_entry(
                            &mut __map,
                            "SDK_UNKNOWN_MEMBER",
                            &__UnknownNameRef(__name),
                        )?
                    } else {
                        _serde::ser::SerializeMap::serialize_entry(&mut __map, __name, __value)?
                    }
                }
            },
        },
    );
    quote! {
        #[automatically_derived]
        impl #impl_generics _serde::Serialize for #ident #ty_generics #where_clause {
            fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: _serde::Serializer,
            {
                let mut __map = _serde::Serializer::serialize_map(__serializer, ::core::option::Option::Some(1))?;
                match self {
                    #(#member_arms)*
                    #unknown_arm
                }
                _serde::ser::SerializeMap::end(__map)
            }
        }
    }
}

fn deserialize(model: &Model) -> TokenStream {
    let ident = model.ident;
    let name = ident.to_string();
    let generics = with_bounds(
        &with_de_lifetime(model.generics),
        &value_types(model),
        &quote!(_serde::Deserialize<'de>),
    );
    let (de_impl_generics, de_ty_generics, where_clause) = generics.split_for_impl();
    let (_, ty_generics, _) = model.generics.split_for_impl();

    let fields: Vec<_> = (0..model.members.len())
        .map(|i| format_ident!("__m{}", i))
        .collect();
    let wires: Vec<&str> = model.members.iter().map(|m| m.wire.as_str()).collect();
    let sdk_unknown_key = model
        .unknown
        .as_ref()
        .map(|_| quote!("SDK_UNKNOWN_MEMBER" => __Field::__sdk_unknown,));
    let sdk_unknown_field = model.unknown.as_ref().map(|_| quote!(__sdk_unknown,));
    let sdk_unknown_wire = model
        .unknown
        .as_ref()
        .map(|_| quote!(__Field::__sdk_unknown => "SDK_UNKNOWN_MEMBER",));
    let member_arms = model
        .members
        .iter()
        .zip(&fields)
        .map(|(m, f)| member_arm(ident, m, f));
    let unknown_arms = unknown_arms(model);
    let expecting = format!("union `{name}`: a map with exactly one member set");
    let expecting_key = format!("a member name of union `{name}`");
    let two_set =
        format!("union `{name}` must have exactly one member set, found both `{{}}` and `{{}}`");
    let none_set = format!(
        "union `{name}` must have exactly one member set, found none (members: {})",
        quoted_list(&wires)
    );

    quote! {
        #[automatically_derived]
        impl #de_impl_generics _serde::Deserialize<'de> for #ident #ty_generics #where_clause {
            fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: _serde::Deserializer<'de>,
            {
                enum __Field {
                    #(#fields,)*
                    __type,
                    #sdk_unknown_field
                    __other,
                }

                impl __Field {
                    fn wire<'a>(&self, __other: &'a str) -> &'a str {
                        match self {
                            #(__Field::#fields => #wires,)*
                            __Field::__type => "__type",
                            #sdk_unknown_wire
                            __Field::__other => __other,
                        }
                    }
                }

                /// Reads a key; an unknown one is copied into the slot, so that the common case
                /// returns a one-byte `__Field`.
                struct __FieldSeed<'a>(&'a mut ::std::string::String);

                impl<'de, 'a> _serde::de::DeserializeSeed<'de> for __FieldSeed<'a> {
                    type Value = __Field;

                    fn deserialize<__D>(self, __deserializer: __D) -> ::core::result::Result<__Field, __D::Error>
                    where
                        __D: _serde::Deserializer<'de>,
                    {
                        _serde::Deserializer::deserialize_identifier(__deserializer, self)
                    }
                }

                impl<'de, 'a> _serde::de::Visitor<'de> for __FieldSeed<'a> {
                    type Value = __Field;

                    fn expecting(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        __f.write_str(#expecting_key)
                    }

                    fn visit_str<__E>(self, __key: &str) -> ::core::result::Result<__Field, __E>
                    where
                        __E: _serde::de::Error,
                    {
                        ::core::result::Result::Ok(match __key {
                            #(#wires => __Field::#fields,)*
                            "__type" => __Field::__type,
                            #sdk_unknown_key
                            _ => {
                                self.0.clear();
                                self.0.push_str(__key);
                                __Field::__other
                            }
                        })
                    }

                    fn visit_bytes<__E>(self, __key: &[u8]) -> ::core::result::Result<__Field, __E>
                    where
                        __E: _serde::de::Error,
                    {
                        match ::core::str::from_utf8(__key) {
                            ::core::result::Result::Ok(__key) => self.visit_str(__key),
                            ::core::result::Result::Err(_) => ::core::result::Result::Err(
                                _serde::de::Error::invalid_value(_serde::de::Unexpected::Bytes(__key), &self),
                            ),
                        }
                    }
                }

                struct __Visitor #de_impl_generics #where_clause {
                    __marker: ::core::marker::PhantomData<#ident #ty_generics>,
                    __lifetime: ::core::marker::PhantomData<&'de ()>,
                }

                impl #de_impl_generics _serde::de::Visitor<'de> for __Visitor #de_ty_generics #where_clause {
                    type Value = #ident #ty_generics;

                    fn expecting(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        __f.write_str(#expecting)
                    }

                    fn visit_map<__A>(self, mut __map: __A) -> ::core::result::Result<Self::Value, __A::Error>
                    where
                        __A: _serde::de::MapAccess<'de>,
                    {
                        let mut __name = ::std::string::String::new();
                        // Up to the first member that is set: each arm `break`s with it.
                        let __first: Self::Value = loop {
                            let ::core::option::Option::Some(__key) =
                                _serde::de::MapAccess::next_key_seed(&mut __map, __FieldSeed(&mut __name))?
                            else {
                                return ::core::result::Result::Err(_serde::de::Error::custom(#none_set));
                            };
                            match __key {
                                #(#member_arms)*
                                __Field::__type => {
                                    _serde::de::MapAccess::next_value::<_serde::de::IgnoredAny>(&mut __map)?;
                                }
                                #unknown_arms
                            }
                        };
                        // Every later member must be unset; a set one is skipped, not decoded.
                        while let ::core::option::Option::Some(__key) =
                            _serde::de::MapAccess::next_key_seed(&mut __map, __FieldSeed(&mut __name))?
                        {
                            if let __Field::__type = __key {
                                _serde::de::MapAccess::next_value::<_serde::de::IgnoredAny>(&mut __map)?;
                            } else if _serde::de::MapAccess::next_value::<
                                ::core::option::Option<_serde::de::IgnoredAny>,
                            >(&mut __map)?
                            .is_some()
                            {
                                return ::core::result::Result::Err(_serde::de::Error::custom(
                                    ::core::format_args!(#two_set, #ident::member_name(&__first), __key.wire(&__name)),
                                ));
                            }
                        }
                        ::core::result::Result::Ok(__first)
                    }
                }

                _serde::Deserializer::deserialize_map(
                    __deserializer,
                    __Visitor {
                        __marker: ::core::marker::PhantomData,
                        __lifetime: ::core::marker::PhantomData,
                    },
                )
            }
        }
    }
}

/// Reads a known member's value and `break`s with the union; `null` means not set.
fn member_arm(ident: &syn::Ident, member: &Member, field: &syn::Ident) -> TokenStream {
    let variant = member.ident;
    match member.ty {
        Some(ty) => quote_spanned! {ty.span()=>
            __Field::#field => {
                if let ::core::option::Option::Some(__value) =
                    _serde::de::MapAccess::next_value::<::core::option::Option<#ty>>(&mut __map)?
                {
                    break #ident::#variant(__value);
                }
            }
        },
        // A Unit member accepts any value.
        None => quote! {
            __Field::#field => {
                if _serde::de::MapAccess::next_value::<
                    ::core::option::Option<_serde::de::IgnoredAny>,
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
    let Some(Unknown {
        ident: variant,
        value,
    }) = &model.unknown
    else {
        let message = format!(
            "unknown member `{{}}` in union `{ident}`, expected one of {}",
            quoted_list(
                &model
                    .members
                    .iter()
                    .map(|m| m.wire.as_str())
                    .collect::<Vec<_>>()
            )
            .replace('{', "{{")
            .replace('}', "}}")
        );
        return quote! {
            __Field::__other => {
                if _serde::de::MapAccess::next_value::<
                    ::core::option::Option<_serde::de::IgnoredAny>,
                >(&mut __map)?
                .is_some()
                {
                    return ::core::result::Result::Err(_serde::de::Error::custom(
                        ::core::format_args!(#message, &__name),
                    ));
                }
            }
        };
    };
    match value {
        None => quote! {
            __Field::__sdk_unknown => {
                if let ::core::option::Option::Some(__form) = _serde::de::MapAccess::next_value::<
                    ::core::option::Option<__UnknownName>,
                >(&mut __map)?
                {
                    break #ident::#variant { name: ::core::convert::From::from(__form.0) };
                }
            }
            __Field::__other => {
                if _serde::de::MapAccess::next_value::<
                    ::core::option::Option<_serde::de::IgnoredAny>,
                >(&mut __map)?
                .is_some()
                {
                    break #ident::#variant { name: ::core::convert::From::from(::core::mem::take(&mut __name)) };
                }
            }
        },
        Some(ty) => quote_spanned! {ty.span()=>
            // boto3's form carries no value: the kept value is read from nothing (`()`).
            __Field::__sdk_unknown => {
                if let ::core::option::Option::Some(__form) = _serde::de::MapAccess::next_value::<
                    ::core::option::Option<__UnknownName>,
                >(&mut __map)?
                {
                    break #ident::#variant {
                        name: ::core::convert::From::from(__form.0),
                        value: <#ty as _serde::Deserialize>::deserialize(
                            _serde::de::value::UnitDeserializer::<__A::Error>::new(),
                        )?,
                    };
                }
            }
            __Field::__other => {
                if let ::core::option::Option::Some(__value) =
                    _serde::de::MapAccess::next_value::<::core::option::Option<#ty>>(&mut __map)?
                {
                    break #ident::#variant { name: ::core::convert::From::from(::core::mem::take(&mut __name)), value: __value };
                }
            }
        },
    }
}

/// Small serde types the impls share: the `{}` of a Unit member and boto3's
/// `{"name": …}` form of an unknown member.
fn support_types(model: &Model) -> TokenStream {
    let unit = model.members.iter().any(|m| m.ty.is_none()).then(|| {
        quote! {
            struct __UnitMember;

            impl _serde::Serialize for __UnitMember {
                fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: _serde::Serializer,
                {
                    let __map = _serde::Serializer::serialize_map(__serializer, ::core::option::Option::Some(0))?;
                    _serde::ser::SerializeMap::end(__map)
                }
            }
        }
    });
    let unit_probe = model
        .unknown
        .as_ref()
        .and_then(|u| u.value)
        .map(|_| super::unit_probe::expand());
    let unknown = model.unknown.as_ref().map(|_| {
        quote! {
            struct __UnknownNameRef<'a>(&'a str);

            impl<'a> _serde::Serialize for __UnknownNameRef<'a> {
                fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: _serde::Serializer,
                {
                    let mut __map = _serde::Serializer::serialize_map(__serializer, ::core::option::Option::Some(1))?;
                    _serde::ser::SerializeMap::serialize_entry(&mut __map, "name", self.0)?;
                    _serde::ser::SerializeMap::end(__map)
                }
            }

            struct __UnknownName(::std::string::String);

            impl<'de> _serde::Deserialize<'de> for __UnknownName {
                fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: _serde::Deserializer<'de>,
                {
                    struct __Visitor;

                    impl<'de> _serde::de::Visitor<'de> for __Visitor {
                        type Value = __UnknownName;

                        fn expecting(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                            __f.write_str("the unknown member's form {\"name\": \"<member name>\"}")
                        }

                        fn visit_map<__A>(self, mut __map: __A) -> ::core::result::Result<__UnknownName, __A::Error>
                        where
                            __A: _serde::de::MapAccess<'de>,
                        {
                            let mut __name = ::core::option::Option::None;
                            while let ::core::option::Option::Some(__key) =
                                _serde::de::MapAccess::next_key::<::std::string::String>(&mut __map)?
                            {
                                if __key != "name" {
                                    _serde::de::MapAccess::next_value::<_serde::de::IgnoredAny>(&mut __map)?;
                                } else if __name.is_some() {
                                    return ::core::result::Result::Err(_serde::de::Error::duplicate_field("name"));
                                } else {
                                    __name = ::core::option::Option::Some(
                                        _serde::de::MapAccess::next_value::<::std::string::String>(&mut __map)?,
                                    );
                                }
                            }
                            match __name {
                                ::core::option::Option::Some(__name) => ::core::result::Result::Ok(__UnknownName(__name)),
                                ::core::option::Option::None => {
                                    ::core::result::Result::Err(_serde::de::Error::missing_field("name"))
                                }
                            }
                        }
                    }

                    _serde::Deserializer::deserialize_map(__deserializer, __Visitor)
                }
            }
        }
    });
    quote!(#unit #unknown #unit_probe)
}

/// `MEMBERS`, `member_name`, `is_unknown`, and `as_*` / `is_*` per member.
fn helpers(model: &Model) -> TokenStream {
    let ident = model.ident;
    let (impl_generics, ty_generics, where_clause) = model.generics.split_for_impl();
    let wires: Vec<&str> = model.members.iter().map(|m| m.wire.as_str()).collect();
    let variants: Vec<_> = model.members.iter().map(|m| m.ident).collect();
    let (unknown_name_arm, is_unknown) = match &model.unknown {
        Some(Unknown { ident: variant, .. }) => (
            quote!(Self::#variant { name, .. } => ::core::convert::AsRef::<str>::as_ref(name),),
            quote!(::core::matches!(self, Self::#variant { .. })),
        ),
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
        let (ty, pattern, value) = match member.ty {
            Some(ty) => (
                quote!(#ty),
                quote!(Self::#variant(__value)),
                quote!(__value),
            ),
            None => (quote!(()), quote!(Self::#variant), quote!(&())),
        };
        quote! {
            #[doc = #as_doc]
            pub fn #as_fn(&self) -> ::core::option::Option<&#ty> {
                match self {
                    #pattern => ::core::option::Option::Some(#value),
                    _ => ::core::option::Option::None,
                }
            }

            #[doc = #is_doc]
            pub fn #is_fn(&self) -> bool {
                ::core::matches!(self, Self::#variant { .. })
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics #ident #ty_generics #where_clause {
            /// The wire names of this union's members, in declaration order.
            pub const MEMBERS: &'static [&'static str] = &[#(#wires),*];

            /// The wire name of the member that is set; for an unknown member, the name it came with.
            pub fn member_name(&self) -> &str {
                match self {
                    #(Self::#variants { .. } => #wires,)*
                    #unknown_name_arm
                }
            }

            /// Whether the member that is set is one this model does not know.
            pub fn is_unknown(&self) -> bool {
                #is_unknown
            }

            #(#accessors)*
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
