//! What the `union_*` tests share: a client's union, one that keeps unknown values, a server's
//! union, and readers that give errors as text.
#![allow(dead_code)]

use aws_union::AwsUnion;
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct S3Output {
    pub location: String,
}

/// A client's union: unknown members are kept by name.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
pub enum Output {
    S3(S3Output),
    MemberList(Vec<String>),
    #[aws(rename = "FOO")]
    Foo(String),
    Quit,
    #[aws(unknown)]
    SdkUnknownMember {
        name: String,
    },
}

/// A union whose unknown variant keeps the value too.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
pub enum Keeping {
    S3(S3Output),
    #[aws(unknown)]
    Unknown {
        name: String,
        value: Value,
    },
}

/// A server's union: unknown members are errors.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase", deny_unknown_members)]
pub enum Strict {
    Int(i32),
    Text(String),
}

pub fn s3(location: &str) -> Output {
    Output::S3(S3Output {
        location: location.into(),
    })
}

pub fn read<T: serde::de::DeserializeOwned>(body: &str) -> Result<T, String> {
    serde_json::from_str(body).map_err(|e| e.to_string())
}

pub fn read_err<T: serde::de::DeserializeOwned + std::fmt::Debug>(body: &str) -> String {
    read::<T>(body).expect_err(body)
}
