//! Stage 1: the derive input as an AST of variants and their `#[aws]` attributes.

use syn::{Data, DeriveInput, Fields, Generics, Ident};

use crate::attr::{self, ContainerAttrs, VariantAttrs};
use crate::errors::Errors;

/// Which derive is running.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Union,
    OpenEnum,
}

impl Kind {
    pub fn derive_name(self) -> &'static str {
        match self {
            Kind::Union => "AwsUnion",
            Kind::OpenEnum => "AwsEnum",
        }
    }
}

pub struct Container<'a> {
    pub kind: Kind,
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    pub attrs: ContainerAttrs,
    pub variants: Vec<Variant<'a>>,
}

pub struct Variant<'a> {
    pub syn: &'a syn::Variant,
    pub attrs: VariantAttrs,
}

impl<'a> Container<'a> {
    /// Parses an enum; anything else is an error at its `struct`/`union` keyword.
    pub fn from_syn(input: &'a DeriveInput, kind: Kind, errors: &mut Errors) -> Option<Self> {
        let data = match &input.data {
            Data::Enum(data) => data,
            Data::Struct(data) => {
                not_an_enum(data.struct_token, kind, errors);
                return None;
            }
            Data::Union(data) => {
                not_an_enum(data.union_token, kind, errors);
                return None;
            }
        };
        let attrs = ContainerAttrs::parse(&input.attrs, errors);
        let variants = data
            .variants
            .iter()
            .map(|variant| {
                for field in &variant.fields {
                    attr::reject_field_attrs(&field.attrs, errors);
                }
                Variant {
                    syn: variant,
                    attrs: VariantAttrs::parse(&variant.attrs, errors),
                }
            })
            .collect();
        Some(Container {
            kind,
            ident: &input.ident,
            generics: &input.generics,
            attrs,
            variants,
        })
    }
}

impl<'a> Variant<'a> {
    pub fn ident(&self) -> &'a Ident {
        &self.syn.ident
    }

    pub fn fields(&self) -> &'a Fields {
        &self.syn.fields
    }
}

fn not_an_enum(keyword: impl quote::ToTokens, kind: Kind, errors: &mut Errors) {
    let what = match kind {
        Kind::Union => "an AWS union is an enum with one variant per member",
        Kind::OpenEnum => "an AWS open enum is an enum with one unit variant per value",
    };
    errors.at(
        keyword,
        format_args!(
            "`{}` can only be derived for enums: {what}",
            kind.derive_name()
        ),
    );
}
