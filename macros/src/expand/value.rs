//! How one member's value is read and written, with AWS's scalar rules where asked.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::Type;

use crate::attr::TimestampFormat;
use crate::check::{Adapter, Member};

/// An expression reading the member's value from `__map` as `Option<ty>` (`None` for `null`).
///
/// Only the path is spanned at the member's type, so type errors point at the user's code
/// while the locals stay visible when the derive is stamped from a `macro_rules!` wrapper.
pub fn read(member: &Member, ty: &Type) -> TokenStream {
    let span = member.span;
    if member.borrow_cow {
        let f = quote_spanned!(span=> _serde::de::MapAccess::next_value::<_aws::core::option::Option<_aws::Borrowed<#ty>>>);
        return quote!(#f(&mut __map)?.map(|__v| __v.0));
    }
    match member.adapter {
        Adapter::Float => {
            let f = quote_spanned!(span=> _serde::de::MapAccess::next_value::<_aws::core::option::Option<_aws::FloatDe<#ty>>>);
            quote!(#f(&mut __map)?.map(|__v| __v.0))
        }
        Adapter::Plain | Adapter::Timestamp(_) => {
            let f = quote_spanned!(span=> _serde::de::MapAccess::next_value::<_aws::core::option::Option<#ty>>);
            quote!(#f(&mut __map)?)
        }
    }
}

/// A structure's call reading the member's value into `slot` (a `&mut Option<ty>`), through
/// the facade's `read_member`: `null` leaves the slot unset, a second value is an error.
/// Evaluates to `Result<(), __A::Error>`.
pub fn read_into(member: &Member, ty: &Type, slot: &TokenStream, structure: &str) -> TokenStream {
    let span = member.span;
    let wire = &member.wire;
    let wrapper = if member.borrow_cow {
        Some(quote!(_aws::Borrowed<#ty>))
    } else if member.adapter == Adapter::Float {
        Some(quote!(_aws::FloatDe<#ty>))
    } else {
        None
    };
    match wrapper {
        Some(wrapper) => {
            let f = quote_spanned!(span=> _aws::read_member_with::<__A, #wrapper, #ty>);
            quote!(#f(&mut __map, &mut #slot, |__v| __v.0, #wire, #structure))
        }
        None => {
            let f = quote_spanned!(span=> _aws::read_member::<__A, #ty>);
            quote!(#f(&mut __map, &mut #slot, #wire, #structure))
        }
    }
}

/// A `ReadStructure` member's call reading its value into `field` (a `&mut` of the field):
/// `read_optional` for an `Option` member, `read_required` for a required one (through
/// `FloatDe` for floats). Evaluates to `Result<bool, __A::Error>`.
pub fn read_field(member: &Member, field: TokenStream) -> TokenStream {
    let span = member.span;
    let optional = member.option.is_some();
    let ty = member.option.as_ref().or(member.ty.as_ref());
    let f = match (optional, member.adapter == Adapter::Float) {
        (true, false) => quote_spanned!(span=> _aws::read_optional::<__A, #ty>),
        (false, false) => quote_spanned!(span=> _aws::read_required::<__A, #ty>),
        (true, true) => {
            quote_spanned!(span=> _aws::read_optional_with::<__A, _aws::FloatDe<#ty>, #ty>)
        }
        (false, true) => {
            quote_spanned!(span=> _aws::read_required_with::<__A, _aws::FloatDe<#ty>, #ty>)
        }
    };
    if member.adapter == Adapter::Float {
        quote!(#f(__map, #field, |__v| __v.0))
    } else {
        quote!(#f(__map, #field))
    }
}

/// An expression for what is serialized in place of `value` (a `&T`).
pub fn write(member: &Member, value: TokenStream) -> TokenStream {
    match member.adapter {
        Adapter::Plain => value,
        Adapter::Float => quote!(&_aws::Float(#value)),
        Adapter::Timestamp(format) => {
            let format = match format {
                TimestampFormat::EpochSeconds => quote!(EpochSeconds),
                TimestampFormat::DateTime => quote!(DateTime),
                TimestampFormat::HttpDate => quote!(HttpDate),
            };
            quote!(&_aws::TimestampAs(#value, _aws::TimestampFormat::#format))
        }
    }
}

/// A structure's `MapWriter::entry`, spanned at the member's type so a type that is not
/// `Serialize` is blamed there.
pub fn writer_entry(member: &Member) -> TokenStream {
    let span = member.span;
    quote_spanned!(span=> _aws::MapWriter::entry)
}

/// A structure's `MapWriter::entry_if_set` for an `Option` member, spanned as `writer_entry`.
pub fn writer_entry_if_set(member: &Member) -> TokenStream {
    let span = member.span;
    quote_spanned!(span=> _aws::MapWriter::entry_if_set)
}

/// `SerializeMap::serialize_entry`, spanned at the member's type so a type that is not
/// `Serialize` is blamed there.
pub fn serialize_entry(member: &Member) -> TokenStream {
    let span = member.span;
    quote_spanned!(span=> _serde::ser::SerializeMap::serialize_entry)
}
