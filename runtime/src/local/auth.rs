//! Checks the SigV4 signature of a received request the way AWS does, with AWS's error codes
//! and messages: the signature is computed again from the request as received and the
//! endpoint's own credentials, and must be the one sent.

use std::time::{Duration, SystemTime};

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use http::request::Parts;
use http::StatusCode;

use crate::sigv4::SIGNING_NAME;

mod parse;

use parse::{format_amz_date, parse_amz_date, parse_authorization, Authorization};

/// How far a request's `x-amz-date` may be from the endpoint's clock.
pub(crate) const MAX_SKEW: Duration = Duration::from_secs(5 * 60);

/// Why a request was refused, as AWS says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rejection {
    pub(crate) status: StatusCode,
    pub(crate) code: &'static str,
    pub(crate) message: String,
}

impl Rejection {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    fn incomplete(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "IncompleteSignatureException",
            message,
        )
    }

    fn invalid_signature(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, "InvalidSignatureException", message)
    }

    fn unrecognized_client() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "UnrecognizedClientException",
            "The security token included in the request is invalid.",
        )
    }
}

/// What the endpoint accepts: its credentials and region.
#[derive(Debug, Clone)]
pub(crate) struct Verifier {
    pub(crate) credentials: Credentials,
    pub(crate) region: String,
}

impl Verifier {
    /// Accepts a request signed with this endpoint's credentials for its region and
    /// `cleanrooms`, within five minutes of `now`.
    pub(crate) fn verify(
        &self,
        parts: &Parts,
        body: &[u8],
        now: SystemTime,
    ) -> Result<(), Rejection> {
        let header = |name: &str| {
            parts
                .headers
                .get(name)
                .map(|v| v.to_str().unwrap_or_default())
        };
        let Some(authorization) = header("authorization") else {
            return Err(Rejection::new(
                StatusCode::FORBIDDEN,
                "MissingAuthenticationTokenException",
                "Missing Authentication Token",
            ));
        };
        let auth = parse_authorization(authorization)?;
        check_each_once(parts, &auth)?;
        let amz_date = header("x-amz-date").ok_or_else(|| {
            Rejection::incomplete(
                "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
            )
        })?;
        if !auth.signed_headers.contains(&"host") {
            return Err(Rejection::incomplete(
                "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
            ));
        }

        if auth.access_key_id != self.credentials.access_key_id() {
            return Err(Rejection::unrecognized_client());
        }
        let token = header("x-amz-security-token");
        if token != self.credentials.session_token() {
            return Err(Rejection::unrecognized_client());
        }

        let Some(signed_at) = parse_amz_date(amz_date) else {
            return Err(Rejection::incomplete(format!(
                "Date must be in ISO-8601 'basic format'. Got '{amz_date}'. See http://en.wikipedia.org/wiki/ISO_8601"
            )));
        };
        if !amz_date.starts_with(auth.date) || auth.date.len() != 8 {
            return Err(Rejection::invalid_signature(format!(
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{}' != '{}', from '{amz_date}'.",
                auth.date,
                &amz_date[..8.min(amz_date.len())],
            )));
        }
        if auth.region != self.region {
            return Err(Rejection::invalid_signature(format!(
                "Credential should be scoped to a valid region, not '{}'. ",
                auth.region
            )));
        }
        if auth.service != SIGNING_NAME {
            return Err(Rejection::invalid_signature(format!(
                "Credential should be scoped to correct service: '{SIGNING_NAME}'. "
            )));
        }
        if auth.terminator != "aws4_request" {
            return Err(Rejection::invalid_signature(format!(
                "Credential should be scoped with a valid terminator: 'aws4_request', not '{}'. ",
                auth.terminator
            )));
        }
        check_skew(amz_date, signed_at, now)?;

        let expected = self.signature_for(parts, body, &auth, token, signed_at)?;
        if !constant_time_eq(expected.as_bytes(), auth.signature.as_bytes()) {
            return Err(Rejection::invalid_signature(
                "The request signature we calculated does not match the signature you provided. \
                 Check your AWS Secret Access Key and signing method. Consult the service \
                 documentation for details.",
            ));
        }
        Ok(())
    }

    /// The signature of the request as received, over the headers it says it signed.
    fn signature_for(
        &self,
        parts: &Parts,
        body: &[u8],
        auth: &Authorization<'_>,
        token: Option<&str>,
        signed_at: SystemTime,
    ) -> Result<String, Rejection> {
        let mut headers = Vec::new();
        for name in &auth.signed_headers {
            for value in parts.headers.get_all(*name) {
                let value = value.to_str().map_err(|_| {
                    Rejection::incomplete(format!("The value of header '{name}' is not ASCII."))
                })?;
                headers.push((*name, value));
            }
        }
        let host = parts
            .headers
            .get("host")
            .and_then(|h| h.to_str().ok())
            .unwrap_or("localhost");
        let path_and_query = parts.uri.path_and_query().map_or("/", |p| p.as_str());
        let uri = format!("http://{host}{path_and_query}");
        if uri.parse::<http::Uri>().is_err() {
            return Err(Rejection::incomplete(format!(
                "The Host header '{host}' is not valid."
            )));
        }

        let credentials = Credentials::new(
            self.credentials.access_key_id(),
            self.credentials.secret_access_key(),
            token.map(str::to_owned),
            None,
            "local-endpoint",
        );
        let identity: Identity = credentials.into();
        // Only the headers the client signed are passed in, so none is excluded here.
        let mut settings = SigningSettings::default();
        settings.excluded_headers = None;
        let params = v4::SigningParams::builder()
            .identity(&identity)
            .region(auth.region)
            .name(auth.service)
            .time(signed_at)
            .settings(settings)
            .build()
            .map_err(|e| Rejection::incomplete(e.to_string()))?
            .into();
        let signable = SignableRequest::new(
            parts.method.as_str(),
            uri,
            headers.into_iter(),
            SignableBody::Bytes(body),
        )
        .map_err(|e| Rejection::incomplete(e.to_string()))?;
        let (_, signature) = sign(signable, &params)
            .map_err(|e| Rejection::incomplete(e.to_string()))?
            .into_parts();
        Ok(signature)
    }
}

fn check_skew(amz_date: &str, signed_at: SystemTime, now: SystemTime) -> Result<(), Rejection> {
    let now_text = format_amz_date(now);
    if signed_at + MAX_SKEW < now {
        return Err(Rejection::invalid_signature(format!(
            "Signature expired: {amz_date} is now earlier than {} ({now_text} - 5 min.)",
            format_amz_date(now - MAX_SKEW)
        )));
    }
    if signed_at > now + MAX_SKEW {
        return Err(Rejection::invalid_signature(format!(
            "Signature not yet current: {amz_date} is still later than {} ({now_text} + 5 min.)",
            format_amz_date(now + MAX_SKEW)
        )));
    }
    Ok(())
}

/// The headers that authenticate a request, signed or not: each must come once.
const AUTHENTICATION_HEADERS: [&str; 3] = ["authorization", "x-amz-date", "x-amz-security-token"];

/// Refuses a request that carries an authentication header or a signed header more than once,
/// as AWS does: which of the values counts would be a guess, and a guess is a way around the
/// signature.
fn check_each_once(parts: &Parts, auth: &Authorization<'_>) -> Result<(), Rejection> {
    let names = AUTHENTICATION_HEADERS
        .iter()
        .chain(&auth.signed_headers)
        .copied();
    for name in names {
        if parts.headers.get_all(name).iter().nth(1).is_some() {
            return Err(Rejection::incomplete(format!(
                "The header '{name}' appears more than once; an authentication or signed header \
                 must appear once."
            )));
        }
    }
    Ok(())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests;
