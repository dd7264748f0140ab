//! Stage 3, emit: the plan as tokens, printed by prettyplease.
//!
//! The style is the facade contract's: every path is absolute (`::core::option::Option`,
//! `::aws_union::__private::String`), so a shape named `String`, `Option`, `Result`, `Box` or
//! `Vec` changes nothing; structures derive `AwsStructure` with `#[aws(debug, default)]` and are
//! `#[non_exhaustive]`, so users build them from `Default::default()` and assign fields; unions
//! keep an unknown member with its value; open enums keep an unknown value, and a sensitive one
//! takes its `Debug` from `#[aws(debug, sensitive)]` instead of `#[derive(Debug)]`.

use std::collections::BTreeSet;

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};

use crate::plan::{EnumValue, Field, Item, ItemKind, OperationPlan, Plan, Ty};
use crate::{emit_client, emit_operations, emit_paginators, emit_responses, emit_setters, Error};

fn ident(name: &str) -> syn::Ident {
    match name.strip_prefix("r#") {
        Some(raw) => syn::Ident::new_raw(raw, Span::call_site()),
        None => format_ident!("{}", name),
    }
}

fn doc_attrs(lines: &[String]) -> TokenStream {
    let lines = lines.iter().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    quote!(#(#[doc = #lines])*)
}

/// The names of the generated types that have the lifetime `'a`.
type Lent = BTreeSet<String>;

fn ty(t: &Ty, lent: &Lent) -> TokenStream {
    match t {
        Ty::String => quote!(::aws_union::__private::String),
        Ty::CowStr => quote!(::aws_union::CowStr<'a>),
        Ty::Bool => quote!(bool),
        Ty::I32 => quote!(i32),
        Ty::I64 => quote!(i64),
        Ty::F32 => quote!(f32),
        Ty::F64 => quote!(f64),
        Ty::Blob => quote!(::aws_union::Blob),
        Ty::Timestamp => quote!(::aws_union::Timestamp),
        Ty::Document => quote!(::aws_union::Document),
        Ty::Named(name) if lent.contains(name) => {
            let name = ident(name);
            quote!(#name<'a>)
        }
        Ty::Named(name) => {
            let name = ident(name);
            quote!(#name)
        }
        Ty::List(item, sparse) => {
            let item = optional(item, *sparse, lent);
            quote!(::aws_union::__private::Vec<#item>)
        }
        Ty::Map(key, value, sparse) => {
            let key = ty(key, lent);
            let value = optional(value, *sparse, lent);
            quote!(::aws_union::__private::BTreeMap<#key, #value>)
        }
        Ty::Boxed(inner) => {
            let inner = ty(inner, lent);
            quote!(::aws_union::__private::Box<#inner>)
        }
    }
}

fn optional(t: &Ty, optional: bool, lent: &Lent) -> TokenStream {
    let t = ty(t, lent);
    if optional {
        quote!(::core::option::Option<#t>)
    } else {
        t
    }
}

/// `#[aws(rename = "…", required, sensitive, timestamp = "…", float, borrow)]` for a field or
/// variant; `borrow` when its type has the lifetime `'a`. A member bound outside the body is
/// `#[aws(skip)]` (and `sensitive` for `Debug`): not part of the serde form.
fn member_attr(field: &Field, lent: &Lent) -> TokenStream {
    if field.binding.is_bound() {
        return if field.sensitive {
            quote!(#[aws(skip, sensitive)])
        } else {
            quote!(#[aws(skip)])
        };
    }
    let wire = &field.wire;
    let mut parts = vec![quote!(rename = #wire)];
    if field.required {
        parts.push(quote!(required));
    }
    if field.sensitive {
        parts.push(quote!(sensitive));
    }
    if let Some(format) = field.timestamp {
        parts.push(quote!(timestamp = #format));
    }
    if field.float {
        parts.push(quote!(float));
    }
    if field.ty.has_lifetime(lent) {
        parts.push(quote!(borrow));
    }
    quote!(#[aws(#(#parts),*)])
}

fn container_attr(item: &Item, structure: bool) -> TokenStream {
    let mut parts = vec![quote!(debug)];
    if structure {
        parts.push(quote!(default));
    }
    if item.sensitive {
        parts.push(quote!(sensitive));
    }
    quote!(#[aws(#(#parts),*)])
}

/// Clippy lints a name from the model may trip (an all-capitals type name such as `KMS`).
fn name_allows(name: &str) -> TokenStream {
    let letters = name.chars().filter(char::is_ascii_alphabetic).count();
    if letters > 1 && !name.chars().any(|c| c.is_ascii_lowercase()) {
        quote!(#[allow(clippy::upper_case_acronyms)])
    } else {
        TokenStream::new()
    }
}

/// `<'a>` on a type that has the lifetime.
fn generics(item: &Item) -> TokenStream {
    if item.lifetime {
        quote!(<'a>)
    } else {
        TokenStream::new()
    }
}

fn structure(item: &Item, fields: &[Field], lent: &Lent) -> TokenStream {
    let docs = doc_attrs(&item.docs);
    let attr = container_attr(item, true);
    let allows = name_allows(&item.name);
    let name = ident(&item.name);
    let generics = generics(item);
    let fields = fields.iter().map(|f| {
        let docs = doc_attrs(&f.docs);
        let attr = member_attr(f, lent);
        let name = ident(&f.name);
        let t = optional(&f.ty, !f.required, lent);
        quote!(#docs #attr pub #name: #t)
    });
    quote! {
        #docs
        #[derive(Clone, PartialEq, ::aws_union::AwsStructure)]
        #attr
        #[non_exhaustive]
        #allows
        pub struct #name #generics { #(#fields,)* }
    }
}

fn union(item: &Item, variants: &[Field], lent: &Lent) -> TokenStream {
    let docs = doc_attrs(&item.docs);
    let attr = container_attr(item, false);
    let allows = name_allows(&item.name);
    let name = ident(&item.name);
    let generics = generics(item);
    let variants = variants.iter().map(|v| {
        let docs = doc_attrs(&v.docs);
        let attr = member_attr(v, lent);
        let name = ident(&v.name);
        let t = ty(&v.ty, lent);
        quote!(#docs #attr #name(#t))
    });
    quote! {
        #docs
        #[derive(Clone, PartialEq, ::aws_union::AwsUnion)]
        #attr
        #[non_exhaustive]
        // Member and value names are the model's: a shared prefix or suffix is AWS's choice.
        #[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
        #allows
        pub enum #name #generics {
            #(#variants,)*
            /// A member this model does not know, kept with its value so it is written back
            /// unchanged.
            #[aws(unknown)]
            SdkUnknownMember {
                /// The member's name on the wire.
                name: ::aws_union::__private::String,
                /// The member's value, boxed so that keeping it does not make every value of
                /// the union larger.
                value: ::aws_union::__private::Box<::aws_union::AnyValue>,
            },
        }
    }
}

fn open_enum(item: &Item, values: &[EnumValue]) -> TokenStream {
    let docs = doc_attrs(&item.docs);
    let allows = name_allows(&item.name);
    let name = ident(&item.name);
    let values = values.iter().map(|v| {
        let docs = doc_attrs(&v.docs);
        let wire = &v.wire;
        let name = ident(&v.name);
        quote!(#docs #[aws(rename = #wire)] #name)
    });
    // A sensitive enum gets the derive's `Debug`, which shows only the redaction marker.
    let (debug, attr) = if item.sensitive {
        (quote!(), quote!(#[aws(debug, sensitive)]))
    } else {
        (quote!(Debug,), quote!())
    };
    quote! {
        #docs
        #[derive(Clone, #debug PartialEq, Eq, PartialOrd, Ord, Hash, ::aws_union::AwsEnum)]
        #attr
        #[non_exhaustive]
        #[allow(clippy::enum_variant_names)]
        #allows
        pub enum #name {
            #(#values,)*
            /// A value this model does not know, kept as it was on the wire.
            #[aws(unknown)]
            Unknown(::aws_union::__private::String),
        }
    }
}

/// An operation's unit struct.
fn operation_struct(op: &OperationPlan) -> TokenStream {
    let docs = doc_attrs(&op.docs);
    let allows = name_allows(&op.rust_name);
    let name = ident(&op.rust_name);
    quote! {
        #docs
        #[derive(Clone, Copy, Debug, Default)]
        #allows
        pub struct #name;
    }
}

/// An operation's error enum: a variant per modelled error, and `Unhandled`.
fn error_enum(op: &OperationPlan) -> TokenStream {
    let doc = format!(
        " The errors of `{}`: a variant per error the model names, and `Unhandled` for any \
         other.",
        op.rust_name
    );
    let name = ident(&op.error);
    let allows = name_allows(&op.error);
    let variants = op.errors.iter().map(|e| {
        let doc = format!(" The modelled error `{}`.", e.shape);
        let variant = ident(&e.variant);
        let ty = ident(&e.ty);
        quote!(#[doc = #doc] #variant(#ty))
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug)]
        #[non_exhaustive]
        // Error names are the model's: a shared suffix is AWS's choice.
        #[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
        #allows
        pub enum #name {
            #(#variants,)*
            /// An error the model does not name, or a modelled one whose body does not read:
            /// everything the service sent.
            Unhandled(::aws_union_client::operation::Unhandled),
        }
    }
}

/// The module's items as tokens (types, operations' unit structs and error enums); `module_doc`
/// adds the inner `//!` documentation.
fn item_tokens(plan: &Plan, module_doc: bool) -> TokenStream {
    let inner = if module_doc {
        let lines = plan.module_docs.iter().map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!(" {l}")
            }
        });
        quote!(#(#![doc = #lines])*)
    } else {
        TokenStream::new()
    };
    let lent: Lent = plan
        .items
        .iter()
        .filter(|item| item.lifetime)
        .map(|item| item.name.clone())
        .collect();
    let items = plan.items.iter().map(|item| match &item.kind {
        ItemKind::Structure(fields) => structure(item, fields, &lent),
        ItemKind::Union(variants) => union(item, variants, &lent),
        ItemKind::Enum(values) => open_enum(item, values),
    });
    let operations = plan.operations.iter().map(|op| {
        let unit = operation_struct(op);
        let errors = error_enum(op);
        quote!(#unit #errors)
    });
    quote!(#inner #(#items)* #(#operations)*)
}

/// The operations' trait implementations, as rustfmt-laid-out text.
fn glue(plan: &Plan) -> String {
    let Some(service) = &plan.service else {
        return String::new();
    };
    let mut out = emit_operations::service_const(service);
    let client = plan.client.as_ref();
    for op in &plan.operations {
        out.push_str(&emit_operations::operation_impl(plan, service, op));
        out.push_str(&emit_responses::error_impls(plan, service, op));
        if client.is_some() {
            out.push_str(&emit_client::error_helpers(op));
        }
        let paginator = client
            .and_then(|c| c.methods.iter().find(|m| m.operation == op.name))
            .and_then(|m| m.paginator.as_ref());
        if let Some(paginator) = paginator {
            out.push_str(&emit_paginators::paginated_impls(op, paginator));
        }
    }
    for name in emit_responses::rest_responses(plan) {
        if let Some((_, fields)) = emit_operations::structure(plan, &name) {
            out.push_str(&emit_responses::from_rest_response(&name, fields));
        }
    }
    for name in emit_responses::bound_enums(plan) {
        out.push_str(&emit_responses::text_value(&name));
    }
    for checks in &plan.validated {
        out.push_str(&crate::emit_validation::validate_impl(checks));
    }
    if let Some(client) = client {
        if client.client_type {
            out.push_str(&emit_client::client(plan, client));
        }
        out.push_str(&emit_setters::all_setters(plan, client));
    }
    out
}

/// The whole module as tokens; `module_doc` adds the inner `//!` documentation.
pub fn tokens(plan: &Plan, module_doc: bool) -> Result<TokenStream, Error> {
    let glue: TokenStream = glue(plan).parse().map_err(|e| {
        Error::model(
            "<generated>",
            None,
            format!("generated operations do not parse: {e}"),
        )
    })?;
    let items = item_tokens(plan, module_doc);
    Ok(quote!(#items #glue))
}

/// The whole module, formatted by prettyplease with member types laid out as rustfmt does,
/// then the operations' glue, already laid out as rustfmt does.
pub fn format(plan: &Plan, module_doc: bool) -> Result<String, Error> {
    let file: syn::File = syn::parse2(item_tokens(plan, module_doc)).map_err(|e| {
        Error::model(
            "<generated>",
            None,
            format!("generated code does not parse: {e}"),
        )
    })?;
    let mut code = crate::layout::rustfmt_members(&prettyplease::unparse(&file));
    let glue = glue(plan);
    syn::parse_file(&glue).map_err(|e| {
        Error::model(
            "<generated>",
            None,
            format!("generated operations do not parse: {e}"),
        )
    })?;
    code.push_str(&glue);
    Ok(code)
}
