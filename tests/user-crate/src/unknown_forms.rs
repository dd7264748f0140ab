//! The unknown member's documented forms: the name alone, or the name and the value kept as
//! `serde_json::Value`, also through an alias, a `macro_rules!` wrapper, and beside a type of
//! this crate named `Document`.

use aws_union::{AwsStructure, AwsUnion};
use serde_json::Value as Json;

/// Keeps only the name of a member newer than the model.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
pub enum NameOnly {
    Text(String),
    #[aws(unknown)]
    SdkUnknownMember {
        name: String,
    },
}

/// Keeps the name and the value, as `serde_json::Value`.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
pub enum KeepsJson {
    Text(String),
    #[aws(unknown)]
    Other {
        name: String,
        value: serde_json::Value,
    },
}

/// Keeps the value as `serde_json::Value` under an imported alias.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
pub enum KeepsAlias {
    Text(String),
    #[aws(unknown)]
    Other {
        name: String,
        value: Json,
    },
}

macro_rules! union {
    ($($item:tt)*) => {
        #[derive(Debug, Clone, PartialEq, AwsUnion)]
        $($item)*
    };
}

union! {
    /// Keeps the value as `serde_json::Value`, declared through `macro_rules!`.
    #[aws(rename_all = "camelCase")]
    pub enum KeepsJsonThroughAMacro {
        Text(String),
        #[aws(unknown)]
        Other { name: String, value: serde_json::Value },
    }
}

/// A type of this crate that happens to be named `Document`: it has no zero value.
#[derive(Debug, Clone, PartialEq, AwsStructure)]
pub struct Document {
    pub body: String,
}

/// Keeps the value as this crate's `Document`.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
pub enum KeepsDocument {
    Text(String),
    #[aws(unknown)]
    Other {
        name: String,
        value: Document,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_unknown_member_keeps_only_its_name() {
        let read: NameOnly = serde_json::from_str(r#"{"newer": {"x": 1}}"#).unwrap();
        assert_eq!(
            read,
            NameOnly::SdkUnknownMember {
                name: "newer".into()
            }
        );
    }

    #[test]
    fn an_unknown_member_keeps_its_value_as_a_serde_json_value() {
        let body = r#"{"newer":{"x":[1,"two"]}}"#;
        let read: KeepsJson = serde_json::from_str(body).unwrap();
        let expected = KeepsJson::Other {
            name: "newer".into(),
            value: json!({"x": [1, "two"]}),
        };
        assert_eq!(read, expected);
        assert_eq!(serde_json::to_string(&read).unwrap(), body);
    }

    #[test]
    fn a_value_kept_through_an_alias_of_serde_json_value_reads_and_writes_the_same() {
        let body = r#"{"newer":[true]}"#;
        let read: KeepsAlias = serde_json::from_str(body).unwrap();
        let expected = KeepsAlias::Other {
            name: "newer".into(),
            value: json!([true]),
        };
        assert_eq!(read, expected);
        assert_eq!(serde_json::to_string(&read).unwrap(), body);
    }

    #[test]
    fn a_union_keeping_a_value_declared_through_a_macro_reads_it() {
        let read: KeepsJsonThroughAMacro = serde_json::from_str(r#"{"newer": 3}"#).unwrap();
        let expected = KeepsJsonThroughAMacro::Other {
            name: "newer".into(),
            value: json!(3),
        };
        assert_eq!(read, expected);
    }

    #[test]
    fn a_value_of_a_type_named_document_is_kept_as_that_type() {
        let read: KeepsDocument = serde_json::from_str(r#"{"newer": {"body": "b"}}"#).unwrap();
        let expected = KeepsDocument::Other {
            name: "newer".into(),
            value: Document { body: "b".into() },
        };
        assert_eq!(read, expected);
    }
}
