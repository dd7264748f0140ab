//! The generated code names nothing through the user's scope: it compiles warning-free in a
//! module that shadows the prelude, with deprecated and documented variants.
#![deny(warnings, missing_docs, rust_2018_idioms)]

mod shadowed {
    #![allow(dead_code, non_camel_case_types, clippy::all)]

    use aws_union::{AwsEnum, AwsUnion};

    struct Result;
    struct Option;
    struct Some;
    struct None;
    struct Ok;
    struct Err;
    struct Box;
    struct Vec;
    struct String;
    struct Formatter;
    struct IgnoredAny;
    mod serde {}
    mod core {}
    mod std {}
    trait Deserialize {}
    trait Serialize {}

    /// A union with everything a model can throw at the derive.
    #[derive(Debug, PartialEq, AwsUnion)]
    #[aws(rename_all = "camelCase")]
    pub enum Union {
        /// A documented member.
        Text(::std::string::String),
        /// A deprecated member.
        #[deprecated(note = "use `text`")]
        OldText(::std::string::String),
        /// A Unit member.
        Quit,
        /// The unknown member.
        #[aws(unknown)]
        SdkUnknownMember {
            /// Its wire name.
            name: ::std::string::String,
        },
    }

    /// An open enum with a deprecated value.
    #[derive(Debug, PartialEq, AwsEnum)]
    #[aws(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum OpenEnum {
        /// A value.
        Started,
        /// A deprecated value.
        #[deprecated]
        Legacy,
        /// The unknown value.
        #[aws(unknown)]
        Unknown(::std::string::String),
    }

    /// A generic union, in the shadowed module too.
    #[derive(Debug, PartialEq, AwsUnion)]
    #[aws(deny_unknown_members)]
    pub enum Generic<T> {
        /// Many values.
        Many(::std::vec::Vec<T>),
    }
}

use shadowed::{Generic, OpenEnum, Union};

#[test]
fn generated_code_compiles_where_the_prelude_is_shadowed() {
    let read: Union = serde_json::from_str(r#"{"text":"hi"}"#).unwrap();
    assert_eq!(read, Union::Text("hi".into()));
    assert_eq!(
        serde_json::to_string(&Union::Quit).unwrap(),
        r#"{"quit":{}}"#
    );
    let read: OpenEnum = serde_json::from_str(r#""STARTED""#).unwrap();
    assert_eq!(read, OpenEnum::Started);
    let read: Generic<u8> = serde_json::from_str(r#"{"Many":[1]}"#).unwrap();
    assert_eq!(read, Generic::Many(vec![1]));
}

#[test]
#[allow(deprecated)]
fn deprecated_members_still_read_and_write() {
    let read: Union = serde_json::from_str(r#"{"oldText":"x"}"#).unwrap();
    assert_eq!(read, Union::OldText("x".into()));
    assert!(read.is_old_text());
    assert_eq!(
        serde_json::to_string(&OpenEnum::Legacy).unwrap(),
        r#""LEGACY""#
    );
}

/// Not even the prelude is needed.
mod without_prelude {
    #![no_implicit_prelude]
    #![allow(dead_code)]

    #[derive(::aws_union::AwsUnion)]
    pub enum Union<T> {
        Many(::std::vec::Vec<T>),
        Quit,
        #[aws(unknown)]
        Unknown {
            name: ::std::string::String,
            value: ::serde_json::Value,
        },
    }

    #[derive(::aws_union::AwsUnion)]
    pub enum NameOnly {
        One(u8),
        #[aws(unknown)]
        Unknown {
            name: ::std::string::String,
        },
    }

    #[derive(::aws_union::AwsUnion)]
    #[aws(deny_unknown_members)]
    pub enum Closed {
        One(u8),
    }

    #[derive(::aws_union::AwsEnum)]
    pub enum Open {
        One,
        #[aws(unknown)]
        Unknown(::std::string::String),
    }

    #[derive(::aws_union::AwsEnum)]
    #[aws(deny_unknown_members)]
    pub enum ClosedEnum {
        One,
    }
}
