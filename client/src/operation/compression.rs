//! Request compression, for the operations the model marks `requestcompression`: a body of at
//! least [`MIN_COMPRESSION_SIZE`] bytes is sent gzipped (`Content-Encoding: gzip`, appended to
//! an encoding already set), as botocore sends it by default; a smaller one is sent as it is.
//! gzip needs the crate's `gzip` feature; without it, such a body is refused before sending
//! with [`InputErrorKind::NotEncodable`], never sent in a form the caller did not choose.
//!
//! ```
//! use aws_union_client::operation::compression::{gzip_request, MIN_COMPRESSION_SIZE};
//!
//! let small = http::Request::new(b"{}".to_vec());
//! let sent = gzip_request("PutMetricData", small)?;
//! assert_eq!(sent.body(), b"{}");
//! assert!(sent.headers().get("content-encoding").is_none());
//!
//! let large = http::Request::new(vec![b' '; MIN_COMPRESSION_SIZE]);
//! match gzip_request("PutMetricData", large) {
//!     Ok(sent) => assert_eq!(sent.headers()["content-encoding"], "gzip"),
//!     Err(refused) => assert!(refused.to_string().contains("`gzip` feature")),
//! }
//! # Ok::<(), aws_union_client::operation::InputError>(())
//! ```

use http::header::{CONTENT_ENCODING, CONTENT_LENGTH};
use http::{HeaderValue, Request};

use super::{InputError, InputErrorKind};

/// The smallest body that is compressed: botocore's default
/// `request_min_compression_size_bytes`, 10 KiB.
pub const MIN_COMPRESSION_SIZE: usize = 10_240;

/// Gzips the body of `request` when it is at least [`MIN_COMPRESSION_SIZE`] bytes, with
/// `Content-Encoding` and `Content-Length` to match; a smaller body is left as it is.
///
/// # Errors
///
/// [`InputErrorKind::NotEncodable`] for a body to compress without the `gzip` feature, or an
/// encoding header that cannot take `gzip`.
pub fn gzip_request(
    operation: &'static str,
    request: Request<Vec<u8>>,
) -> Result<Request<Vec<u8>>, InputError> {
    if request.body().len() < MIN_COMPRESSION_SIZE {
        return Ok(request);
    }
    let refuse = |reason| InputError::new(operation, "", InputErrorKind::NotEncodable { reason });
    let (mut parts, body) = request.into_parts();
    let encoding = match parts.headers.get(CONTENT_ENCODING) {
        None => HeaderValue::from_static("gzip"),
        Some(given) => {
            let mut value = given.as_bytes().to_vec();
            value.extend_from_slice(b", gzip");
            HeaderValue::from_bytes(&value)
                .map_err(|_| refuse("its Content-Encoding cannot take gzip"))?
        }
    };
    let body = gzip(&body).ok_or_else(|| {
        refuse(
            "the operation asks for a gzipped body of 10240 bytes or more, and aws-union-client \
             was built without its `gzip` feature",
        )
    })?;
    parts.headers.insert(CONTENT_ENCODING, encoding);
    parts
        .headers
        .insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
    Ok(Request::from_parts(parts, body))
}

#[cfg(feature = "gzip")]
fn gzip(body: &[u8]) -> Option<Vec<u8>> {
    use std::io::Write as _;
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(body.len() / 4),
        flate2::Compression::default(),
    );
    // Writing to a Vec cannot fail.
    encoder.write_all(body).ok()?;
    encoder.finish().ok()
}

#[cfg(not(feature = "gzip"))]
fn gzip(_body: &[u8]) -> Option<Vec<u8>> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(len: usize) -> Request<Vec<u8>> {
        let mut request = Request::new(vec![b'a'; len]);
        request
            .headers_mut()
            .insert(CONTENT_LENGTH, HeaderValue::from(len));
        request
    }

    #[test]
    fn a_body_below_the_minimum_is_sent_as_it_is() {
        let sent = gzip_request("Op", request(MIN_COMPRESSION_SIZE - 1)).unwrap();
        assert_eq!(sent.body().len(), MIN_COMPRESSION_SIZE - 1);
        assert!(sent.headers().get(CONTENT_ENCODING).is_none());
    }

    #[cfg(feature = "gzip")]
    #[test]
    fn a_body_at_the_minimum_is_gzipped_with_its_length_and_encoding() {
        use std::io::Read as _;
        let sent = gzip_request("Op", request(MIN_COMPRESSION_SIZE)).unwrap();
        assert_eq!(sent.headers()[CONTENT_ENCODING], "gzip");
        assert_eq!(
            sent.headers()[CONTENT_LENGTH],
            sent.body().len().to_string().as_str()
        );
        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(&sent.body()[..])
            .read_to_end(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, vec![b'a'; MIN_COMPRESSION_SIZE]);
    }

    #[cfg(feature = "gzip")]
    #[test]
    fn gzip_is_appended_to_an_encoding_already_set() {
        let mut given = request(MIN_COMPRESSION_SIZE);
        given
            .headers_mut()
            .insert(CONTENT_ENCODING, HeaderValue::from_static("custom"));
        let sent = gzip_request("Op", given).unwrap();
        assert_eq!(sent.headers()[CONTENT_ENCODING], "custom, gzip");
    }

    #[cfg(not(feature = "gzip"))]
    #[test]
    fn without_the_gzip_feature_a_body_to_compress_is_refused_saying_so() {
        let error = gzip_request("PutMetricData", request(MIN_COMPRESSION_SIZE)).unwrap_err();
        assert!(matches!(error.kind(), InputErrorKind::NotEncodable { .. }));
        assert!(error.to_string().contains("`gzip` feature"), "{error}");
    }
}
