//! SigV4 (feature `sigv4`, part of `client`): what the client does to every attempt. Pure: no
//! I/O, the time is given.
//!
//! The request is signed for a region and a signing name (the service's, e.g. `cleanrooms`,
//! `dynamodb`) in the headers: `x-amz-date`, `authorization`, and `x-amz-security-token` when
//! the credentials have a session token. The payload's SHA-256 is part of the signature; like
//! the AWS SDKs for the JSON and CBOR protocols (only S3-style services send it), no
//! `x-amz-content-sha256` header is added.
//!
//! Two ways to sign, with the same result byte for byte:
//!
//! - [`sign_request`] derives the signing key from the secret for each request;
//! - a [`Signer`] keeps the derived key for the day, region and credentials it was made for,
//!   and so per request only hashes the payload and the canonical request and computes one
//!   HMAC. The client signs with one.
//!
//! Requests with a path of unreserved characters, `/` and `%` and no query (every awsJson and
//! rpcv2Cbor request, and most restJson1 ones) are signed by this module's own
//! canonical-request writer; any other request (a query, `.` in the path, a time before 1970)
//! goes through the `aws-sigv4` crate's general signer, as the signature must be the same
//! either way.
//!
//! ```
//! use aws_union_client::sigv4::{sign_request, Credentials};
//! use std::time::{Duration, UNIX_EPOCH};
//!
//! let mut request = http::Request::patch("https://cleanrooms.us-east-1.amazonaws.com/memberships/m/protectedQueries/q")
//!     .header("content-type", "application/json")
//!     .body(br#"{"targetStatus":"CANCELLED"}"#.to_vec())?;
//! let credentials = Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None, "example");
//! let time = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
//! sign_request(&mut request, &credentials, "us-east-1", "cleanrooms", time)?;
//!
//! assert_eq!(request.headers()["x-amz-date"], "20231114T221320Z");
//! let authorization = request.headers()["authorization"].to_str()?;
//! assert!(authorization.starts_with(
//!     "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20231114/us-east-1/cleanrooms/aws4_request, \
//!      SignedHeaders=content-type;host;x-amz-date, Signature="
//! ));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod canonical;
mod general;
mod key;

use std::fmt;
use std::time::SystemTime;

pub use aws_credential_types::Credentials;

use crate::redact::redact_url;
pub use key::Signer;

use canonical::{hex, Scratch, UtcTime};
use key::SigningKey;

/// The signing algorithm's name, first in the string to sign and the `authorization` header.
const ALGORITHM: &str = "AWS4-HMAC-SHA256";

/// Why a request could not be signed.
#[derive(Debug)]
pub struct SigningError(String);

impl fmt::Display for SigningError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the request could not be signed: {}", self.0)
    }
}

impl std::error::Error for SigningError {}

/// Signs `request` in place with SigV4 for `region` and the signing name `service` at `time`,
/// adding `x-amz-date`, `authorization` and, with a session token, `x-amz-security-token`.
///
/// Every header already on the request is signed (except `user-agent`, as the AWS SDKs do),
/// so set `host`, `content-type` and `content-length` first.
///
/// The signing key is derived from the secret for this request alone; to sign many requests,
/// a [`Signer`] keeps it for the day.
///
/// # Errors
///
/// If the URI is not absolute or a header value is not visible ASCII.
pub fn sign_request<B: AsRef<[u8]>>(
    request: &mut http::Request<B>,
    credentials: &Credentials,
    region: &str,
    service: &str,
    time: SystemTime,
) -> Result<(), SigningError> {
    let scope = Scope { region, service };
    sign(request, credentials, scope, time, |day| {
        SigningKey::derive(credentials.secret_access_key(), day, scope)
    })
}

/// The `SigV4` form of `time`, `YYYYMMDD'T'HHMMSS'Z'` (as in `x-amz-date`); `None` before 1970
/// or after the year 9999.
///
/// ```
/// use std::time::{Duration, UNIX_EPOCH};
///
/// let time = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
/// assert_eq!(aws_union_client::sigv4::amz_date(time).as_deref(), Some("20231114T221320Z"));
/// ```
pub fn amz_date(time: SystemTime) -> Option<String> {
    UtcTime::from_system_time(time).map(|utc| utc.date_time().to_owned())
}

/// What a signature is scoped to, besides the day: the region and the signing name.
#[derive(Clone, Copy)]
pub(crate) struct Scope<'a> {
    pub(crate) region: &'a str,
    pub(crate) service: &'a str,
}

/// Signs with the key `key_for` gives for the day, on this module's writer when the request
/// suits it and on the general signer otherwise.
fn sign<B: AsRef<[u8]>>(
    request: &mut http::Request<B>,
    credentials: &Credentials,
    scope: Scope<'_>,
    time: SystemTime,
    key_for: impl FnOnce(&UtcTime) -> SigningKey,
) -> Result<(), SigningError> {
    if request.uri().authority().is_none() {
        return Err(SigningError(format!(
            "the URI `{}` has no host",
            redact_url(&request.uri().to_string())
        )));
    }
    let Some(utc) = UtcTime::from_system_time(time) else {
        return general::sign_request(request, credentials, scope, time);
    };
    let token = credentials.session_token();
    let mut scratch = Scratch::new();
    let Some(signed_headers) = scratch.canonical_request(request, &utc, token)? else {
        return general::sign_request(request, credentials, scope, time);
    };
    let key = key_for(&utc);

    // The `authorization` header up to the signature, while the signed headers are at hand.
    let mut authorization = String::with_capacity(200 + credentials.access_key_id().len());
    authorization.push_str(ALGORITHM);
    authorization.push_str(" Credential=");
    authorization.push_str(credentials.access_key_id());
    authorization.push('/');
    utc.write_scope(&mut authorization, scope);
    authorization.push_str(", SignedHeaders=");
    authorization.push_str(scratch.slice(signed_headers));
    authorization.push_str(", Signature=");

    let canonical_hash = scratch.sha256_hex();
    scratch.clear();
    scratch.string_to_sign(&utc, scope, &canonical_hash);
    let signature = key.sign(scratch.as_bytes());
    authorization.push_str(hex(&signature).as_str());

    let authorization = header_value(&authorization, "authorization")?;
    let date = header_value(utc.date_time(), "x-amz-date")?;
    let token = match token {
        Some(token) => {
            let mut value = header_value(token, "x-amz-security-token")?;
            value.set_sensitive(true);
            Some(value)
        }
        None => None,
    };
    let headers = request.headers_mut();
    headers.insert(canonical::X_AMZ_DATE, date);
    headers.insert(http::header::AUTHORIZATION, authorization);
    if let Some(token) = token {
        headers.insert(canonical::X_AMZ_SECURITY_TOKEN, token);
    }
    Ok(())
}

/// A header value this module made, or the error if it cannot be one.
fn header_value(value: &str, name: &str) -> Result<http::HeaderValue, SigningError> {
    http::HeaderValue::from_str(value)
        .map_err(|_| SigningError(format!("the value of header `{name}` is not visible ASCII")))
}
