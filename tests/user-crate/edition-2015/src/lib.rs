//! Each derive in an edition-2015 crate.

extern crate aws_union;

use aws_union::{AwsEnum, AwsStructure, AwsUnion, Timestamp};

/// A union with a Unit member, a kept value, and the generated `Debug`.
#[derive(Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase", debug)]
pub enum Output {
    Text(String),
    Quit,
    #[aws(unknown)]
    Other {
        name: String,
        value: aws_union::AnyValue,
    },
}

/// An open enum.
#[derive(Debug, Clone, PartialEq, AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Status {
    Started,
    #[aws(unknown)]
    Unknown(String),
}

/// A closed enum.
#[derive(Debug, Clone, PartialEq, AwsEnum)]
#[aws(deny_unknown_members)]
pub enum Closed {
    One,
}

/// A structure with required, optional, float and timestamp members.
#[derive(Clone, PartialEq, AwsStructure)]
#[aws(rename_all = "camelCase", debug, default)]
pub struct Query {
    #[aws(required)]
    pub id: String,
    #[aws(required)]
    pub status: Status,
    #[aws(float)]
    pub ratio: Option<f64>,
    #[aws(timestamp = "date-time")]
    pub at: Option<Timestamp>,
    #[aws(sensitive)]
    pub output: Option<Output>,
}

/// A generic structure with a member that must be present.
#[derive(Debug, Clone, PartialEq, AwsStructure)]
pub struct Holder<T> {
    pub value: T,
}
