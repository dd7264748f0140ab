//! The contract of a generated operation, pure: build the request from the input, parse the
//! response into the output or the operation's typed error. No I/O, no async: any HTTP stack
//! (the client of this crate, reqwest, a Lambda runtime, a test) can send what
//! [`Operation::build_request`] builds and hand the answer to [`Operation::parse_response`].
//!
//! | step | what |
//! |---|---|
//! | check the input | before anything is built: a required member not set, an empty URI label, a `min` length or value not met, at any depth (nested structures, list items, map entries: [`checks::Validate`]) → [`InputError`] naming the member by its path |
//! | build | [`Operation::build_request`]: method, absolute URI, headers (content type, `X-Amz-Target`, `smithy-protocol`, `Host`, `Content-Length`), body — everything that is signed |
//! | sign and send | the caller's (this crate's client signs with SigV4) |
//! | parse | [`Operation::parse_response`]: a 2xx response is the output; any other is a [`ServiceError`] holding the operation's error enum; a body that does not decode is a [`DecodeError`] naming the operation and the wire path |

pub mod checks;
pub mod checksum;
pub mod compression;
mod construct;
mod endpoint_url;
mod error_text;
mod input_error;
mod member_values;
mod nested_checks;
mod paginate;
mod request_parts;
mod response_error;
mod tokens;

pub use construct::{insert, push};
pub use endpoint_url::{EndpointUrl, EndpointUrlError};
pub use error_text::{write_error, ErrorMessage};
pub use input_error::{
    check_host_label, check_min_len, check_min_value, InputError, InputErrorKind,
};
pub use paginate::{Cursor, Next, Paginated, PaginatedItems, RepeatedToken};
pub use request_parts::RequestParts;
pub use response_error::{
    DecodeError, ErrorResponse, OperationError, ResponseError, ServiceError, Unhandled,
};
pub use tokens::{IdempotencyTokens, RandomTokens};

use crate::endpoint::ParamValue;
use crate::protocol::Protocol;

/// What the runtime needs to know of a service, generated once per service.
///
/// ```
/// use aws_union_client::operation::ServiceInfo;
/// use aws_union_client::protocol::Protocol;
///
/// // Generated code embeds the rule set in the compact form (`aws-union-codegen`'s
/// // `endpoint_rules::rule_set_literal`); this one resolves every region to one URL.
/// # const RULES: &[u8] = &[];
/// static QUEUE: ServiceInfo = ServiceInfo {
///     service_id: "Example Queue",
///     signing_name: "queue",
///     protocol: Protocol::AwsJson1_0,
///     endpoint_rules: RULES,
/// };
/// assert_eq!(QUEUE.endpoint_url_variable(), "AWS_ENDPOINT_URL_EXAMPLE_QUEUE");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ServiceInfo {
    /// The model's `serviceId` (`DynamoDB`, `CleanRooms`, `Secrets Manager`): it names the
    /// service's `AWS_ENDPOINT_URL_<SERVICE_ID>` variable, its `services` section key in a
    /// profile, and its retry partition.
    pub service_id: &'static str,
    /// The SigV4 signing name (`dynamodb`, `cleanrooms`), unless the endpoint's `authSchemes`
    /// name another.
    pub signing_name: &'static str,
    /// The protocol the generated operations speak.
    pub protocol: Protocol,
    /// The service's endpoint rule set (`endpoint-rule-set-1.json`) in the compact form
    /// [`RuleSet::from_compact`](crate::endpoint::RuleSet::from_compact) reads.
    pub endpoint_rules: &'static [u8],
}

impl ServiceInfo {
    /// The environment variable with this service's own endpoint URL, named as the AWS SDKs
    /// name it: `AWS_ENDPOINT_URL_` and the service id upper-cased, spaces and hyphens made
    /// underscores (`Secrets Manager` → `AWS_ENDPOINT_URL_SECRETS_MANAGER`). aws-sdk-rust
    /// turns only spaces into underscores, botocore also hyphens; no service id of the JSON
    /// and CBOR services holds a hyphen, so the two agree on every one of them.
    ///
    /// ```
    /// # use aws_union_client::{operation::ServiceInfo, protocol::Protocol};
    /// let info = ServiceInfo { service_id: "Secrets Manager", signing_name: "secretsmanager", protocol: Protocol::AwsJson1_1, endpoint_rules: &[] };
    /// assert_eq!(info.endpoint_url_variable(), "AWS_ENDPOINT_URL_SECRETS_MANAGER");
    /// ```
    pub fn endpoint_url_variable(&self) -> String {
        let mut name = String::from("AWS_ENDPOINT_URL_");
        name.extend(self.service_id.chars().map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_uppercase(),
        }));
        name
    }
}

/// What building a request needs besides the input: where it goes, and where idempotency
/// tokens come from.
#[derive(Clone, Copy, Debug)]
pub struct RequestContext<'a> {
    /// The resolved endpoint.
    pub endpoint: &'a EndpointUrl,
    /// The source of idempotency tokens for members the caller left unset.
    pub tokens: &'a dyn IdempotencyTokens,
    /// Whether an operation's host prefix (`data-`, `{graphIdentifier}.`) goes before the
    /// endpoint's host. On by default; the SDKs turn it off with
    /// `disable_host_prefix_injection` for a custom endpoint that has no such hosts.
    pub inject_host_prefix: bool,
}

impl<'a> RequestContext<'a> {
    /// A context with random idempotency tokens and host prefixes on.
    pub fn new(endpoint: &'a EndpointUrl) -> Self {
        Self {
            endpoint,
            tokens: &RandomTokens,
            inject_host_prefix: true,
        }
    }
}

/// One operation of a service: its input, output and error types, and its pure request
/// building and response parsing. Generated for every operation; the client of this crate
/// calls any of them.
pub trait Operation {
    /// The input structure.
    type Input;
    /// The output structure.
    type Output;
    /// The operation's error enum.
    type Error: OperationError;

    /// The operation's name in the model, e.g. `GetItem`.
    const NAME: &'static str;
    /// The service it belongs to.
    const SERVICE: &'static ServiceInfo;

    /// Checks `input` and builds the request, unsigned.
    ///
    /// # Errors
    ///
    /// [`InputError`] for an input the model refuses; nothing is built.
    fn build_request(
        input: &Self::Input,
        context: &RequestContext<'_>,
    ) -> Result<http::Request<Vec<u8>>, InputError>;

    /// Reads a response with its whole body.
    ///
    /// # Errors
    ///
    /// [`ResponseError::Service`] for an error status; [`ResponseError::Decode`] for a 2xx
    /// response that is not the output.
    fn parse_response(
        response: &http::Response<Vec<u8>>,
    ) -> Result<Self::Output, ResponseError<Self::Error>>;

    /// Whether requests are signed (SigV4). `false` for an operation the model marks
    /// `authtype: none` (e.g. STS `AssumeRoleWithWebIdentity`): the client sends it without
    /// credentials and without a signature.
    const SIGNED: bool = true;

    /// The endpoint parameters this operation sets itself, by the rule set's names: the
    /// model's `staticContextParams` and the input members bound by `contextParams` (e.g.
    /// DynamoDB's `ResourceArn`). None by default: the client's built-ins (region, FIPS,
    /// dual-stack, endpoint URL) alone pick the endpoint, resolved once per client. With some,
    /// each distinct set is resolved once and then answered from the client's cache.
    fn endpoint_params(_input: &Self::Input) -> Vec<(&'static str, ParamValue)> {
        Vec::new()
    }
}
