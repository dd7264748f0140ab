//! The `AwsStructure` impls: `Serialize` and `Deserialize` by AWS's structure rules.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{value, with_bounds, Impl};
use crate::check::Model;

pub fn expand(model: &Model) -> TokenStream {
    let serialize = serialize(model);
    let deserialize = deserialize(model);
    quote!(#serialize #deserialize)
}

/// A map of the members that are set: `Option` members are left out when `None`.
fn serialize(model: &Model) -> TokenStream {
    let always = model.members.iter().filter(|m| m.option.is_none()).count();
    let optional = model
        .members
        .iter()
        .filter(|m| m.option.is_some())
        .map(|m| {
            let field = m.ident;
            quote!(+ ::core::option::Option::is_some(&self.#field) as usize)
        });
    let entries = model.members.iter().map(|member| {
        let field = member.ident;
        let wire = &member.wire;
        let entry = value::serialize_entry(member);
        if member.option.is_some() {
            let written = value::write(member, quote!(__value));
            quote! {
                if let ::core::option::Option::Some(__value) = &self.#field {
                    #entry(&mut __map, #wire, #written)?;
                }
            }
        } else {
            let written = value::write(member, quote!(&self.#field));
            quote! {
                #entry(&mut __map, #wire, #written)?;
            }
        }
    });
    let len = quote!(#always #(#optional)*);
    super::map_serialize(model, len, quote!(#(#entries)*))
}

/// Key by key from a map: `__type` and unknown members skipped, `null` unset, a repeat an
/// error, required members corrected to their zero value.
fn deserialize(model: &Model) -> TokenStream {
    let ident = model.ident;
    let name = ident.to_string();
    let generics = super::deserialize_generics(model);
    let required: Vec<_> = model
        .members
        .iter()
        .filter(|m| m.required)
        .filter_map(|m| m.ty.as_ref())
        .collect();
    let generics = with_bounds(
        model,
        &generics,
        &required,
        &quote!(_aws::ErrorCorrection),
        Impl::Other,
    );
    let wires: Vec<&str> = model.members.iter().map(|m| m.wire.as_str()).collect();
    let slots: Vec<_> = (0..model.members.len())
        .map(|i| format_ident!("__v{}", i))
        .collect();
    let slot_types = model
        .members
        .iter()
        .map(|m| m.option.as_ref().or(m.ty.as_ref()));
    let arms = model.members.iter().zip(&slots).enumerate().map(|(i, (member, slot))| {
        let ty = member.option.as_ref().or(member.ty.as_ref());
        let read = ty.map(|ty| value::read(member, ty));
        let duplicate = format!(
            "member `{}` of structure `{name}` is set twice",
            member.wire
        );
        quote! {
            _aws::Key::Member(#i) => {
                if let ::core::option::Option::Some(__value) = #read {
                    if ::core::option::Option::is_some(&#slot) {
                        return ::core::result::Result::Err(_serde::de::Error::custom(#duplicate));
                    }
                    #slot = ::core::option::Option::Some(__value);
                }
            }
        }
    });
    let fields = model.members.iter().zip(&slots).map(|(member, slot)| {
        let field = member.ident;
        if member.option.is_some() {
            quote!(#field: #slot)
        } else if member.required {
            quote!(#field: match #slot {
                ::core::option::Option::Some(__value) => __value,
                ::core::option::Option::None => _aws::ErrorCorrection::error_correction(),
            })
        } else {
            let missing = format!("missing member `{}` of structure `{name}`", member.wire);
            quote!(#field: match #slot {
                ::core::option::Option::Some(__value) => __value,
                ::core::option::Option::None => {
                    return ::core::result::Result::Err(_serde::de::Error::custom(#missing));
                }
            })
        }
    });
    let expecting = format!("structure `{name}`: a map of its members");
    let visit_map = quote! {
        #(let mut #slots: ::core::option::Option<#slot_types> = ::core::option::Option::None;)*
        while let ::core::option::Option::Some(__key) = _serde::de::MapAccess::next_key_seed(
            &mut __map,
            _aws::KeySeed::known(__NAMES),
        )? {
            match __key {
                #(#arms)*
                _ => {
                    _serde::de::MapAccess::next_value::<_serde::de::IgnoredAny>(&mut __map)?;
                }
            }
        }
        ::core::result::Result::Ok(#ident { #(#fields),* })
    };
    // `deserialize_any`: a sequence (which serde's derive would read by position) or any other
    // value that is not a map is an error naming this structure.
    super::map_deserialize(model, &generics, &wires, &expecting, visit_map)
}
