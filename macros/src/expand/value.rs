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
        let f = quote_spanned!(span=> _serde::de::MapAccess::next_value::<::core::option::Option<_aws::Borrowed<#ty>>>);
        return quote!(#f(&mut __map)?.map(|__v| __v.0));
    }
    match member.adapter {
        Adapter::Float => {
            let f = quote_spanned!(span=> _serde::de::MapAccess::next_value::<::core::option::Option<_aws::FloatDe<#ty>>>);
            quote!(#f(&mut __map)?.map(|__v| __v.0))
        }
        Adapter::Plain | Adapter::Timestamp(_) => {
            let f = quote_spanned!(span=> _serde::de::MapAccess::next_value::<::core::option::Option<#ty>>);
            quote!(#f(&mut __map)?)
        }
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

/// `SerializeMap::serialize_entry`, spanned at the member's type so a type that is not
/// `Serialize` is blamed there.
pub fn serialize_entry(member: &Member) -> TokenStream {
    let span = member.span;
    quote_spanned!(span=> _serde::ser::SerializeMap::serialize_entry)
}
