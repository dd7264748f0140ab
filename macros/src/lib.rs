//! `#[derive(AwsUnion)]` and `#[derive(AwsEnum)]`: serde `Serialize` and `Deserialize`
//! for AWS tagged unions and open string enums, exactly as AWS puts them on the wire.
//!
//! # Tagged unions
//!
//! An AWS union is a JSON object in which exactly one member is set. The derive reads it
//! the way the Smithy protocols require and keeps what the official SDKs throw away:
//!
//! - the value must be a map; a `__type` key is ignored whatever its value;
//! - a member whose value is `null` counts as not set;
//! - exactly one member must be set: none, or a second one (also the same key twice), is an
//!   error that names the union and both members;
//! - a member this model does not know is kept in the variant marked `#[aws(unknown)]`, with
//!   the name it really came with, and, if the variant asks for it, its value;
//! - `{"SDK_UNKNOWN_MEMBER": {"name": …}}`, boto3's form of an unknown member, reads back.
//!
//! Nothing is buffered: keys are matched as `&str` and each value is read by its member's own
//! `Deserialize`, so it is as fast as serde's own derive.
//!
//! ```
//! use aws_union_derive::AwsUnion;
//!
//! #[derive(Debug, Clone, PartialEq, AwsUnion)]
//! #[aws(rename_all = "camelCase")]
//! pub enum ProtectedQueryOutput {
//!     S3(S3Output),
//!     MemberList(Vec<String>),
//!     Quit,
//!     #[aws(unknown)]
//!     SdkUnknownMember { name: String },
//! }
//!
//! #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
//! pub struct S3Output {
//!     location: String,
//! }
//!
//! // `__type` and null members do not count.
//! let out: ProtectedQueryOutput = serde_json::from_str(
//!     r#"{"__type": "x#ProtectedQueryOutput", "s3": {"location": "s3://b/k"}, "memberList": null}"#,
//! )?;
//! assert_eq!(out.as_s3().map(|s3| s3.location.as_str()), Some("s3://b/k"));
//! assert_eq!(out.member_name(), "s3");
//!
//! // A member newer than this model is kept by name and written back as boto3 shows it.
//! let newer: ProtectedQueryOutput = serde_json::from_str(r#"{"distribute": {"s3": {}}}"#)?;
//! assert!(newer.is_unknown());
//! assert_eq!(newer.member_name(), "distribute");
//! assert_eq!(
//!     serde_json::to_string(&newer)?,
//!     r#"{"SDK_UNKNOWN_MEMBER":{"name":"distribute"}}"#
//! );
//!
//! // Two members set is an error naming both.
//! let err = serde_json::from_str::<ProtectedQueryOutput>(r#"{"s3": {"location": "l"}, "quit": {}}"#)
//!     .unwrap_err();
//! assert!(err.to_string().contains("found both `s3` and `quit`"));
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! To keep the unknown member's value as well, give the unknown variant a `value` field of any
//! `Deserialize + Serialize` type; it is then written back as it came:
//!
//! ```
//! # use aws_union_derive::AwsUnion;
//! #[derive(Debug, AwsUnion)]
//! #[aws(rename_all = "camelCase")]
//! enum Output {
//!     S3(String),
//!     #[aws(unknown)]
//!     Unknown { name: String, value: serde_json::Value },
//! }
//!
//! let body = r#"{"distribute":{"s3":{"location":"s3://b/k"}}}"#;
//! let out: Output = serde_json::from_str(body)?;
//! assert_eq!(serde_json::to_string(&out)?, body);
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! boto3's form carries no value, so reading `{"SDK_UNKNOWN_MEMBER": {"name": …}}` into such a
//! variant reads the value from nothing (`()`): `serde_json::Value::Null`, or `None` for an
//! `Option`. A value of nothing is written in boto3's form again, so that it reads back.
//!
//! Attributes:
//!
//! | where | attribute | meaning |
//! |---|---|---|
//! | enum | `#[aws(rename_all = "...")]` | wire names from variant names, by serde's rules: `lowercase`, `UPPERCASE`, `PascalCase`, `camelCase`, `snake_case`, `SCREAMING_SNAKE_CASE`, `kebab-case`, `SCREAMING-KEBAB-CASE` |
//! | enum | `#[aws(deny_unknown_members)]` | no unknown variant: an unknown member is an error naming it (what a server wants) |
//! | variant | `#[aws(rename = "...")]` | this variant's wire name (Smithy's `@jsonName`) |
//! | variant | `#[aws(unknown)]` | the variant that keeps unknown members: `V { name: String }` or `V { name: String, value: T }` |
//!
//! Generated helpers: `MEMBERS` (the wire names), `member_name()`, `is_unknown()`, and for each
//! member variant `as_<variant>() -> Option<&T>` and `is_<variant>()`, named after the variant
//! in snake case.
//!
//! # Open string enums
//!
//! AWS enums are open: a value newer than the model must not break an old client.
//!
//! ```
//! use aws_union_derive::AwsEnum;
//!
//! #[derive(Debug, Clone, PartialEq, Eq, Hash, AwsEnum)]
//! #[aws(rename_all = "SCREAMING_SNAKE_CASE")]
//! pub enum ProtectedQueryStatus {
//!     Submitted,
//!     Started,
//!     TimedOut,
//!     #[aws(unknown)]
//!     Unknown(String),
//! }
//!
//! let status: ProtectedQueryStatus = serde_json::from_str(r#""TIMED_OUT""#)?;
//! assert_eq!(status, ProtectedQueryStatus::TimedOut);
//!
//! let newer: ProtectedQueryStatus = serde_json::from_str(r#""PAUSED""#)?;
//! assert_eq!(newer, ProtectedQueryStatus::Unknown("PAUSED".into()));
//! assert_eq!(serde_json::to_string(&newer)?, r#""PAUSED""#);
//!
//! assert_eq!("STARTED".parse::<ProtectedQueryStatus>(), Ok(ProtectedQueryStatus::Started));
//! assert_eq!(ProtectedQueryStatus::Submitted.to_string(), "SUBMITTED");
//! assert_eq!(ProtectedQueryStatus::VALUES, ["SUBMITTED", "STARTED", "TIMED_OUT"]);
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! Generated: `Serialize`, `Deserialize`, `FromStr` (infallible), `Display`, `From<&str>`,
//! `as_str()`, `is_unknown()` and `VALUES`. With `#[aws(deny_unknown_members)]` and no unknown
//! variant the enum is closed: an unknown value is an error, `FromStr::Err` is
//! `serde::de::value::Error`, and there is no `From<&str>`.
//!
//! The generated code names `serde`, so the crate that uses the derives depends on `serde`.
//!
//! # How it works
//!
//! Each derive is a pipeline, one source file a stage: `parse` the input into an AST with its
//! `#[aws]` attributes, `check` it against the declaration contract (collecting every error),
//! then `expand` the checked model into the impls. When a check fails, the errors come with
//! `fallback` impls so the rest of the crate does not drown in follow-on errors.
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

/// Derives serde `Serialize` and `Deserialize` for an AWS tagged union; see the
/// [crate docs](crate) for the rules and attributes.
#[proc_macro_derive(AwsUnion, attributes(aws))]
pub fn derive_aws_union(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input, parse::Kind::Union).into()
}

/// Derives serde `Serialize` and `Deserialize`, `FromStr` and `Display` for an AWS open
/// string enum; see the [crate docs](crate) for the rules and attributes.
#[proc_macro_derive(AwsEnum, attributes(aws))]
pub fn derive_aws_enum(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input, parse::Kind::OpenEnum).into()
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
