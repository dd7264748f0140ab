//! The `AwsStructure` impls: `Serialize` and `Deserialize` by AWS's structure rules.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;

use super::{is_generic, value, with_used_bounds, zero_value, zero_value_fn};
use crate::check::{Adapter, Model};

pub fn expand(model: &Model) -> TokenStream {
    let serialize = serialize(model);
    let deserialize = deserialize(model);
    quote!(#serialize #deserialize)
}

/// A map of the members that are set: `Option` members are left out when `None`. Each member
/// is one call to the facade's `MapWriter`, which keeps the first error.
fn serialize(model: &Model) -> TokenStream {
    let always = model.members.iter().filter(|m| m.option.is_none()).count();
    let optional = model
        .members
        .iter()
        .filter(|m| m.option.is_some())
        .map(|m| {
            let field = m.ident;
            let value = value::as_option(m, quote!(&self.#field));
            let is_some = quote_spanned!(m.span=> _aws::core::option::Option::is_some);
            quote!(+ #is_some(#value) as usize)
        });
    let entries = model.members.iter().map(|member| {
        let field = member.ident;
        let wire = &member.wire;
        match (&member.option, &member.ty, member.adapter) {
            (Some(inner), _, Adapter::Plain) => {
                let entry = value::writer_entry_if_set(member, inner);
                let value = value::as_option(member, quote!(&self.#field));
                quote!(#entry(&mut __map, #wire, #value);)
            }
            (Some(inner), _, _) => {
                let entry = value::write_entry(member, inner, quote!(&mut __map), quote!(__value));
                let value = value::as_option(member, quote!(&self.#field));
                quote! {
                    if let _aws::core::option::Option::Some(__value) = #value {
                        #entry;
                    }
                }
            }
            (None, Some(ty), _) => {
                let entry =
                    value::write_entry(member, ty, quote!(&mut __map), quote!(&self.#field));
                quote!(#entry;)
            }
            (None, None, _) => quote!(),
        }
    });
    let body = quote! {
        let mut __map = _aws::MapWriter::new(_serde::Serializer::serialize_map(
            __serializer,
            _aws::core::option::Option::Some(#always #(#optional)*),
        )?);
        #(#entries)*
        _aws::MapWriter::end(__map)
    };
    super::map_serialize(model, body)
}

/// Key by key from a map: `__type` and unknown members skipped, `null` unset, a repeat an
/// error, required members corrected to their zero value.
fn deserialize(model: &Model) -> TokenStream {
    let plain = model.generics.params.is_empty()
        && model.borrowed.is_empty()
        && model
            .members
            .iter()
            .all(|m| m.option.is_some() || m.required);
    if plain {
        read_structure(model)
    } else {
        visitor(model)
    }
}

/// A structure without generics whose every member is `Option` or required (every generated
/// model's): `ReadStructure`, one call per member into the field itself, and the facade's
/// `deserialize_structure` walks the map.
fn read_structure(model: &Model) -> TokenStream {
    let ident = model.ident;
    let name = ident.unraw().to_string();
    let wires = model.members.iter().map(|m| m.wire.as_str());
    let unset = model.members.iter().map(|member| {
        let field = member.ident;
        match (&member.option, &member.ty) {
            (None, Some(ty)) => {
                let zero = zero_value(ty);
                quote!(#field: #zero)
            }
            _ => {
                let none = value::none(member);
                quote!(#field: #none)
            }
        }
    });
    let skipped = skipped_defaults(model);
    let arms = model.members.iter().enumerate().map(|(i, member)| {
        let field = member.ident;
        let read = value::read_field(member, quote!(&mut self.#field));
        quote!(#i => #read,)
    });
    quote! {
        #[automatically_derived]
        impl<'de> _serde::Deserialize<'de> for #ident {
            #[inline]
            fn deserialize<__D>(__deserializer: __D) -> _aws::core::result::Result<Self, __D::Error>
            where
                __D: _serde::Deserializer<'de>,
            {
                _aws::deserialize_structure(__deserializer)
            }
        }

        // A helper of the derives, not part of the type's documented API.
        #[doc(hidden)]
        #[automatically_derived]
        impl<'de> _aws::ReadStructure<'de> for #ident {
            const NAMES: &'static [&'static str] = &[#(#wires),*];
            const NAME: &'static str = #name;

            #[inline]
            fn unset() -> Self {
                #ident { #(#unset,)* #(#skipped),* }
            }

            fn read_member<__A>(
                &mut self,
                __index: usize,
                __map: &mut __A,
            ) -> _aws::core::result::Result<bool, __A::Error>
            where
                __A: _serde::de::MapAccess<'de>,
            {
                match __index {
                    #(#arms)*
                    _ => _aws::skip_value(__map).map(|()| false),
                }
            }
        }
    }
}

/// Any other structure: a visitor of its own, each member one call to the facade's
/// `read_member` into a slot.
fn visitor(model: &Model) -> TokenStream {
    let ident = model.ident;
    let name = ident.unraw().to_string();
    let generics = super::deserialize_generics(model);
    // A required member whose type uses a type parameter has a zero value only for some
    // parameters: bound on it. Any other is an error at the member when it has none.
    let required: Vec<_> = model
        .members
        .iter()
        .filter(|m| m.required)
        .filter_map(|m| m.ty.as_ref())
        .filter(|ty| is_generic(model, ty))
        .map(|ty| (ty, quote!(_aws::ErrorCorrection)))
        .collect();
    let mut used = required;
    used.extend(
        model
            .skipped
            .iter()
            .filter(|s| is_generic(model, &s.ty))
            .map(|s| (&s.ty, quote!(_aws::core::default::Default))),
    );
    let generics = with_used_bounds(&generics, &used);
    let wires: Vec<&str> = model.members.iter().map(|m| m.wire.as_str()).collect();
    let slots: Vec<_> = (0..model.members.len())
        .map(|i| format_ident!("__v{}", i))
        .collect();
    let slot_types = model
        .members
        .iter()
        .map(|m| m.option.as_ref().or(m.ty.as_ref()));
    let arms = model
        .members
        .iter()
        .zip(&slots)
        .enumerate()
        .map(|(i, (member, slot))| {
            let ty = member.option.as_ref().or(member.ty.as_ref());
            let read = ty.map(|ty| value::read_into(member, ty, &quote!(#slot), &name));
            quote!(_aws::Key::Member(#i) => #read,)
        });
    let fields = model.members.iter().zip(&slots).map(|(member, slot)| {
        let field = member.ident;
        let wire = &member.wire;
        if member.option.is_some() {
            let value = value::from_option(member, quote!(#slot));
            quote!(#field: #value)
        } else if let (true, Some(ty)) = (member.required, &member.ty) {
            let zero = zero_value_fn(ty);
            quote!(#field: _aws::core::option::Option::unwrap_or_else(#slot, #zero))
        } else {
            quote!(#field: _aws::present(#slot, #wire, #name)?)
        }
    });
    let skipped = skipped_defaults(model);
    let expecting = format!("structure `{name}`: a map of its members");
    let visit_map = quote! {
        #(let mut #slots: _aws::core::option::Option<#slot_types> = _aws::core::option::Option::None;)*
        while let _aws::core::option::Option::Some(__key) = _serde::de::MapAccess::next_key_seed(
            &mut __map,
            _aws::KeySeed::known(__NAMES),
        )? {
            match __key {
                #(#arms)*
                _ => _aws::skip_value(&mut __map),
            }?;
        }
        _aws::core::result::Result::Ok(#ident { #(#fields,)* #(#skipped),* })
    };
    // `deserialize_any`: a sequence (which serde's derive would read by position) or any other
    // value that is not a map is an error naming this structure.
    super::map_deserialize(model, &generics, &wires, &expecting, visit_map)
}

/// `field: Default::default()` for each member marked `#[aws(skip)]`: read as its default.
pub fn skipped_defaults<'m>(model: &'m Model) -> impl Iterator<Item = TokenStream> + 'm {
    model.skipped.iter().map(|skipped| {
        let field = skipped.ident;
        let default = quote_spanned!(skipped.ty.span()=> _aws::core::default::Default::default);
        quote!(#field: #default())
    })
}
