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
//!
//! Strings are `aws_union::CowStr<'a>`, borrowed from the input where the format lends them
//! (`serde_json::from_str` or `from_slice`, sonic-rs and simd-json, for a string without escapes)
//! and owned otherwise; every structure and union that holds one, directly or further in, has the
//! input's lifetime `'a`. Enum values are owned.
/// The `AttributeValue` union: exactly one member is set.
///
/// Returned inside the output of `BatchExecuteStatement`, `BatchGetItem`, `BatchWriteItem`,
/// `DeleteItem`, and 12 more.
#[derive(Clone, PartialEq, ::aws_union::AwsUnion)]
#[aws(debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum AttributeValue<'a> {
    /// Wire name: `S`.
    #[aws(rename = "S", borrow)]
    S(::aws_union::CowStr<'a>),
    /// Wire name: `N`.
    #[aws(rename = "N", borrow)]
    N(::aws_union::CowStr<'a>),
    /// Wire name: `B`.
    #[aws(rename = "B")]
    B(::aws_union::Blob),
    /// Wire name: `SS`.
    #[aws(rename = "SS", borrow)]
    Ss(::aws_union::__private::Vec<::aws_union::CowStr<'a>>),
    /// Wire name: `NS`.
    #[aws(rename = "NS", borrow)]
    Ns(::aws_union::__private::Vec<::aws_union::CowStr<'a>>),
    /// Wire name: `BS`.
    #[aws(rename = "BS")]
    Bs(::aws_union::__private::Vec<::aws_union::Blob>),
    /// Wire name: `M`.
    #[aws(rename = "M", borrow)]
    M(::aws_union::__private::BTreeMap<::aws_union::CowStr<'a>, AttributeValue<'a>>),
    /// Wire name: `L`.
    #[aws(rename = "L", borrow)]
    L(::aws_union::__private::Vec<AttributeValue<'a>>),
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
pub struct Condition<'a> {
    /// Wire name: `AttributeValueList`.
    #[aws(rename = "AttributeValueList", borrow)]
    pub attribute_value_list:
        ::core::option::Option<::aws_union::__private::Vec<AttributeValue<'a>>>,
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
pub struct ConsumedCapacity<'a> {
    /// Wire name: `TableName`. Length: 1 to 1024.
    #[aws(rename = "TableName", borrow)]
    pub table_name: ::core::option::Option<::aws_union::CowStr<'a>>,
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
    #[aws(rename = "LocalSecondaryIndexes", borrow)]
    pub local_secondary_indexes:
        ::core::option::Option<::aws_union::__private::BTreeMap<::aws_union::CowStr<'a>, Capacity>>,
    /// Wire name: `GlobalSecondaryIndexes`.
    #[aws(rename = "GlobalSecondaryIndexes", borrow)]
    pub global_secondary_indexes:
        ::core::option::Option<::aws_union::__private::BTreeMap<::aws_union::CowStr<'a>, Capacity>>,
    /// Wire name: `VectorIndexes`.
    #[aws(rename = "VectorIndexes", borrow)]
    pub vector_indexes: ::core::option::Option<
        ::aws_union::__private::BTreeMap<::aws_union::CowStr<'a>, VectorCapacity>,
    >,
}
/// The `QueryInput` structure.
///
/// Input of `Query`.
#[derive(Clone, PartialEq, ::aws_union::AwsStructure)]
#[aws(debug, default)]
#[non_exhaustive]
pub struct QueryInput<'a> {
    /// Wire name: `TableName`. Required. Length: 1 to 1024.
    #[aws(rename = "TableName", required, borrow)]
    pub table_name: ::aws_union::CowStr<'a>,
    /// Wire name: `IndexName`. Length: 3 to 255. Pattern: `[a-zA-Z0-9_.-]+`.
    #[aws(rename = "IndexName", borrow)]
    pub index_name: ::core::option::Option<::aws_union::CowStr<'a>>,
    /// Wire name: `Select`.
    #[aws(rename = "Select")]
    pub select: ::core::option::Option<Select>,
    /// Wire name: `AttributesToGet`. Items: at least 1.
    #[aws(rename = "AttributesToGet", borrow)]
    pub attributes_to_get:
        ::core::option::Option<::aws_union::__private::Vec<::aws_union::CowStr<'a>>>,
    /// Wire name: `Limit`. Range: at least 1.
    #[aws(rename = "Limit")]
    pub limit: ::core::option::Option<i32>,
    /// Wire name: `ConsistentRead`.
    #[aws(rename = "ConsistentRead")]
    pub consistent_read: ::core::option::Option<bool>,
    /// Wire name: `KeyConditions`.
    #[aws(rename = "KeyConditions", borrow)]
    pub key_conditions: ::core::option::Option<
        ::aws_union::__private::BTreeMap<::aws_union::CowStr<'a>, Condition<'a>>,
    >,
    /// Wire name: `QueryFilter`.
    #[aws(rename = "QueryFilter", borrow)]
    pub query_filter: ::core::option::Option<
        ::aws_union::__private::BTreeMap<::aws_union::CowStr<'a>, Condition<'a>>,
    >,
    /// Wire name: `ConditionalOperator`.
    #[aws(rename = "ConditionalOperator")]
    pub conditional_operator: ::core::option::Option<ConditionalOperator>,
    /// Wire name: `ScanIndexForward`.
    #[aws(rename = "ScanIndexForward")]
    pub scan_index_forward: ::core::option::Option<bool>,
    /// Wire name: `ExclusiveStartKey`.
    #[aws(rename = "ExclusiveStartKey", borrow)]
    pub exclusive_start_key: ::core::option::Option<
        ::aws_union::__private::BTreeMap<::aws_union::CowStr<'a>, AttributeValue<'a>>,
    >,
    /// Wire name: `ReturnConsumedCapacity`.
    #[aws(rename = "ReturnConsumedCapacity")]
    pub return_consumed_capacity: ::core::option::Option<ReturnConsumedCapacity>,
    /// Wire name: `ProjectionExpression`.
    #[aws(rename = "ProjectionExpression", borrow)]
    pub projection_expression: ::core::option::Option<::aws_union::CowStr<'a>>,
    /// Wire name: `FilterExpression`.
    #[aws(rename = "FilterExpression", borrow)]
    pub filter_expression: ::core::option::Option<::aws_union::CowStr<'a>>,
    /// Wire name: `KeyConditionExpression`.
    #[aws(rename = "KeyConditionExpression", borrow)]
    pub key_condition_expression: ::core::option::Option<::aws_union::CowStr<'a>>,
    /// Wire name: `ExpressionAttributeNames`.
    #[aws(rename = "ExpressionAttributeNames", borrow)]
    pub expression_attribute_names: ::core::option::Option<
        ::aws_union::__private::BTreeMap<::aws_union::CowStr<'a>, ::aws_union::CowStr<'a>>,
    >,
    /// Wire name: `ExpressionAttributeValues`.
    #[aws(rename = "ExpressionAttributeValues", borrow)]
    pub expression_attribute_values: ::core::option::Option<
        ::aws_union::__private::BTreeMap<::aws_union::CowStr<'a>, AttributeValue<'a>>,
    >,
}
/// The `QueryOutput` structure.
///
/// Output of `Query`.
#[derive(Clone, PartialEq, ::aws_union::AwsStructure)]
#[aws(debug, default)]
#[non_exhaustive]
pub struct QueryOutput<'a> {
    /// Wire name: `Items`.
    #[aws(rename = "Items", borrow)]
    pub items: ::core::option::Option<
        ::aws_union::__private::Vec<
            ::aws_union::__private::BTreeMap<::aws_union::CowStr<'a>, AttributeValue<'a>>,
        >,
    >,
    /// Wire name: `Count`.
    #[aws(rename = "Count")]
    pub count: ::core::option::Option<i32>,
    /// Wire name: `ScannedCount`.
    #[aws(rename = "ScannedCount")]
    pub scanned_count: ::core::option::Option<i32>,
    /// Wire name: `LastEvaluatedKey`.
    #[aws(rename = "LastEvaluatedKey", borrow)]
    pub last_evaluated_key: ::core::option::Option<
        ::aws_union::__private::BTreeMap<::aws_union::CowStr<'a>, AttributeValue<'a>>,
    >,
    /// Wire name: `ConsumedCapacity`.
    #[aws(rename = "ConsumedCapacity", borrow)]
    pub consumed_capacity: ::core::option::Option<ConsumedCapacity<'a>>,
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
