//! The checks of a structure's members.

use proc_macro2::TokenStream;
use quote::quote_spanned;
use syn::spanned::Spanned;
use syn::Type;

use super::{
    adapter, check_owned, check_wire_name, reject_member_attrs, types, wire_name, Member, Skipped,
};
use crate::errors::Errors;
use crate::parse::Container;

/// Attributes about the serde form, which a member marked `skip` is not part of.
const NOT_WITH_SKIP: &[&str] = &[
    "rename",
    "unknown",
    "required",
    "optional",
    "borrow",
    "float",
    "timestamp",
];

/// The members in the serde form, and those marked `#[aws(skip)]`.
pub fn check<'a>(
    container: &Container<'a>,
    self_ty: &TokenStream,
    errors: &mut Errors,
) -> (Vec<Member<'a>>, Vec<Skipped<'a>>) {
    let mut wire_names = Vec::new();
    let mut members = Vec::new();
    let mut skipped = Vec::new();
    for member in &container.members {
        let Some(field) = member.field else { continue };
        if member.attrs.skip.is_some() {
            let what = "a member marked `skip`, which is not part of the serde form";
            reject_member_attrs(&member.attrs, NOT_WITH_SKIP, what, errors);
            skipped.push(Skipped {
                ident: member.ident,
                ty: types::replace_self(&field.ty, self_ty),
                sensitive: member.attrs.sensitive.is_some(),
            });
            continue;
        }
        reject_member_attrs(&member.attrs, &["unknown"], "a structure member", errors);
        let (wire, wire_span) = wire_name(container, member);
        check_wire_name(&wire, wire_span, member.ident, &mut wire_names, errors);
        let option = option_type(member, &field.ty, errors);
        if let (Some(required), Some(_)) = (&member.attrs.required, &option) {
            errors.at(
                required,
                "a required member is a plain field (it gets its zero value when the service \
                 leaves it out); remove `Option` or `required`",
            );
        }
        let value_ty = types::option_inner(&field.ty).unwrap_or(&field.ty);
        members.push(Member {
            ident: member.ident,
            wire,
            ty: Some(types::replace_self(&field.ty, self_ty)),
            option: option.map(|inner| types::replace_self(&inner, self_ty)),
            option_alias: member.attrs.optional.is_some()
                && types::option_inner(&field.ty).is_none(),
            helper: String::new(),
            adapter: adapter(&member.attrs, errors),
            required: member.attrs.required.is_some(),
            sensitive: member.attrs.sensitive.is_some(),
            borrow_cow: member.attrs.borrow.is_some() && types::is_cow(value_ty),
            check_owned: check_owned(member, &field.ty),
            span: field.ty.span(),
        });
    }
    (members, skipped)
}

/// `T` of an `Option<T>` member; the facade's `OptionalMember::Inner` for a member marked
/// `#[aws(optional)]`, whose `Option` has another name the derive cannot see through.
fn option_type(member: &crate::parse::Member, ty: &Type, errors: &mut Errors) -> Option<Type> {
    match (types::option_inner(ty), &member.attrs.optional) {
        (Some(inner), None) => types::copy(inner),
        (None, Some(_)) => {
            let inner = quote_spanned!(ty.span()=> <#ty as _aws::OptionalMember>::Inner);
            syn::parse2(inner).ok()
        }
        (Some(inner), Some(optional)) => {
            errors.at(
                optional,
                "`optional` is for an `Option` under another name (`type Maybe<T> = Option<T>`); \
                 a member written `Option<…>` is optional without it",
            );
            types::copy(inner)
        }
        (None, None) => None,
    }
}
