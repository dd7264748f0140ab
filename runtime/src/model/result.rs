//! What a finished protected query produced: `result` and its union.

use aws_union::AwsUnion;
use serde::{Deserialize, Serialize};

use super::correct::{is_unset_union, required, zero, zero_union};

/// The result of a protected query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtectedQueryResult {
    /// Where the result is (required; when the service leaves it out it holds the corrected
    /// empty unknown member, see [`ProtectedQueryOutput`]).
    #[serde(
        default = "zero",
        deserialize_with = "required",
        skip_serializing_if = "is_unset_union"
    )]
    pub output: ProtectedQueryOutput,
}

/// Where a query's result is. A union: exactly one member is set.
///
/// ```
/// use cleanrooms_runtime::model::ProtectedQueryOutput;
///
/// let body = r#"{"memberList": [{"accountId": "111122223333"}]}"#;
/// let output: ProtectedQueryOutput = serde_json::from_str(body)?;
/// assert_eq!(output.as_member_list().map(Vec::len), Some(1));
///
/// // Zero members set is an error that names the union.
/// let err = serde_json::from_str::<ProtectedQueryOutput>(r#"{"s3": null}"#).unwrap_err();
/// assert!(err.to_string().contains("union `ProtectedQueryOutput`"), "{err}");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
pub enum ProtectedQueryOutput {
    /// `s3`: the result in Amazon S3.
    S3(ProtectedQueryS3Output),
    /// `memberList`: the members that received the result.
    MemberList(Vec<ProtectedQuerySingleMemberOutput>),
    /// `distribute` (2025+): the result sent to several locations.
    Distribute(ProtectedQueryDistributeOutput),
    /// A member this model does not know, with its wire name and value.
    #[aws(unknown)]
    SdkUnknownMember {
        /// The member's wire name.
        name: String,
        /// The member's value as it came (`null` from boto3's form).
        value: serde_json::Value,
    },
}

/// A result in Amazon S3.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtectedQueryS3Output {
    /// The S3 location of the result (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub location: String,
}

/// A member that received the result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtectedQuerySingleMemberOutput {
    /// The member's AWS account id (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub account_id: String,
}

/// A result sent to several locations (2025+). A plain structure, not a union: either,
/// both or neither member may be set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtectedQueryDistributeOutput {
    /// The result in Amazon S3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3: Option<ProtectedQueryS3Output>,
    /// The members that received the result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_list: Option<Vec<ProtectedQuerySingleMemberOutput>>,
}

zero_union!(ProtectedQueryOutput);
