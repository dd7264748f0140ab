//! The contract of a generated operation, pure: build the request from the input, parse the
//! response into the output or the operation's typed error. No I/O, no async: any HTTP stack
//! (the client of this crate, reqwest, a Lambda runtime, a test) can send what
//! [`Operation::build_request`] builds and hand the answer to [`Operation::parse_response`].
//!
//! | step | what |
//! |---|---|
//! | check the input | before anything is built: a required member not set, an empty URI label, a `min` length or value not met → [`InputError`] |
//! | build | [`Operation::build_request`]: method, absolute URI, headers (content type, `X-Amz-Target`, `smithy-protocol`, `Host`, `Content-Length`), body — everything that is signed |
//! | sign and send | the caller's (this crate's client signs with SigV4) |
//! | parse | [`Operation::parse_response`]: a 2xx response is the output; any other is a [`ServiceError`] holding the operation's error enum; a body that does not decode is a [`DecodeError`] naming the operation and the wire path |

pub mod checks;
mod endpoint_url;
mod error_text;
mod input_error;
mod request_parts;
mod response_error;
mod tokens;

pub use endpoint_url::{EndpointUrl, EndpointUrlError};
pub use error_text::{write_error, ErrorMessage};
pub use input_error::{
    check_host_label, check_min_len, check_min_value, InputError, InputErrorKind,
};
pub use request_parts::RequestParts;
pub use response_error::{
    DecodeError, ErrorResponse, OperationError, ResponseError, ServiceError, Unhandled,
};
pub use tokens::{IdempotencyTokens, RandomTokens};

use crate::protocol::Protocol;

/// What the runtime needs to know of a service, generated once per service.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ServiceInfo {
    /// The model's `serviceId` (`DynamoDB`, `CleanRooms`, `Secrets Manager`): it names the
    /// service's `AWS_ENDPOINT_URL_<SERVICE_ID>` variable and its retry partition.
    pub service_id: &'static str,
    /// The SigV4 signing name (`dynamodb`, `cleanrooms`).
    pub signing_name: &'static str,
    /// The protocol the generated operations speak.
    pub protocol: Protocol,
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
}
