//! The derives of [`aws-union`](https://docs.rs/aws-union): `#[derive(AwsUnion)]`,
//! `#[derive(AwsEnum)]` and `#[derive(AwsStructure)]`, serde `Serialize` and `Deserialize` for
//! AWS tagged unions, open string enums and structures, exactly as AWS puts them on the wire.
//!
//! Depend on `aws-union`, not on this crate: the generated code names
//! `::aws_union::__private` (or the path given by `#[aws(crate = "…")]`), and the rules,
//! attributes and examples are documented there.
//!
//! # How it works
//!
//! Each derive is a pipeline, one source file a stage: `parse` the input into an AST with its
//! `#[aws]` attributes, `check` it against the declaration contract (collecting every error),
//! then `expand` the checked model into the impls. When a check fails, the errors come with
//! `fallback` items so the rest of the crate does not drown in follow-on errors.
#![forbid(unsafe_code)]

mod attr;
mod case;
mod check;
mod errors;
mod expand;
mod fallback;
mod parse;

use proc_macro::TokenStream;
use syn::{parse_macro_input, DeriveInput};

/// Derives serde `Serialize` and `Deserialize` for an AWS tagged union; see `aws-union`'s
/// docs for the rules and attributes.
#[proc_macro_derive(AwsUnion, attributes(aws, serde))]
pub fn derive_aws_union(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input, parse::Kind::Union).into()
}

/// Derives serde `Serialize` and `Deserialize`, `FromStr` and `Display` for an AWS open
/// string enum; see `aws-union`'s docs for the rules and attributes.
#[proc_macro_derive(AwsEnum, attributes(aws, serde))]
pub fn derive_aws_enum(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input, parse::Kind::OpenEnum).into()
}

/// Derives serde `Serialize` and `Deserialize` for an AWS structure; see `aws-union`'s docs
/// for the rules and attributes.
#[proc_macro_derive(AwsStructure, attributes(aws, serde))]
pub fn derive_aws_structure(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input, parse::Kind::Structure).into()
}

fn derive(input: &DeriveInput, kind: parse::Kind) -> proc_macro2::TokenStream {
    let mut errors = errors::Errors::new();
    let checked = parse::Container::from_syn(input, kind, &mut errors)
        .and_then(|container| check::check(container, &mut errors));
    match (errors.finish(), checked) {
        (Ok(()), Some(model)) => expand::expand(&model),
        (result, _) => {
            let error = result.err().map(|e| e.to_compile_error());
            let fallback = fallback::expand(input, kind);
            quote::quote!(#error #fallback)
        }
    }
}
