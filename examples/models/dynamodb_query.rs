//! Body types of Amazon DynamoDB (`DynamoDB`), API version 2012-08-10, protocol `json`, generated
//! by aws-union-codegen from botocore's service model. Do not edit: regenerate.
//!
//! Generated for the operation `Query`, with every shape it reaches.
//!
//! Every type is `#[non_exhaustive]`, so a newer model's members do not break code using it. To
//! build a structure, start from `Default::default()` (required members hold their error-corrected
//! zero value, others `None`) and assign its public fields. Unions and enums are built from their
//! variants.
//!
//! Only HTTP bodies are modelled: members bound to headers, query strings, URI labels or the status
//! code are left out, and so are event streams; each type's docs say which. Maps are `BTreeMap`s
//! (ordered output, no hashing, no_std). A list or map marked sparse keeps `null` items as `None`;
//! in any other list or map a `null` item is an error.
/// The `AttributeValue` union: exactly one member is set.
///
/// Returned inside the output of `BatchExecuteStatement`, `BatchGetItem`, `BatchWriteItem`,
/// `DeleteItem`, and 12 more.
#[derive(Clone, PartialEq, ::aws_union::AwsUnion)]
#[aws(debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum AttributeValue {
    /// Wire name: `S`.
    #[aws(rename = "S")]
    S(::aws_union::__private::String),
    /// Wire name: `N`.
    #[aws(rename = "N")]
    N(::aws_union::__private::String),
    /// Wire name: `B`.
    #[aws(rename = "B")]
    B(::aws_union::Blob),
    /// Wire name: `SS`.
    #[aws(rename = "SS")]
    Ss(::aws_union::__private::Vec<::aws_union::__private::String>),
    /// Wire name: `NS`.
    #[aws(rename = "NS")]
    Ns(::aws_union::__private::Vec<::aws_union::__private::String>),
    /// Wire name: `BS`.
    #[aws(rename = "BS")]
    Bs(::aws_union::__private::Vec<::aws_union::Blob>),
    /// Wire name: `M`.
    #[aws(rename = "M")]
    M(::aws_union::__private::BTreeMap<::aws_union::__private::String, AttributeValue>),
    /// Wire name: `L`.
    #[aws(rename = "L")]
    L(::aws_union::__private::Vec<AttributeValue>),
    /// Wire name: `NULL`.
    #[aws(rename = "NULL")]
    Null(bool),
    /// Wire name: `BOOL`.
    #[aws(rename = "BOOL")]
    Bool(bool),
    /// A member this model does not know, kept with its value so it is written back
    /// unchanged.
    #[aws(unknown)]
    SdkUnknownMember {
        /// The member's name on the wire.
        name: ::aws_union::__private::String,
        /// The member's value, boxed so that keeping it does not make every value of
        /// the union larger.
        value: ::aws_union::__private::Box<::aws_union::AnyValue>,
    },
}
/// The `Capacity` structure.
///
/// Returned inside the output of `BatchExecuteStatement`, `BatchGetItem`, `BatchWriteItem`,
/// `DeleteItem`, and 9 more.
#[derive(Clone, PartialEq, ::aws_union::AwsStructure)]
#[aws(debug, default)]
#[non_exhaustive]
pub struct Capacity {
    /// Wire name: `ReadCapacityUnits`.
    #[aws(rename = "ReadCapacityUnits", float)]
    pub read_capacity_units: ::core::option::Option<f64>,
    /// Wire name: `WriteCapacityUnits`.
    #[aws(rename = "WriteCapacityUnits", float)]
    pub write_capacity_units: ::core::option::Option<f64>,
    /// Wire name: `CapacityUnits`.
    #[aws(rename = "CapacityUnits", float)]
    pub capacity_units: ::core::option::Option<f64>,
}
/// The `ComparisonOperator` string enum.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, ::aws_union::AwsEnum)]
#[non_exhaustive]
#[allow(clippy::enum_variant_names)]
pub enum ComparisonOperator {
    /// The value `EQ`.
    #[aws(rename = "EQ")]
    Eq,
    /// The value `NE`.
    #[aws(rename = "NE")]
    Ne,
    /// The value `IN`.
    #[aws(rename = "IN")]
    In,
    /// The value `LE`.
    #[aws(rename = "LE")]
    Le,
    /// The value `LT`.
    #[aws(rename = "LT")]
    Lt,
    /// The value `GE`.
    #[aws(rename = "GE")]
    Ge,
    /// The value `GT`.
    #[aws(rename = "GT")]
    Gt,
    /// The value `BETWEEN`.
    #[aws(rename = "BETWEEN")]
    Between,
    /// The value `NOT_NULL`.
    #[aws(rename = "NOT_NULL")]
    NotNull,
    /// The value `NULL`.
    #[aws(rename = "NULL")]
    Null,
    /// The value `CONTAINS`.
    #[aws(rename = "CONTAINS")]
    Contains,
    /// The value `NOT_CONTAINS`.
    #[aws(rename = "NOT_CONTAINS")]
    NotContains,
    /// The value `BEGINS_WITH`.
    #[aws(rename = "BEGINS_WITH")]
    BeginsWith,
    /// A value this model does not know, kept as it was on the wire.
    #[aws(unknown)]
    Unknown(::aws_union::__private::String),
}
/// The `Condition` structure.
#[derive(Clone, PartialEq, ::aws_union::AwsStructure)]
#[aws(debug, default)]
#[non_exhaustive]
pub struct Condition {
    /// Wire name: `AttributeValueList`.
    #[aws(rename = "AttributeValueList")]
    pub attribute_value_list: ::core::option::Option<::aws_union::__private::Vec<AttributeValue>>,
    /// Wire name: `ComparisonOperator`. Required.
    #[aws(rename = "ComparisonOperator", required)]
    pub comparison_operator: ComparisonOperator,
}
/// The `ConditionalOperator` string enum.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, ::aws_union::AwsEnum)]
#[non_exhaustive]
#[allow(clippy::enum_variant_names)]
pub enum ConditionalOperator {
    /// The value `AND`.
    #[aws(rename = "AND")]
    And,
    /// The value `OR`.
    #[aws(rename = "OR")]
    Or,
    /// A value this model does not know, kept as it was on the wire.
    #[aws(unknown)]
    Unknown(::aws_union::__private::String),
}
/// The `ConsumedCapacity` structure.
///
/// Returned inside the output of `BatchExecuteStatement`, `BatchGetItem`, `BatchWriteItem`,
/// `DeleteItem`, and 9 more.
#[derive(Clone, PartialEq, ::aws_union::AwsStructure)]
#[aws(debug, default)]
#[non_exhaustive]
pub struct ConsumedCapacity {
    /// Wire name: `TableName`. Length: 1 to 1024.
    #[aws(rename = "TableName")]
    pub table_name: ::core::option::Option<::aws_union::__private::String>,
    /// Wire name: `CapacityUnits`.
    #[aws(rename = "CapacityUnits", float)]
    pub capacity_units: ::core::option::Option<f64>,
    /// Wire name: `ReadCapacityUnits`.
    #[aws(rename = "ReadCapacityUnits", float)]
    pub read_capacity_units: ::core::option::Option<f64>,
    /// Wire name: `WriteCapacityUnits`.
    #[aws(rename = "WriteCapacityUnits", float)]
    pub write_capacity_units: ::core::option::Option<f64>,
    /// Wire name: `Table`.
    #[aws(rename = "Table")]
    pub table: ::core::option::Option<Capacity>,
    /// Wire name: `LocalSecondaryIndexes`.
    #[aws(rename = "LocalSecondaryIndexes")]
    pub local_secondary_indexes: ::core::option::Option<
        ::aws_union::__private::BTreeMap<::aws_union::__private::String, Capacity>,
    >,
    /// Wire name: `GlobalSecondaryIndexes`.
    #[aws(rename = "GlobalSecondaryIndexes")]
    pub global_secondary_indexes: ::core::option::Option<
        ::aws_union::__private::BTreeMap<::aws_union::__private::String, Capacity>,
    >,
    /// Wire name: `VectorIndexes`.
    #[aws(rename = "VectorIndexes")]
    pub vector_indexes: ::core::option::Option<
        ::aws_union::__private::BTreeMap<::aws_union::__private::String, VectorCapacity>,
    >,
}
/// The `QueryInput` structure.
///
/// Input of `Query`.
#[derive(Clone, PartialEq, ::aws_union::AwsStructure)]
#[aws(debug, default)]
#[non_exhaustive]
pub struct QueryInput {
    /// Wire name: `TableName`. Required. Length: 1 to 1024.
    #[aws(rename = "TableName", required)]
    pub table_name: ::aws_union::__private::String,
    /// Wire name: `IndexName`. Length: 3 to 255. Pattern: `[a-zA-Z0-9_.-]+`.
    #[aws(rename = "IndexName")]
    pub index_name: ::core::option::Option<::aws_union::__private::String>,
    /// Wire name: `Select`.
    #[aws(rename = "Select")]
    pub select: ::core::option::Option<Select>,
    /// Wire name: `AttributesToGet`. Items: at least 1.
    #[aws(rename = "AttributesToGet")]
    pub attributes_to_get:
        ::core::option::Option<::aws_union::__private::Vec<::aws_union::__private::String>>,
    /// Wire name: `Limit`. Range: at least 1.
    #[aws(rename = "Limit")]
    pub limit: ::core::option::Option<i32>,
    /// Wire name: `ConsistentRead`.
    #[aws(rename = "ConsistentRead")]
    pub consistent_read: ::core::option::Option<bool>,
    /// Wire name: `KeyConditions`.
    #[aws(rename = "KeyConditions")]
    pub key_conditions: ::core::option::Option<
        ::aws_union::__private::BTreeMap<::aws_union::__private::String, Condition>,
    >,
    /// Wire name: `QueryFilter`.
    #[aws(rename = "QueryFilter")]
    pub query_filter: ::core::option::Option<
        ::aws_union::__private::BTreeMap<::aws_union::__private::String, Condition>,
    >,
    /// Wire name: `ConditionalOperator`.
    #[aws(rename = "ConditionalOperator")]
    pub conditional_operator: ::core::option::Option<ConditionalOperator>,
    /// Wire name: `ScanIndexForward`.
    #[aws(rename = "ScanIndexForward")]
    pub scan_index_forward: ::core::option::Option<bool>,
    /// Wire name: `ExclusiveStartKey`.
    #[aws(rename = "ExclusiveStartKey")]
    pub exclusive_start_key: ::core::option::Option<
        ::aws_union::__private::BTreeMap<::aws_union::__private::String, AttributeValue>,
    >,
    /// Wire name: `ReturnConsumedCapacity`.
    #[aws(rename = "ReturnConsumedCapacity")]
    pub return_consumed_capacity: ::core::option::Option<ReturnConsumedCapacity>,
    /// Wire name: `ProjectionExpression`.
    #[aws(rename = "ProjectionExpression")]
    pub projection_expression: ::core::option::Option<::aws_union::__private::String>,
    /// Wire name: `FilterExpression`.
    #[aws(rename = "FilterExpression")]
    pub filter_expression: ::core::option::Option<::aws_union::__private::String>,
    /// Wire name: `KeyConditionExpression`.
    #[aws(rename = "KeyConditionExpression")]
    pub key_condition_expression: ::core::option::Option<::aws_union::__private::String>,
    /// Wire name: `ExpressionAttributeNames`.
    #[aws(rename = "ExpressionAttributeNames")]
    pub expression_attribute_names: ::core::option::Option<
        ::aws_union::__private::BTreeMap<
            ::aws_union::__private::String,
            ::aws_union::__private::String,
        >,
    >,
    /// Wire name: `ExpressionAttributeValues`.
    #[aws(rename = "ExpressionAttributeValues")]
    pub expression_attribute_values: ::core::option::Option<
        ::aws_union::__private::BTreeMap<::aws_union::__private::String, AttributeValue>,
    >,
}
/// The `QueryOutput` structure.
///
/// Output of `Query`.
#[derive(Clone, PartialEq, ::aws_union::AwsStructure)]
#[aws(debug, default)]
#[non_exhaustive]
pub struct QueryOutput {
    /// Wire name: `Items`.
    #[aws(rename = "Items")]
    pub items: ::core::option::Option<
        ::aws_union::__private::Vec<
            ::aws_union::__private::BTreeMap<::aws_union::__private::String, AttributeValue>,
        >,
    >,
    /// Wire name: `Count`.
    #[aws(rename = "Count")]
    pub count: ::core::option::Option<i32>,
    /// Wire name: `ScannedCount`.
    #[aws(rename = "ScannedCount")]
    pub scanned_count: ::core::option::Option<i32>,
    /// Wire name: `LastEvaluatedKey`.
    #[aws(rename = "LastEvaluatedKey")]
    pub last_evaluated_key: ::core::option::Option<
        ::aws_union::__private::BTreeMap<::aws_union::__private::String, AttributeValue>,
    >,
    /// Wire name: `ConsumedCapacity`.
    #[aws(rename = "ConsumedCapacity")]
    pub consumed_capacity: ::core::option::Option<ConsumedCapacity>,
}
/// The `ReturnConsumedCapacity` string enum.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, ::aws_union::AwsEnum)]
#[non_exhaustive]
#[allow(clippy::enum_variant_names)]
pub enum ReturnConsumedCapacity {
    /// The value `INDEXES`.
    #[aws(rename = "INDEXES")]
    Indexes,
    /// The value `TOTAL`.
    #[aws(rename = "TOTAL")]
    Total,
    /// The value `NONE`.
    #[aws(rename = "NONE")]
    None,
    /// A value this model does not know, kept as it was on the wire.
    #[aws(unknown)]
    Unknown(::aws_union::__private::String),
}
/// The `Select` string enum.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, ::aws_union::AwsEnum)]
#[non_exhaustive]
#[allow(clippy::enum_variant_names)]
pub enum Select {
    /// The value `ALL_ATTRIBUTES`.
    #[aws(rename = "ALL_ATTRIBUTES")]
    AllAttributes,
    /// The value `ALL_PROJECTED_ATTRIBUTES`.
    #[aws(rename = "ALL_PROJECTED_ATTRIBUTES")]
    AllProjectedAttributes,
    /// The value `SPECIFIC_ATTRIBUTES`.
    #[aws(rename = "SPECIFIC_ATTRIBUTES")]
    SpecificAttributes,
    /// The value `COUNT`.
    #[aws(rename = "COUNT")]
    Count,
    /// A value this model does not know, kept as it was on the wire.
    #[aws(unknown)]
    Unknown(::aws_union::__private::String),
}
/// The `VectorCapacity` structure.
///
/// Returned inside the output of `BatchExecuteStatement`, `BatchGetItem`, `BatchWriteItem`,
/// `DeleteItem`, and 10 more.
#[derive(Clone, PartialEq, ::aws_union::AwsStructure)]
#[aws(debug, default)]
#[non_exhaustive]
pub struct VectorCapacity {
    /// Wire name: `VectorSearchRequestBytes`.
    #[aws(rename = "VectorSearchRequestBytes", float)]
    pub vector_search_request_bytes: ::core::option::Option<f64>,
    /// Wire name: `VectorWriteRequestBytes`.
    #[aws(rename = "VectorWriteRequestBytes", float)]
    pub vector_write_request_bytes: ::core::option::Option<f64>,
}
