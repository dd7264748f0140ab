//! SigV4 for Clean Rooms, on top of the `aws-sigv4` crate: what the client does to every
//! attempt, and what the local endpoint checks.
//!
//! The request is signed with the service name `cleanrooms` in the headers: `x-amz-date`,
//! `authorization`, and `x-amz-security-token` when the credentials have a session token.
//! The payload's SHA-256 is part of the signature; like the AWS SDKs for this service (only
//! S3-style services send it), no `x-amz-content-sha256` header is added.
//!
//! ```
//! use cleanrooms_runtime::sigv4::{sign_request, Credentials};
//! use std::time::{Duration, UNIX_EPOCH};
//!
//! let mut request = http::Request::patch("https://cleanrooms.us-east-1.amazonaws.com/memberships/m/protectedQueries/q")
//!     .header("content-type", "application/json")
//!     .body(br#"{"targetStatus":"CANCELLED"}"#.to_vec())?;
//! let credentials = Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None, "example");
//! let time = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
//! sign_request(&mut request, &credentials, "us-east-1", time)?;
//!
//! assert_eq!(request.headers()["x-amz-date"], "20231114T221320Z");
//! let authorization = request.headers()["authorization"].to_str()?;
//! assert!(authorization.starts_with(
//!     "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20231114/us-east-1/cleanrooms/aws4_request, \
//!      SignedHeaders=content-type;host;x-amz-date, Signature="
//! ));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::time::SystemTime;

pub use aws_credential_types::Credentials;
use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;

/// The signing name of Clean Rooms.
pub const SIGNING_NAME: &str = "cleanrooms";

/// Why a request could not be signed.
#[derive(Debug)]
pub struct SigningError(String);

impl fmt::Display for SigningError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the request could not be signed: {}", self.0)
    }
}

impl std::error::Error for SigningError {}

/// Signs `request` in place with SigV4 for Clean Rooms at `time`, adding `x-amz-date`,
/// `authorization` and, with a session token, `x-amz-security-token`.
///
/// Every header already on the request is signed (except `user-agent`, as the AWS SDKs do),
/// so set `host`, `content-type` and `content-length` first.
///
/// # Errors
///
/// If the URI is not absolute or a header value is not visible ASCII.
pub fn sign_request<B: AsRef<[u8]>>(
    request: &mut http::Request<B>,
    credentials: &Credentials,
    region: &str,
    time: SystemTime,
) -> Result<(), SigningError> {
    if request.uri().authority().is_none() {
        return Err(SigningError(format!(
            "the URI `{}` has no host",
            request.uri()
        )));
    }
    let identity: Identity = credentials.clone().into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(region)
        .name(SIGNING_NAME)
        .time(time)
        .settings(SigningSettings::default())
        .build()
        .map_err(|e| SigningError(e.to_string()))?
        .into();
    let mut headers = Vec::with_capacity(request.headers().len());
    for (name, value) in request.headers() {
        let value = value.to_str().map_err(|_| {
            SigningError(format!("the value of header `{name}` is not visible ASCII"))
        })?;
        headers.push((name.as_str(), value));
    }
    let uri = request.uri().to_string();
    let signable = SignableRequest::new(
        request.method().as_str(),
        uri,
        headers.into_iter(),
        SignableBody::Bytes(request.body().as_ref()),
    )
    .map_err(|e| SigningError(e.to_string()))?;
    let (instructions, _signature) = sign(signable, &params)
        .map_err(|e| SigningError(e.to_string()))?
        .into_parts();
    instructions.apply_to_request_http1x(request);
    Ok(())
}
