//! The canonical request and the string to sign, written into one buffer, for the requests
//! the operations build; the same bytes as the `aws-sigv4` crate writes for them.
//!
//! What is written, line by line: the method; the path, percent-encoded a second time
//! (`%` becomes `%25`); the empty query; each signed header as `name:value` (values with
//! outer spaces trimmed and runs of spaces made one, several values joined by `,`), sorted by
//! name, with `host` from the URI when the request has none, `x-amz-date`, and
//! `x-amz-security-token` with a session token; an empty line; the signed header names joined
//! by `;`; the payload's SHA-256 in hex.

use std::ops::Range;
use std::time::{SystemTime, UNIX_EPOCH};

use http::header::{HeaderName, HOST};
use sha2::{Digest, Sha256};

use super::{Scope, SigningError, ALGORITHM};

/// The header that carries the signing time.
pub(super) const X_AMZ_DATE: HeaderName = HeaderName::from_static("x-amz-date");
/// The header that carries the session token.
pub(super) const X_AMZ_SECURITY_TOKEN: HeaderName = HeaderName::from_static("x-amz-security-token");

/// Headers never signed: rewritten on the way (proxies, tracing) or the signature itself.
const UNSIGNED: [&str; 4] = [
    "authorization",
    "user-agent",
    "x-amzn-trace-id",
    "transfer-encoding",
];

/// A signing time, whole seconds, in the two forms SigV4 writes: `YYYYMMDD'T'HHMMSS'Z'` and
/// its first eight characters.
pub(super) struct UtcTime {
    day: u64,
    text: [u8; 16],
}

impl UtcTime {
    /// The time in UTC, or `None` before 1970 or after 9999.
    pub(super) fn from_system_time(time: SystemTime) -> Option<Self> {
        let secs = time.duration_since(UNIX_EPOCH).ok()?.as_secs();
        let day = secs / 86_400;
        let (year, month, date) = civil_from_days(day);
        if year > 9999 {
            return None;
        }
        let of_day = secs % 86_400;
        let mut text = *b"00000000T000000Z";
        put_digits(&mut text[0..4], year);
        put_digits(&mut text[4..6], month);
        put_digits(&mut text[6..8], date);
        put_digits(&mut text[9..11], of_day / 3600);
        put_digits(&mut text[11..13], of_day % 3600 / 60);
        put_digits(&mut text[13..15], of_day % 60);
        Some(Self { day, text })
    }

    /// Days since 1970-01-01: the signing key changes with it.
    pub(super) fn day(&self) -> u64 {
        self.day
    }

    /// `YYYYMMDD'T'HHMMSS'Z'`.
    pub(super) fn date_time(&self) -> &str {
        // Only ASCII digits, `T` and `Z` are ever written.
        std::str::from_utf8(&self.text).unwrap_or("")
    }

    /// `YYYYMMDD`.
    fn date(&self) -> &str {
        &self.date_time()[..8]
    }

    /// The start of the day, which the signing key is derived for.
    pub(super) fn start_of_day(&self) -> SystemTime {
        UNIX_EPOCH + std::time::Duration::from_secs(self.day * 86_400)
    }

    /// Writes the credential scope: `YYYYMMDD/region/service/aws4_request`.
    pub(super) fn write_scope(&self, out: &mut String, scope: Scope<'_>) {
        out.push_str(self.date());
        out.push('/');
        out.push_str(scope.region);
        out.push('/');
        out.push_str(scope.service);
        out.push_str("/aws4_request");
    }
}

/// Writes `value` as decimal digits filling `out`, zero-padded.
fn put_digits(out: &mut [u8], mut value: u64) {
    for digit in out.iter_mut().rev() {
        *digit = b'0' + (value % 10) as u8;
        value /= 10;
    }
}

/// Year, month, day of the `days`-th day after 1970-01-01 (proleptic Gregorian calendar).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    // Days counted from 0000-03-01, in 400-year eras of 146 097 days.
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
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
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

/// A SHA-256 or HMAC-SHA256 in lowercase hex.
pub(super) struct Hex([u8; 64]);

impl Hex {
    pub(super) fn as_str(&self) -> &str {
        // Only hex digits are ever written.
        std::str::from_utf8(&self.0).unwrap_or("")
    }
}

/// `bytes` in lowercase hex.
pub(super) fn hex(bytes: &[u8; 32]) -> Hex {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = [0; 64];
    for (pair, byte) in out.chunks_exact_mut(2).zip(bytes) {
        pair[0] = DIGITS[usize::from(byte >> 4)];
        pair[1] = DIGITS[usize::from(byte & 0xf)];
    }
    Hex(out)
}

/// The one buffer a signature is computed in: first the canonical request, then the string
/// to sign.
pub(super) struct Scratch {
    buf: String,
}

impl Scratch {
    pub(super) fn new() -> Self {
        Self {
            buf: String::with_capacity(768),
        }
    }

    pub(super) fn clear(&mut self) {
        self.buf.clear();
    }

    pub(super) fn as_bytes(&self) -> &[u8] {
        self.buf.as_bytes()
    }

    pub(super) fn slice(&self, range: Range<usize>) -> &str {
        &self.buf[range]
    }

    /// The SHA-256 of what the buffer holds, in hex.
    pub(super) fn sha256_hex(&self) -> Hex {
        hex(&Sha256::digest(self.buf.as_bytes()).into())
    }

    /// Writes the canonical request of `request` at `time`, and returns where the signed
    /// header names are in it; `Ok(None)` (and nothing meaningful written) for a request
    /// left to the general signer: one with a query, or a path that SigV4 would normalize or
    /// that has characters other than `A-Z a-z 0-9 - _ ~ / %`.
    ///
    /// # Errors
    ///
    /// If a header value is not visible ASCII.
    pub(super) fn canonical_request<B: AsRef<[u8]>>(
        &mut self,
        request: &http::Request<B>,
        time: &UtcTime,
        session_token: Option<&str>,
    ) -> Result<Option<Range<usize>>, SigningError> {
        let headers = request.headers();
        for (name, value) in headers {
            if value.to_str().is_err() {
                return Err(SigningError(format!(
                    "the value of header `{name}` is not visible ASCII"
                )));
            }
        }
        let uri = request.uri();
        if uri.query().is_some() {
            return Ok(None);
        }
        let buf = &mut self.buf;
        buf.push_str(request.method().as_str());
        buf.push('\n');
        if !write_path(buf, uri.path()) {
            return Ok(None);
        }
        buf.push_str("\n\n");

        // The header names signed, each with where its value comes from.
        let mut names: Vec<(&str, Source<'_>)> = Vec::with_capacity(headers.keys_len() + 3);
        for name in headers.keys() {
            let signed = !UNSIGNED.contains(&name.as_str())
                && *name != X_AMZ_DATE
                && !(session_token.is_some() && *name == X_AMZ_SECURITY_TOKEN);
            if signed {
                names.push((name.as_str(), Source::Request(name)));
            }
        }
        if !headers.contains_key(HOST) {
            // The default port is left out (as HTTP clients send `host`), any other kept.
            let port = uri.port();
            let host = match (uri.scheme_str(), port.as_ref().map(|p| p.as_str())) {
                (Some("http"), Some("80")) | (Some("https"), Some("443")) => uri.host(),
                _ => uri.authority().map(http::uri::Authority::as_str),
            };
            let Some(host) = host else {
                return Ok(None);
            };
            names.push(("host", Source::Value(host)));
        }
        names.push(("x-amz-date", Source::Value(time.date_time())));
        if let Some(token) = session_token {
            names.push(("x-amz-security-token", Source::Value(token)));
        }
        names.sort_unstable_by(|a, b| a.0.cmp(b.0));

        for (name, source) in &names {
            buf.push_str(name);
            buf.push(':');
            match source {
                Source::Value(value) => buf.push_str(value),
                Source::Request(name) => {
                    for (i, value) in headers.get_all(*name).iter().enumerate() {
                        if i > 0 {
                            buf.push(',');
                        }
                        push_trimmed(buf, value.to_str().unwrap_or_default());
                    }
                }
            }
            buf.push('\n');
        }
        buf.push('\n');
        let start = buf.len();
        for (i, (name, _)) in names.iter().enumerate() {
            if i > 0 {
                buf.push(';');
            }
            buf.push_str(name);
        }
        let signed_headers = start..buf.len();
        buf.push('\n');
        let payload = Sha256::digest(request.body().as_ref());
        buf.push_str(hex(&payload.into()).as_str());
        Ok(Some(signed_headers))
    }

    /// Writes the string to sign for a canonical request whose hash is `canonical_hash`.
    pub(super) fn string_to_sign(
        &mut self,
        time: &UtcTime,
        scope: Scope<'_>,
        canonical_hash: &Hex,
    ) {
        let buf = &mut self.buf;
        buf.push_str(ALGORITHM);
        buf.push('\n');
        buf.push_str(time.date_time());
        buf.push('\n');
        time.write_scope(buf, scope);
        buf.push('\n');
        buf.push_str(canonical_hash.as_str());
    }
}

/// Where a signed header's value comes from.
enum Source<'a> {
    /// The request's own values of this header.
    Request(&'a HeaderName),
    /// A value the signer adds.
    Value(&'a str),
}

/// Writes the canonical path (`%` encoded again as `%25`); `false` for a path this writer
/// leaves to the general signer.
fn write_path(buf: &mut String, path: &str) -> bool {
    if !path.starts_with('/') || path.contains("//") {
        return false;
    }
    let mut rest = path;
    while let Some(end) = rest.find(|c: char| !is_path_char(c)) {
        if rest.as_bytes()[end] != b'%' {
            return false;
        }
        buf.push_str(&rest[..end]);
        buf.push_str("%25");
        rest = &rest[end + 1..];
    }
    buf.push_str(rest);
    true
}

/// A character of a path written as it is: `A-Z a-z 0-9 - _ ~ /`.
fn is_path_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '~' | '/')
}

/// Writes a header value without its outer spaces, with each run of spaces made one space
/// (other whitespace is kept as it is).
fn push_trimmed(buf: &mut String, value: &str) {
    let value = value.trim_matches(' ');
    if !value.contains("  ") {
        buf.push_str(value);
        return;
    }
    let mut previous_space = false;
    for c in value.chars() {
        if c == ' ' && previous_space {
            continue;
        }
        previous_space = c == ' ';
        buf.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(secs: u64) -> String {
        let time = UNIX_EPOCH + std::time::Duration::from_secs(secs);
        UtcTime::from_system_time(time)
            .map(|t| t.date_time().to_owned())
            .unwrap_or_default()
    }

    #[test]
    fn utc_time_is_written_in_the_sigv4_form() {
        assert_eq!(utc(0), "19700101T000000Z");
        assert_eq!(utc(1_700_000_000), "20231114T221320Z");
        // 2024 is a leap year; 2100 is not.
        assert_eq!(utc(1_709_164_799), "20240228T235959Z");
        assert_eq!(utc(1_709_164_800), "20240229T000000Z");
        assert_eq!(utc(4_107_542_400), "21000301T000000Z");
        assert_eq!(utc(253_402_300_799), "99991231T235959Z");
    }

    #[test]
    fn utc_time_is_none_past_the_year_9999() {
        let time = UNIX_EPOCH + std::time::Duration::from_secs(253_402_300_800);
        assert!(UtcTime::from_system_time(time).is_none());
    }

    #[test]
    fn header_values_lose_outer_spaces_and_runs_of_spaces() {
        let mut buf = String::new();
        push_trimmed(&mut buf, "  a  b \t c   ");
        assert_eq!(buf, "a b \t c");
    }

    #[test]
    fn paths_with_dots_double_slashes_or_other_characters_go_to_the_general_signer() {
        for path in ["/a/./b", "/a//b", "/a b", "/a:b", "/a%2Fb.", "*"] {
            assert!(!write_path(&mut String::new(), path), "{path}");
        }
        let mut buf = String::new();
        assert!(write_path(&mut buf, "/m/a%2Fb~_-"));
        assert_eq!(buf, "/m/a%252Fb~_-");
    }
}
