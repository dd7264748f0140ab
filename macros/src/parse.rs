//! Stage 1: the derive input as an AST of variants or fields and their `#[aws]` attributes.

use syn::{Data, DeriveInput, Fields, Generics, Ident};

use crate::attr::{self, ContainerAttrs, MemberAttrs};
use crate::errors::Errors;

/// Which derive is running.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Union,
    OpenEnum,
    Structure,
}

impl Kind {
    pub fn derive_name(self) -> &'static str {
        match self {
            Kind::Union => "AwsUnion",
            Kind::OpenEnum => "AwsEnum",
            Kind::Structure => "AwsStructure",
        }
    }
}

pub struct Container<'a> {
    pub kind: Kind,
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    pub attrs: ContainerAttrs,
    /// The enum's variants (unions and open enums) or the struct's fields (structures).
    pub members: Vec<Member<'a>>,
}

/// A variant of an enum, or a field of a struct.
pub struct Member<'a> {
    pub ident: &'a Ident,
    /// A variant's fields; `None` for a struct field.
    pub variant: Option<&'a syn::Variant>,
    /// A struct field; `None` for a variant.
    pub field: Option<&'a syn::Field>,
    pub attrs: MemberAttrs,
}

impl<'a> Container<'a> {
    /// Parses the input; the wrong kind of item is an error at its keyword.
    pub fn from_syn(input: &'a DeriveInput, kind: Kind, errors: &mut Errors) -> Option<Self> {
        let derive = kind.derive_name();
        attr::reject_serde_attrs(&input.attrs, derive, errors);
        let members = match (&input.data, kind) {
            (Data::Enum(data), Kind::Union | Kind::OpenEnum) => data
                .variants
                .iter()
                .map(|variant| {
                    attr::reject_serde_attrs(&variant.attrs, derive, errors);
                    for field in &variant.fields {
                        attr::reject_serde_attrs(&field.attrs, derive, errors);
                        reject_field_attrs(&field.attrs, errors);
                    }
                    Member {
                        ident: &variant.ident,
                        variant: Some(variant),
                        field: None,
                        attrs: MemberAttrs::parse(&variant.attrs, errors),
                    }
                })
                .collect(),
            (Data::Struct(data), Kind::Structure) => {
                let Fields::Named(named) = &data.fields else {
                    errors.at(
                        &data.fields,
                        "an AWS structure has named members: `struct Name { member: T, … }`",
                    );
                    return None;
                };
                named
                    .named
                    .iter()
                    .filter_map(|field| {
                        attr::reject_serde_attrs(&field.attrs, derive, errors);
                        Some(Member {
                            ident: field.ident.as_ref()?,
                            variant: None,
                            field: Some(field),
                            attrs: MemberAttrs::parse(&field.attrs, errors),
                        })
                    })
                    .collect()
            }
            (Data::Struct(data), _) => {
                wrong_item(&data.struct_token, kind, errors);
                return None;
            }
            (Data::Enum(data), _) => {
                wrong_item(&data.enum_token, kind, errors);
                return None;
            }
            (Data::Union(data), _) => {
                wrong_item(&data.union_token, kind, errors);
                return None;
            }
        };
        let attrs = ContainerAttrs::parse(&input.attrs, errors);
        if attrs.debug.is_some() {
            attr::reject_derived_debug(&input.attrs, errors);
        }
        Some(Container {
            kind,
            ident: &input.ident,
            generics: &input.generics,
            attrs,
            members,
        })
    }
}

impl<'a> Member<'a> {
    /// A variant's fields; `None` for a struct field.
    pub fn fields(&self) -> Option<&'a Fields> {
        self.variant.map(|v| &v.fields)
    }
}

/// Fields of a variant take no `#[aws]` attributes; say so rather than ignore them.
fn reject_field_attrs(attrs: &[syn::Attribute], errors: &mut Errors) {
    for attr in attrs.iter().filter(|a| a.path().is_ident("aws")) {
        errors.at(
            attr,
            "aws attributes go on the enum or its variants, not on a variant's fields",
        );
    }
}

/// `keyword` by reference: syn's tokens are `Copy` only with its `clone-impls` feature.
fn wrong_item(keyword: &impl quote::ToTokens, kind: Kind, errors: &mut Errors) {
    let what = match kind {
        Kind::Union => "an AWS union is an enum with one variant per member",
        Kind::OpenEnum => "an AWS open enum is an enum with one unit variant per value",
        Kind::Structure => {
            "an AWS structure is a struct with named members; use `AwsUnion` or `AwsEnum` for enums"
        }
    };
    let item = if kind == Kind::Structure {
        "structs"
    } else {
        "enums"
    };
    errors.at(
        keyword,
        format_args!(
            "`{}` can only be derived for {item}: {what}",
            kind.derive_name()
        ),
    );
}
