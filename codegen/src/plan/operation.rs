//! The plan of the operations: what each generated operation sends and reads, decided from
//! the model before anything is printed.

/// The protocol the generated operations speak (`aws_union_client::protocol::Protocol`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// `awsJson1_0`.
    AwsJson1_0,
    /// `awsJson1_1`.
    AwsJson1_1,
    /// `restJson1`.
    RestJson1,
    /// `rpcv2Cbor`.
    RpcV2Cbor,
}

impl Protocol {
    /// The variant's name in `aws_union_client::protocol::Protocol`.
    pub fn client_variant(self) -> &'static str {
        match self {
            Protocol::AwsJson1_0 => "AwsJson1_0",
            Protocol::AwsJson1_1 => "AwsJson1_1",
            Protocol::RestJson1 => "RestJson1",
            Protocol::RpcV2Cbor => "RpcV2Cbor",
        }
    }
}

/// Which of the protocols a model lists to generate, for the services that offer JSON and
/// CBOR (`--protocol json|cbor`). Without a choice, the one botocore picks: JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProtocolChoice {
    /// awsJson (botocore's `json`).
    Json,
    /// rpcv2Cbor (botocore's `smithy-rpc-v2-cbor`).
    Cbor,
}

/// What the generated `SERVICE` constant says, and what every operation of the service
/// shares.
#[derive(Debug, Clone, PartialEq)]
pub struct ServicePlan {
    /// The model's `serviceId`.
    pub service_id: String,
    /// The SigV4 signing name (`signingName`, else `endpointPrefix`).
    pub signing_name: String,
    /// The protocol.
    pub protocol: Protocol,
    /// awsJson's `X-Amz-Target` prefix, rpcv2Cbor's service name (`targetPrefix`).
    pub target_prefix: String,
    /// The service is query-compatible (`awsQueryCompatible`): it sends
    /// `x-amzn-query-mode: true` and reads `x-amzn-query-error` codes.
    pub query_compatible: bool,
    /// The service's endpoint rule set in the compact form (`endpoint_rules`), empty when the
    /// generator was given none.
    pub endpoint_rules: Vec<u8>,
}

/// One generated operation.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationPlan {
    /// The operation's name in the model (`GetItem`): `Operation::NAME`.
    pub name: String,
    /// The unit struct's name (the operation's name unless a shape took it).
    pub rust_name: String,
    /// Doc lines.
    pub docs: Vec<String>,
    /// The input type's Rust name (`None`: the model has no input, the input is `()`).
    pub input: Option<String>,
    /// The input shape's model name.
    pub input_shape: Option<String>,
    /// The output type's Rust name (`None`: the output is `()`).
    pub output: Option<String>,
    /// The output shape's model name.
    pub output_shape: Option<String>,
    /// The error enum's name (`GetItemError`).
    pub error: String,
    /// The error enum's variants, one per modelled error.
    pub errors: Vec<ErrorVariant>,
    /// The HTTP method (restJson1; the RPC protocols always `POST`).
    pub method: String,
    /// The request URI's path, as literal text and labels (restJson1).
    pub path: Vec<PathPiece>,
    /// The request URI's literal query (`mode=import`), empty for none.
    pub literal_query: String,
    /// The host prefix, as literal text and labels; empty for none.
    pub host_prefix: Vec<HostPiece>,
    /// Input checks, in the order they run.
    pub checks: Vec<Check>,
    /// Fields of the input filled with a fresh idempotency token when unset.
    pub tokens: Vec<String>,
    /// The model asks for a compressed request body: gzip when it is at least
    /// `aws_union_client::operation::compression::MIN_COMPRESSION_SIZE` bytes.
    pub compression: bool,
    /// The request checksum botocore adds, if any.
    pub checksum: Option<ChecksumPlan>,
    /// Requests are signed (SigV4); `false` for an operation the model marks `authtype: none`
    /// or whose first auth scheme is `smithy.api#noAuth`, sent unsigned as botocore sends it.
    pub signed: bool,
}

/// A request checksum (`httpChecksum`, `httpChecksumRequired`): CRC32 unless the caller
/// names another algorithm in the algorithm member.
#[derive(Debug, Clone, PartialEq)]
pub struct ChecksumPlan {
    /// The input field and model member naming the algorithm, if the model has one.
    pub algorithm: Option<(String, String)>,
}

/// A modelled error of an operation.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorVariant {
    /// The variant's name.
    pub variant: String,
    /// The error structure's Rust name.
    pub ty: String,
    /// The error shape's model name.
    pub shape: String,
    /// The code that selects it: the shape's `error.code` (a query-compatible service's
    /// code), else its name.
    pub code: String,
}

/// A piece of a restJson1 request path.
#[derive(Debug, Clone, PartialEq)]
pub enum PathPiece {
    /// Text of the URI template, as it is.
    Literal(String),
    /// A label `{Name}` (or greedy `{Name+}`), filled from an input field.
    Label {
        /// The input field.
        field: String,
        /// The member's model name (for errors).
        member: String,
        /// `{Name+}`: slashes kept.
        greedy: bool,
    },
}

/// A piece of a host prefix.
#[derive(Debug, Clone, PartialEq)]
pub enum HostPiece {
    /// Literal text (`data-`, `.`).
    Literal(String),
    /// A `hostLabel` member.
    Label {
        /// The input field.
        field: String,
        /// The member's model name.
        member: String,
    },
}

/// One input check of `build_request`.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    /// The input field.
    pub field: String,
    /// The member's model name, for the error.
    pub member: String,
    /// What is checked.
    pub kind: CheckKind,
}

/// What an input check requires.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckKind {
    /// The member is set.
    Required,
    /// A set string (characters), list, map or blob is at least this long.
    MinLength(u64),
    /// A set number is at least this.
    MinValue(f64),
    /// A check below the member: its list items, map keys or values, or the structures and
    /// unions it holds.
    Below(super::NestedCheck),
}

/// An operation of the model that is not generated, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedOperation {
    /// The operation's name.
    pub name: String,
    /// Why it is not generated.
    pub reason: String,
}

/// Where a structure member goes in an HTTP message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Binding {
    /// In the body: part of the type's serde form.
    Body,
    /// A URI label, by its name in the template.
    Label(String),
    /// A query parameter.
    Query(String),
    /// A map whose entries are query parameters.
    QueryMap,
    /// A header.
    Header(String),
    /// A header holding base64 JSON text (`jsonvalue`).
    JsonHeader(String),
    /// Headers starting with a prefix, as a map.
    PrefixHeaders(String),
    /// The response's status code.
    StatusCode,
    /// The whole body.
    Payload(PayloadKind),
}

impl Binding {
    /// Is the member outside the body (and so outside the type's serde form)?
    pub fn is_bound(&self) -> bool {
        *self != Binding::Body
    }
}

/// What a payload member is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayloadKind {
    /// Raw bytes.
    Blob,
    /// Text: a string or a string enum.
    Text,
    /// A structure's JSON (`{}` when unset).
    Structure,
    /// A union's or document's JSON (nothing when unset).
    Json,
}
