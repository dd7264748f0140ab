//! How one member's value is read and written, with AWS's scalar rules where asked.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::Type;

use crate::attr::TimestampFormat;
use crate::check::{Adapter, Member, Model};

/// The type a member's value is read as when `ty` alone does not do (floats' string specials,
/// borrowed strings, a sensitive member whose errors must not show its value), and the closure
/// body turning it (`__v`) into `ty`.
/// Spanned at the member's type, as the paths naming it are.
fn wrapper(member: &Member, ty: &Type) -> Option<(TokenStream, TokenStream)> {
    let span = member.span;
    let adapted = if member.borrow_cow {
        Some(quote_spanned!(span=> _aws::Borrowed<#ty>))
    } else if member.adapter == Adapter::Float {
        Some(quote_spanned!(span=> _aws::FloatDe<#ty>))
    } else {
        None
    };
    let sensitive = |inner| quote_spanned!(span=> _aws::Sensitive<#inner>);
    match (adapted, member.sensitive) {
        (Some(adapted), true) => Some((sensitive(adapted), quote!((__v.0).0))),
        (None, true) => Some((sensitive(quote!(#ty)), quote!(__v.0))),
        (Some(adapted), false) => Some((adapted, quote!(__v.0))),
        (None, false) => None,
    }
}

/// An expression reading the member's value from `__map` as `Option<ty>` (`None` for `null`).
///
/// Only the path is spanned at the member's type, so type errors point at the user's code
/// while the locals stay visible when the derive is stamped from a `macro_rules!` wrapper.
pub fn read(member: &Member, ty: &Type) -> TokenStream {
    let span = member.span;
    match wrapper(member, ty) {
        Some((wrapper, unwrap)) => {
            let f = quote_spanned!(span=> _serde::de::MapAccess::next_value::<_aws::core::option::Option<#wrapper>>);
            quote!(#f(&mut __map)?.map(|__v| #unwrap))
        }
        None => {
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
    match wrapper(member, ty) {
        Some((wrapper, unwrap)) => {
            let f = quote_spanned!(span=> _aws::read_member_with::<__A, #wrapper, #ty>);
            quote!(#f(&mut __map, &mut #slot, |__v| #unwrap, #wire, #structure))
        }
        None => {
            let f = quote_spanned!(span=> _aws::read_member::<__A, #ty>);
            quote!(#f(&mut __map, &mut #slot, #wire, #structure))
        }
    }
}

/// A `ReadStructure` member's call reading its value into `field` (a `&mut` of the field):
/// `read_optional` for an `Option` member, `read_required` for a required one (through a
/// wrapper for floats and sensitive members). Evaluates to `Result<bool, __A::Error>`.
pub fn read_field(member: &Member, field: TokenStream) -> TokenStream {
    let span = member.span;
    let field = if member.option.is_some() {
        as_option_mut(member, field)
    } else {
        field
    };
    let optional = member.option.is_some();
    let Some(ty) = member.option.as_ref().or(member.ty.as_ref()) else {
        return quote!(_aws::skip_value(__map).map(|()| false));
    };
    match (optional, wrapper(member, ty)) {
        (true, None) => {
            let f = quote_spanned!(span=> _aws::read_optional::<__A, #ty>);
            quote!(#f(__map, #field))
        }
        (false, None) => {
            let f = quote_spanned!(span=> _aws::read_required::<__A, #ty>);
            quote!(#f(__map, #field))
        }
        (true, Some((wrapper, unwrap))) => {
            let f = quote_spanned!(span=> _aws::read_optional_with::<__A, #wrapper, #ty>);
            quote!(#f(__map, #field, |__v| #unwrap))
        }
        (false, Some((wrapper, unwrap))) => {
            let f = quote_spanned!(span=> _aws::read_required_with::<__A, #wrapper, #ty>);
            quote!(#f(__map, #field, |__v| #unwrap))
        }
    }
}

/// A call writing the member's value `value` (a `&ty`) into `map` (a `MapWriter`), as
/// `#[aws(float)]` or `#[aws(timestamp = "…")]` ask. The writer names `ty` and is spanned at the
/// member's type: a type that is not `Serialize`, or that the attribute does not apply to, is
/// an error at the member.
pub fn write_entry(
    member: &Member,
    ty: &Type,
    map: TokenStream,
    value: TokenStream,
) -> TokenStream {
    let span = member.span;
    let wire = &member.wire;
    match member.adapter {
        Adapter::Plain => {
            let f = quote_spanned!(span=> _aws::MapWriter::entry::<#ty>);
            quote!(#f(#map, #wire, #value))
        }
        Adapter::Float => {
            let f = quote_spanned!(span=> _aws::MapWriter::float_entry::<#ty>);
            quote!(#f(#map, #wire, #value))
        }
        Adapter::Timestamp(format) => {
            let format = match format {
                TimestampFormat::EpochSeconds => quote!(EpochSeconds),
                TimestampFormat::DateTime => quote!(DateTime),
                TimestampFormat::HttpDate => quote!(HttpDate),
            };
            let f = quote_spanned!(span=> _aws::MapWriter::timestamp_entry::<#ty>);
            quote!(#f(#map, #wire, #value, _aws::TimestampFormat::#format))
        }
    }
}

/// A structure's `MapWriter::entry_if_set` for an `Option<ty>` member, spanned as `write_entry`.
pub fn writer_entry_if_set(member: &Member, ty: &Type) -> TokenStream {
    let span = member.span;
    quote_spanned!(span=> _aws::MapWriter::entry_if_set::<#ty>)
}

/// One check per member whose type names a lifetime without `#[aws(borrow)]`: a type that reads
/// only by borrowing (`CowStr<'a>`) is an error at the member saying to add `borrow`, where the
/// compiler would otherwise say that `'de` must outlive `'a` (the type error keeps that one from
/// being reported too). Method resolution picks the check (the facade's `borrow_check`).
pub fn owned_checks(model: &Model) -> TokenStream {
    let members = model
        .members
        .iter()
        .filter(|m| m.check_owned)
        .filter_map(|m| m.ty.as_ref());
    let unknown = model
        .unknown
        .as_ref()
        .filter(|u| u.check_owned)
        .and_then(|u| u.value.as_ref());
    let checks = members.chain(unknown).map(|ty| {
        quote_spanned! {ty.span()=>
            _aws::owned_member(_aws::MemberType::<#ty>::NEW.reads_owned());
        }
    });
    let checks: Vec<_> = checks.collect();
    if checks.is_empty() {
        return TokenStream::new();
    }
    quote! {
        #[allow(unused_imports)]
        use _aws::ReadsOwned as _;
        #(#checks)*
    }
}

/// `value` (a `&` of an `Option` member) as `&Option<T>`: itself, or for `#[aws(optional)]`
/// through the facade's `OptionalMember` at the member's type, which is where a type that is
/// not an `Option` is an error.
pub fn as_option(member: &Member, value: TokenStream) -> TokenStream {
    through_optional(member, quote!(as_option), value)
}

/// `value` (a `&mut` of an `Option` member) as `&mut Option<T>`, as `as_option`.
pub fn as_option_mut(member: &Member, value: TokenStream) -> TokenStream {
    through_optional(member, quote!(as_option_mut), value)
}

/// The `Option<T>` `value` as the member's type, as `as_option`.
pub fn from_option(member: &Member, value: TokenStream) -> TokenStream {
    through_optional(member, quote!(from_option), value)
}

/// `None` for an `Option` member, as `from_option`.
pub fn none(member: &Member) -> TokenStream {
    match (&member.ty, member.option_alias) {
        (Some(ty), true) => quote_spanned!(member.span=> <#ty as _aws::OptionalMember>::none()),
        _ => quote!(_aws::core::option::Option::None),
    }
}

fn through_optional(member: &Member, method: TokenStream, value: TokenStream) -> TokenStream {
    match (&member.ty, member.option_alias) {
        // The call, parentheses included, at the member: its type names the trait's `Inner`,
        // blamed where the call is. `value` keeps its own spans.
        (Some(ty), true) => {
            quote_spanned!(member.span=> <#ty as _aws::OptionalMember>::#method(#value))
        }
        _ => value,
    }
}
