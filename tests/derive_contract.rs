//! The derives' contract with the crates that use them: which impls they emit, decided by the
//! compiler from the member types as written, never from a type's name.

use aws_union::{AwsStructure, AwsUnion, ErrorCorrection};
use serde_json::Value as Json;

/// A union keeping unknown values under an alias of `serde_json::Value`.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
enum KeepsAlias {
    Text(String),
    #[aws(unknown)]
    Other {
        name: String,
        value: Json,
    },
}

/// A structure in which that union is required.
#[derive(Debug, Clone, PartialEq, AwsStructure)]
#[aws(rename_all = "camelCase")]
struct HoldsAlias {
    #[aws(required)]
    output: KeepsAlias,
}

#[test]
fn a_kept_value_is_corrected_by_its_type_whatever_the_type_is_called() {
    let corrected: HoldsAlias = serde_json::from_str("{}").unwrap();
    let expected = KeepsAlias::Other {
        name: String::new(),
        value: Json::Null,
    };
    assert_eq!(corrected.output, expected);
    assert_eq!(KeepsAlias::error_correction(), expected);
}

/// A type of this crate named `Document`, with a zero value of its own.
#[derive(Debug, Clone, PartialEq, AwsStructure)]
struct Document {
    #[aws(required)]
    body: String,
}

#[derive(Debug, Clone, PartialEq, AwsUnion)]
enum KeepsDocument {
    Text(String),
    #[aws(unknown)]
    Other {
        name: String,
        value: Document,
    },
}

#[test]
fn a_kept_value_of_a_type_named_document_is_corrected_by_that_type() {
    assert_eq!(
        KeepsDocument::error_correction(),
        KeepsDocument::Other {
            name: String::new(),
            value: Document {
                body: String::new()
            },
        }
    );
}
