//! What a protected query runs on: `computeConfiguration` and its unions.

use std::collections::HashMap;

use aws_union::AwsUnion;
use serde::{Deserialize, Serialize};

use super::WorkerComputeType;

/// The compute a query runs on. A union: exactly one member is set.
///
/// ```
/// use cleanrooms_runtime::model::{ComputeConfiguration, WorkerComputeType};
///
/// let body = r#"{"worker": {"type": "CR.4X", "number": 16}}"#;
/// let compute: ComputeConfiguration = serde_json::from_str(body)?;
/// let worker = compute.as_worker().expect("the worker member");
/// assert_eq!(worker.r#type, Some(WorkerComputeType::Cr4x));
/// assert_eq!(worker.number, Some(16));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
pub enum ComputeConfiguration {
    /// `worker`: a fleet of workers.
    Worker(WorkerComputeConfiguration),
    /// A member this model does not know, with its wire name and value.
    #[aws(unknown)]
    SdkUnknownMember {
        /// The member's wire name.
        name: String,
        /// The member's value as it came (`null` from boto3's form).
        value: serde_json::Value,
    },
}

/// A fleet of workers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkerComputeConfiguration {
    /// The worker type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<WorkerComputeType>,
    /// The number of workers, 2 to 1024 (not checked here: a reader keeps what the service
    /// says).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<i32>,
    /// Engine properties of the workers (2025+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<WorkerComputeConfigurationProperties>,
}

/// Engine properties of the workers (2025+). A union: exactly one member is set.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
pub enum WorkerComputeConfigurationProperties {
    /// `spark`: Spark properties, name to value (at most 50).
    Spark(HashMap<String, String>),
    /// A member this model does not know, with its wire name and value.
    #[aws(unknown)]
    SdkUnknownMember {
        /// The member's wire name.
        name: String,
        /// The member's value as it came (`null` from boto3's form).
        value: serde_json::Value,
    },
}
