//! The ceiling: plain serde-derived types for the same bodies, with none of the AWS rules
//! (no unknown members, no null siblings, no `__type`, no error correction, no float specials,
//! no redacting `Debug`). Blobs are `aws_union::Blob` here too, so both sides decode base64.

use std::collections::BTreeMap;

use aws_union::Blob;
use serde::Deserialize;

/// DynamoDB's `AttributeValue` and `QueryOutput`, with `$map` as the map type.
macro_rules! dynamodb_types {
    ($map:ident) => {
        /// DynamoDB's `AttributeValue`, as a serde externally tagged enum.
        #[derive(Debug, Deserialize)]
        pub enum AttributeValue {
            S(String),
            N(String),
            B(Blob),
            #[serde(rename = "SS")]
            Ss(Vec<String>),
            #[serde(rename = "NS")]
            Ns(Vec<String>),
            #[serde(rename = "BS")]
            Bs(Vec<Blob>),
            M($map<String, AttributeValue>),
            L(Vec<AttributeValue>),
            #[serde(rename = "NULL")]
            Null(bool),
            #[serde(rename = "BOOL")]
            Bool(bool),
        }

        #[derive(Debug, Deserialize)]
        #[serde(rename_all = "PascalCase")]
        pub struct QueryOutput {
            pub items: Option<Vec<$map<String, AttributeValue>>>,
            pub count: Option<i32>,
            pub scanned_count: Option<i32>,
            pub last_evaluated_key: Option<$map<String, AttributeValue>>,
            pub consumed_capacity: Option<ConsumedCapacity>,
        }
    };
}

dynamodb_types!(BTreeMap);

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConsumedCapacity {
    pub table_name: Option<String>,
    pub capacity_units: Option<f64>,
}

/// The ceiling's DynamoDB types with std's `HashMap` (SipHash, as aws-sdk-dynamodb's maps) in
/// place of `BTreeMap`: what the map type alone costs a read.
pub mod hashed {
    use std::collections::HashMap;

    use aws_union::Blob;
    use serde::Deserialize;

    use super::ConsumedCapacity;

    dynamodb_types!(HashMap);
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConverseResponse {
    pub output: ConverseOutput,
    pub stop_reason: StopReason,
    pub usage: TokenUsage,
    pub metrics: ConverseMetrics,
    pub additional_model_response_fields: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    EndTurn,
    ToolUse,
    MaxTokens,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TokenUsage {
    pub input_tokens: i32,
    pub output_tokens: i32,
    pub total_tokens: i32,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConverseMetrics {
    pub latency_ms: i64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ConverseOutput {
    Message(Message),
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Role {
    User,
    Assistant,
}

#[derive(Debug, Deserialize)]
pub struct Message {
    pub role: Role,
    pub content: Vec<ContentBlock>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ContentBlock {
    Text(String),
    Image(ImageBlock),
    ToolUse(ToolUseBlock),
    ToolResult(ToolResultBlock),
    ReasoningContent(ReasoningContentBlock),
}

#[derive(Debug, Deserialize)]
pub struct ImageBlock {
    pub format: String,
    pub source: ImageSource,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ImageSource {
    Bytes(Blob),
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ToolUseBlock {
    pub tool_use_id: String,
    pub name: String,
    pub input: serde_json::Value,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ToolResultBlock {
    pub tool_use_id: String,
    pub content: Vec<ToolResultContentBlock>,
    pub status: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ToolResultContentBlock {
    Json(serde_json::Value),
    Text(String),
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ReasoningContentBlock {
    ReasoningText(ReasoningTextBlock),
}

#[derive(Debug, Deserialize)]
pub struct ReasoningTextBlock {
    pub text: String,
    pub signature: Option<String>,
}
