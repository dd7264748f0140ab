//! Where a protected query's results go: `resultConfiguration` and its unions.

use aws_union::AwsUnion;
use serde::{Deserialize, Serialize};

use super::correct::{is_unset_union, required, zero, zero_union};
use super::ResultFormat;

/// How a query's results are delivered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtectedQueryResultConfiguration {
    /// Where the results go (required; when the service leaves it out it holds the corrected
    /// empty unknown member, see [`ProtectedQueryOutputConfiguration`]).
    #[serde(
        default = "zero",
        deserialize_with = "required",
        skip_serializing_if = "is_unset_union"
    )]
    pub output_configuration: ProtectedQueryOutputConfiguration,
}

/// Where a query's results go. A union: exactly one member is set.
///
/// A member newer than this model is kept in `SdkUnknownMember` with its wire name and its
/// value, and written back as it came. When the service leaves this required union out,
/// client error correction gives `SdkUnknownMember` with an empty `name` and a `null`
/// `value`, which is written as nothing.
///
/// ```
/// use cleanrooms_runtime::model::ProtectedQueryOutputConfiguration;
///
/// let body = r#"{"__type": "x", "member": {"accountId": "111122223333"}, "s3": null}"#;
/// let config: ProtectedQueryOutputConfiguration = serde_json::from_str(body)?;
/// assert_eq!(config.as_member().map(|m| m.account_id.as_str()), Some("111122223333"));
///
/// let newer = r#"{"warehouse":{"table":"t"}}"#;
/// let config: ProtectedQueryOutputConfiguration = serde_json::from_str(newer)?;
/// assert_eq!(config.member_name(), "warehouse");
/// assert_eq!(serde_json::to_string(&config)?, newer);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
pub enum ProtectedQueryOutputConfiguration {
    /// `s3`: results written to Amazon S3.
    S3(ProtectedQueryS3OutputConfiguration),
    /// `member`: results delivered to a collaboration member.
    Member(ProtectedQueryMemberOutputConfiguration),
    /// `distribute` (2025+): results sent to several locations.
    Distribute(ProtectedQueryDistributeOutputConfiguration),
    /// `intermediateTable` (2026+): results kept as an intermediate table.
    IntermediateTable(IntermediateTableOutputConfiguration),
    /// A member this model does not know, with its wire name and value.
    #[aws(unknown)]
    SdkUnknownMember {
        /// The member's wire name.
        name: String,
        /// The member's value as it came (`null` when read from boto3's
        /// `{"SDK_UNKNOWN_MEMBER": {"name": ...}}` form, which carries none).
        value: serde_json::Value,
    },
}

/// Results written to Amazon S3.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtectedQueryS3OutputConfiguration {
    /// The format of the result files (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub result_format: ResultFormat,
    /// The bucket (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub bucket: String,
    /// The key prefix of the result files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_prefix: Option<String>,
    /// Whether the results go to a single file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub single_file_output: Option<bool>,
}

/// Results delivered to a collaboration member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtectedQueryMemberOutputConfiguration {
    /// The member's AWS account id, 12 digits (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub account_id: String,
}

/// Results sent to several locations (2025+).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtectedQueryDistributeOutputConfiguration {
    /// The locations, at least one (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub locations: Vec<ProtectedQueryDistributeOutputConfigurationLocation>,
}

/// One location of a distributed result. A union: exactly one member is set.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
pub enum ProtectedQueryDistributeOutputConfigurationLocation {
    /// `s3`: an Amazon S3 location.
    S3(ProtectedQueryS3OutputConfiguration),
    /// `member`: a collaboration member.
    Member(ProtectedQueryMemberOutputConfiguration),
    /// A member this model does not know, with its wire name and value.
    #[aws(unknown)]
    SdkUnknownMember {
        /// The member's wire name.
        name: String,
        /// The member's value as it came (`null` from boto3's form).
        value: serde_json::Value,
    },
}

/// Results kept as an intermediate table (2026+).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IntermediateTableOutputConfiguration {
    /// The table's id, a UUID (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub id: String,
    /// The table's ARN (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub arn: String,
    /// The table's display name (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub name: String,
}

zero_union!(ProtectedQueryOutputConfiguration);
