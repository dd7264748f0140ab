//! Checks the SigV4 signature of a received request the way AWS does, with AWS's error codes
//! and messages: the signature is computed again from the request as received and the
//! endpoint's own credentials, and must be the one sent.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use http::request::Parts;
use http::StatusCode;

use crate::sigv4::SIGNING_NAME;

/// How far a request's `x-amz-date` may be from the endpoint's clock.
pub(crate) const MAX_SKEW: Duration = Duration::from_secs(5 * 60);

const ALGORITHM: &str = "AWS4-HMAC-SHA256";

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

/// The parts of an `Authorization: AWS4-HMAC-SHA256 …` header.
#[derive(Debug, PartialEq, Eq)]
struct Authorization<'a> {
    access_key_id: &'a str,
    date: &'a str,
    region: &'a str,
    service: &'a str,
    terminator: &'a str,
    signed_headers: Vec<&'a str>,
    signature: &'a str,
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

fn parse_authorization(header: &str) -> Result<Authorization<'_>, Rejection> {
    let Some((algorithm, rest)) = header.trim().split_once(' ') else {
        return Err(Rejection::incomplete(format!(
            "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization=\"{header}\""
        )));
    };
    if algorithm != ALGORITHM {
        return Err(Rejection::incomplete(format!(
            "Unsupported AWS 'algorithm': '{algorithm}'"
        )));
    }
    let (mut credential, mut signed_headers, mut signature) = (None, None, None);
    for part in rest.split(',') {
        match part.trim().split_once('=') {
            Some(("Credential", value)) => credential = Some(value),
            Some(("SignedHeaders", value)) => signed_headers = Some(value),
            Some(("Signature", value)) => signature = Some(value),
            _ => {}
        }
    }
    let mut missing = String::new();
    for (name, value) in [
        ("Credential", credential),
        ("Signature", signature),
        ("SignedHeaders", signed_headers),
    ] {
        if value.is_none() {
            missing.push_str(&format!(
                "Authorization header requires '{name}' parameter. "
            ));
        }
    }
    let (Some(credential), Some(signed_headers), Some(signature)) =
        (credential, signed_headers, signature)
    else {
        return Err(Rejection::incomplete(format!(
            "{missing}Authorization=\"{header}\""
        )));
    };
    let scope: Vec<&str> = credential.split('/').collect();
    let [access_key_id, date, region, service, terminator] = scope[..] else {
        return Err(Rejection::incomplete(format!(
            "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '{credential}'"
        )));
    };
    Ok(Authorization {
        access_key_id,
        date,
        region,
        service,
        terminator,
        signed_headers: signed_headers.split(';').collect(),
        signature,
    })
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

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Reads `YYYYMMDDTHHMMSSZ`, the SigV4 date format.
pub(crate) fn parse_amz_date(text: &str) -> Option<SystemTime> {
    let bytes = text.as_bytes();
    if bytes.len() != 16 || bytes[8] != b'T' || bytes[15] != b'Z' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let digits = text.get(range)?;
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok()
    };
    let (year, month, day) = (number(0..4)?, number(4..6)?, number(6..8)?);
    let (hour, minute, second) = (number(9..11)?, number(11..13)?, number(13..15)?);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => return None,
    };
    if day < 1 || day > days_in_month || hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let secs = days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
    let secs = u64::try_from(secs).ok()?;
    UNIX_EPOCH.checked_add(Duration::from_secs(secs))
}

/// Writes `YYYYMMDDTHHMMSSZ`.
pub(crate) fn format_amz_date(time: SystemTime) -> String {
    let secs = time
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        .min(i64::MAX as u64) as i64;
    let (year, month, day) = civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    format!(
        "{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date of a day since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sigv4::sign_request;

    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    fn verifier(token: Option<&str>) -> Verifier {
        Verifier {
            credentials: Credentials::new("AKIDEXAMPLE", SECRET, token.map(Into::into), None, "t"),
            region: "us-east-1".into(),
        }
    }

    fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    fn signed(secret: &str, token: Option<&str>, time: SystemTime) -> (Parts, Vec<u8>) {
        let mut request =
            http::Request::patch("http://127.0.0.1:8080/memberships/m/protectedQueries/q")
                .header("host", "127.0.0.1:8080")
                .header("content-type", "application/json")
                .body(br#"{"targetStatus":"CANCELLED"}"#.to_vec())
                .unwrap();
        let credentials = Credentials::new("AKIDEXAMPLE", secret, token.map(Into::into), None, "t");
        sign_request(&mut request, &credentials, "us-east-1", time).unwrap();
        let (parts, body) = request.into_parts();
        (parts, body)
    }

    #[test]
    fn a_request_signed_with_the_right_secret_is_accepted() {
        let (parts, body) = signed(SECRET, None, at(1_700_000_000));
        assert_eq!(
            verifier(None).verify(&parts, &body, at(1_700_000_100)),
            Ok(())
        );
    }

    #[test]
    fn a_wrong_secret_is_an_invalid_signature() {
        let (parts, body) = signed("not-the-secret", None, at(1_700_000_000));
        let rejection = verifier(None)
            .verify(&parts, &body, at(1_700_000_000))
            .unwrap_err();
        assert_eq!(rejection.status, StatusCode::FORBIDDEN);
        assert_eq!(rejection.code, "InvalidSignatureException");
        assert!(rejection.message.starts_with(
            "The request signature we calculated does not match the signature you provided."
        ));
    }

    #[test]
    fn a_changed_body_is_an_invalid_signature() {
        let (parts, _) = signed(SECRET, None, at(1_700_000_000));
        let rejection = verifier(None)
            .verify(&parts, br#"{"targetStatus":"RUNNING"}"#, at(1_700_000_000))
            .unwrap_err();
        assert_eq!(rejection.code, "InvalidSignatureException");
    }

    #[test]
    fn a_date_more_than_five_minutes_old_is_signature_expired() {
        let (parts, body) = signed(SECRET, None, at(1_700_000_000));
        let rejection = verifier(None)
            .verify(&parts, &body, at(1_700_000_000 + 301))
            .unwrap_err();
        assert_eq!(rejection.status, StatusCode::FORBIDDEN);
        assert_eq!(rejection.code, "InvalidSignatureException");
        assert_eq!(
            rejection.message,
            "Signature expired: 20231114T221320Z is now earlier than 20231114T221321Z (20231114T221821Z - 5 min.)"
        );
    }

    #[test]
    fn a_date_more_than_five_minutes_ahead_is_not_yet_current() {
        let (parts, body) = signed(SECRET, None, at(1_700_000_000));
        let rejection = verifier(None)
            .verify(&parts, &body, at(1_700_000_000 - 301))
            .unwrap_err();
        assert!(
            rejection.message.starts_with("Signature not yet current"),
            "{rejection:?}"
        );
    }

    #[test]
    fn no_authorization_header_is_missing_authentication_token() {
        let (mut parts, body) = signed(SECRET, None, at(1_700_000_000));
        parts.headers.remove("authorization");
        let rejection = verifier(None)
            .verify(&parts, &body, at(1_700_000_000))
            .unwrap_err();
        assert_eq!(
            rejection,
            Rejection::new(
                StatusCode::FORBIDDEN,
                "MissingAuthenticationTokenException",
                "Missing Authentication Token"
            )
        );
    }

    #[test]
    fn an_unknown_access_key_is_an_unrecognized_client() {
        let (parts, body) = signed(SECRET, None, at(1_700_000_000));
        let mut other = verifier(None);
        other.credentials = Credentials::new("AKIDOTHER", SECRET, None, None, "t");
        let rejection = other.verify(&parts, &body, at(1_700_000_000)).unwrap_err();
        assert_eq!(rejection.code, "UnrecognizedClientException");
    }

    #[test]
    fn the_session_token_must_be_the_endpoint_one() {
        let time = at(1_700_000_000);
        let (parts, body) = signed(SECRET, Some("token-1"), time);
        assert_eq!(
            verifier(Some("token-1")).verify(&parts, &body, time),
            Ok(())
        );
        let rejection = verifier(Some("token-2"))
            .verify(&parts, &body, time)
            .unwrap_err();
        assert_eq!(rejection.code, "UnrecognizedClientException");
        let (parts, body) = signed(SECRET, None, time);
        let rejection = verifier(Some("token-1"))
            .verify(&parts, &body, time)
            .unwrap_err();
        assert_eq!(rejection.code, "UnrecognizedClientException");
    }

    #[test]
    fn a_malformed_authorization_header_is_an_incomplete_signature() {
        let (mut parts, body) = signed(SECRET, None, at(1_700_000_000));
        for bad in ["Bearer x", "AWS4-HMAC-SHA256 Credential=a/b", "garbage", ""] {
            parts.headers.insert("authorization", bad.parse().unwrap());
            let rejection = verifier(None)
                .verify(&parts, &body, at(1_700_000_000))
                .unwrap_err();
            assert_eq!(rejection.code, "IncompleteSignatureException", "{bad}");
            assert_eq!(rejection.status, StatusCode::BAD_REQUEST);
        }
    }

    #[test]
    fn a_credential_scoped_to_another_region_or_service_is_refused() {
        let (mut parts, body) = signed(SECRET, None, at(1_700_000_000));
        let auth = parts.headers["authorization"].to_str().unwrap().to_owned();
        parts.headers.insert(
            "authorization",
            auth.replace("/us-east-1/", "/eu-west-1/").parse().unwrap(),
        );
        let rejection = verifier(None)
            .verify(&parts, &body, at(1_700_000_000))
            .unwrap_err();
        assert!(rejection.message.contains("valid region"), "{rejection:?}");
        parts.headers.insert(
            "authorization",
            auth.replace("/cleanrooms/", "/s3/").parse().unwrap(),
        );
        let rejection = verifier(None)
            .verify(&parts, &body, at(1_700_000_000))
            .unwrap_err();
        assert!(
            rejection.message.contains("correct service"),
            "{rejection:?}"
        );
    }

    #[test]
    fn amz_dates_read_and_write_back() {
        for (text, secs) in [
            ("19700101T000000Z", 0),
            ("20231114T221320Z", 1_700_000_000),
            ("20240229T235959Z", 1_709_251_199),
            ("21000301T000000Z", 4_107_542_400),
        ] {
            assert_eq!(parse_amz_date(text), Some(at(secs)), "{text}");
            assert_eq!(format_amz_date(at(secs)), text);
        }
        for bad in [
            "20231114T221320",
            "2023-11-14T22:13:20Z",
            "20230230T000000Z",
            "20231314T000000Z",
            "20231114T246000Z",
            "+0231114T221320Z",
            "19691231T235959Z",
            "",
        ] {
            assert_eq!(parse_amz_date(bad), None, "{bad}");
        }
    }
}
