//! Request checksums, for the operations the model marks `httpChecksum` or
//! `httpChecksumRequired`, as botocore 1.44 sends them: the algorithm the caller names in the
//! operation's `requestAlgorithmMember`, else CRC32 when the model requires a checksum (or,
//! botocore's default `when_supported`, when the operation has an algorithm member), in the
//! header `x-amz-checksum-<algorithm>`, base64 of the big-endian digest. botocore no longer
//! sends `Content-MD5` for these operations.
//!
//! CRC32 is computed here (a table-driven CRC-32/ISO-HDLC, no dependency). The other
//! algorithms botocore knows (CRC32C, SHA1, SHA256, CRC64NVME) are refused before sending with
//! [`InputErrorKind::NotEncodable`] naming the member, never sent without their checksum.
//!
//! ```
//! use aws_union_client::operation::checksum::request_checksum;
//!
//! let request = http::Request::new(b"Hello world".to_vec());
//! let sent = request_checksum("PutThing", request, true, "ChecksumAlgorithm", None::<&str>)?;
//! assert_eq!(sent.headers()["x-amz-checksum-crc32"], "i9aeUg==");
//! # Ok::<(), aws_union_client::operation::InputError>(())
//! ```

use base64::Engine as _;
use http::{HeaderValue, Request};

use super::{InputError, InputErrorKind};

/// The CRC-32 (ISO-HDLC, the one zlib and gzip use) table, built at compile time.
const CRC32_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};

/// The CRC-32 of `bytes`.
///
/// ```
/// assert_eq!(aws_union_client::operation::checksum::crc32(b"123456789"), 0xCBF4_3926);
/// ```
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc = CRC32_TABLE[((crc ^ u32::from(byte)) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

/// Adds the request checksum: with the algorithm the caller set in `member` (`algorithm`),
/// else CRC32 when `required` (a checksum the model requires, or an operation with an
/// algorithm member, which botocore checksums by default); otherwise the request is left as
/// it is. A checksum header the caller already set is kept, as botocore keeps it.
///
/// # Errors
///
/// [`InputErrorKind::NotEncodable`] naming `member` for an algorithm other than CRC32.
pub fn request_checksum<A: AsRef<str>>(
    operation: &'static str,
    mut request: Request<Vec<u8>>,
    required: bool,
    member: &'static str,
    algorithm: Option<A>,
) -> Result<Request<Vec<u8>>, InputError> {
    let already_set = request
        .headers()
        .keys()
        .any(|name| name.as_str().starts_with("x-amz-checksum-"));
    if already_set {
        return Ok(request);
    }
    match algorithm.as_ref().map(AsRef::as_ref) {
        None if !required => return Ok(request),
        None => {}
        Some(name) if name.eq_ignore_ascii_case("crc32") => {}
        Some(_) => {
            let reason = "only the CRC32 request checksum is computed; CRC32C, SHA1, SHA256 and \
                          CRC64NVME are not supported yet";
            return Err(InputError::new(
                operation,
                member,
                InputErrorKind::NotEncodable { reason },
            ));
        }
    }
    let digest = crc32(request.body()).to_be_bytes();
    let value = base64::engine::general_purpose::STANDARD.encode(digest);
    if let Ok(value) = HeaderValue::from_str(&value) {
        request.headers_mut().insert("x-amz-checksum-crc32", value);
    }
    Ok(request)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> Request<Vec<u8>> {
        Request::new(b"{\"a\":1}".to_vec())
    }

    #[test]
    fn crc32_is_the_iso_hdlc_crc() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b"Hello world"), 0x8BD6_9E52);
    }

    #[test]
    fn a_required_checksum_is_crc32_in_its_header() {
        let sent = request_checksum("Op", request(), true, "Algo", None::<&str>).unwrap();
        let expected =
            base64::engine::general_purpose::STANDARD.encode(crc32(b"{\"a\":1}").to_be_bytes());
        assert_eq!(sent.headers()["x-amz-checksum-crc32"], expected.as_str());
    }

    #[test]
    fn an_optional_checksum_is_sent_only_when_the_caller_names_the_algorithm() {
        let sent = request_checksum("Op", request(), false, "Algo", None::<&str>).unwrap();
        assert!(sent.headers().is_empty());
        let sent = request_checksum("Op", request(), false, "Algo", Some("CRC32")).unwrap();
        assert!(sent.headers().contains_key("x-amz-checksum-crc32"));
    }

    #[test]
    fn another_algorithm_is_refused_naming_the_member() {
        let error = request_checksum("Op", request(), true, "Algo", Some("SHA256")).unwrap_err();
        assert_eq!(error.member(), "Algo");
        assert!(matches!(error.kind(), InputErrorKind::NotEncodable { .. }));
    }

    #[test]
    fn a_checksum_header_the_caller_set_is_kept() {
        let mut given = request();
        given
            .headers_mut()
            .insert("x-amz-checksum-sha256", HeaderValue::from_static("abc="));
        let sent = request_checksum("Op", given, true, "Algo", Some("SHA256")).unwrap();
        assert_eq!(sent.headers().len(), 1);
    }
}
