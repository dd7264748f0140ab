//! Bodies: the input written as JSON or CBOR, the output read from JSON or CBOR. A body that
//! does not read is a [`DecodeError`] naming the operation and the wire path of the bad value:
//! for JSON, the value at the parser's error position in the text; for CBOR, found by reading
//! the body a second time, tracking the path, only when the first read fails.

use http::{Response, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::json_path;
use crate::operation::{DecodeError, InputError, InputErrorKind};

/// Writes `value` as a JSON body.
///
/// ```
/// use aws_union_client::protocol::body::write_json;
///
/// let body = write_json("GetItem", &serde_json::json!({"TableName": "t"}))?;
/// assert_eq!(body, br#"{"TableName":"t"}"#);
/// # Ok::<(), aws_union_client::operation::InputError>(())
/// ```
///
/// # Errors
///
/// The value cannot be written as JSON (a map whose keys are not strings).
pub fn write_json<T: Serialize + ?Sized>(
    operation: &'static str,
    value: &T,
) -> Result<Vec<u8>, InputError> {
    serde_json::to_vec(value).map_err(|_| {
        InputError::new(
            operation,
            "",
            InputErrorKind::NotEncodable {
                reason: "the input cannot be written as JSON",
            },
        )
    })
}

/// Reads a 2xx response's JSON body as `T`; an empty body reads as `{}` (an output with no
/// member set), as the AWS SDKs read it.
///
/// ```
/// use aws_union_client::protocol::body::read_json;
///
/// #[derive(serde::Deserialize, Debug, Default)]
/// struct Out { #[serde(rename = "Count")] count: Option<i32> }
///
/// let ok = http::Response::new(br#"{"Count": 3}"#.to_vec());
/// assert_eq!(read_json::<Out>("Query", &ok)?.count, Some(3));
/// let empty = http::Response::new(Vec::new());
/// assert_eq!(read_json::<Out>("Query", &empty)?.count, None);
/// let bad = http::Response::new(br#"{"Count": "x"}"#.to_vec());
/// assert_eq!(read_json::<Out>("Query", &bad).unwrap_err().path(), "Count");
/// # Ok::<(), aws_union_client::operation::DecodeError>(())
/// ```
///
/// # Errors
///
/// The body is not JSON, or not `T`: the error names the path of the bad value.
pub fn read_json<T: DeserializeOwned>(
    operation: &'static str,
    response: &Response<Vec<u8>>,
) -> Result<T, DecodeError> {
    read_json_bytes(
        operation,
        response.status(),
        request_id(response),
        response.body(),
    )
}

/// [`read_json`] on a body alone (a payload member's body, an error's body).
///
/// # Errors
///
/// As [`read_json`].
pub fn read_json_bytes<T: DeserializeOwned>(
    operation: &'static str,
    status: StatusCode,
    request_id: Option<&str>,
    body: &[u8],
) -> Result<T, DecodeError> {
    let body = if body.iter().all(u8::is_ascii_whitespace) {
        b"{}".as_slice()
    } else {
        body
    };
    let error = |blamed: usize, message: String| {
        DecodeError::new(
            operation,
            status,
            request_id.map(str::to_owned),
            json_path::path_at(body, blamed),
            message,
        )
    };
    // JSON text is UTF-8 (RFC 8259): the whole body is checked once, then read as text, so
    // serde_json does not check each string again (a tenth of a large read), and a bad byte in
    // a member the model skips is refused too. Only `from_str` is compiled per output type.
    let text = match std::str::from_utf8(body) {
        Ok(text) => text,
        Err(bad) => {
            let at = bad.valid_up_to();
            return Err(error(at, format!("the body is not UTF-8 text (byte {at})")));
        }
    };
    // The path from the error's position in the text: reading the body again through a
    // path-tracking deserializer would compile every output's `Deserialize` twice.
    serde_json::from_str(text).map_err(|bad| {
        let mut blamed = json_path::blamed_byte(body, bad.line(), bad.column());
        let message = bad.to_string();
        // A sensitive member's error (the derive's, never showing the value) is placed past
        // the value: blame the value itself, so the path names the member.
        if message.starts_with(aws_union::__private::SENSITIVE_VALUE_ERROR) {
            blamed = json_path::sensitive_value_byte(body, blamed);
        }
        error(blamed, message)
    })
}

/// The request id of a response: `x-amzn-requestid`, else `x-amz-request-id`.
pub fn request_id<B>(response: &Response<B>) -> Option<&str> {
    let headers = response.headers();
    headers
        .get("x-amzn-requestid")
        .or_else(|| headers.get("x-amz-request-id"))
        .and_then(|v| v.to_str().ok())
}

/// Writes `value` as a CBOR body (feature `cbor`).
///
/// # Errors
///
/// The value cannot be written as CBOR.
#[cfg(feature = "cbor")]
pub fn write_cbor<T: Serialize + ?Sized>(
    operation: &'static str,
    value: &T,
) -> Result<Vec<u8>, InputError> {
    let mut body = Vec::new();
    ciborium::into_writer(value, &mut body).map_err(|_| {
        InputError::new(
            operation,
            "",
            InputErrorKind::NotEncodable {
                reason: "the input cannot be written as CBOR",
            },
        )
    })?;
    Ok(body)
}

/// Reads a 2xx response's CBOR body as `T` (feature `cbor`); an empty body reads as an
/// output with no member set.
///
/// # Errors
///
/// The body is not CBOR, or not `T`: the error names the path of the bad value.
#[cfg(feature = "cbor")]
pub fn read_cbor<T: DeserializeOwned>(
    operation: &'static str,
    response: &Response<Vec<u8>>,
) -> Result<T, DecodeError> {
    read_cbor_bytes(
        operation,
        response.status(),
        request_id(response),
        response.body(),
    )
}

/// [`read_cbor`] on a body alone.
///
/// # Errors
///
/// As [`read_cbor`].
#[cfg(feature = "cbor")]
pub fn read_cbor_bytes<T: DeserializeOwned>(
    operation: &'static str,
    status: StatusCode,
    request_id: Option<&str>,
    body: &[u8],
) -> Result<T, DecodeError> {
    // An empty map: 0xA0.
    let body = if body.is_empty() { &[0xA0][..] } else { body };
    let error = |path: String, message: String| {
        DecodeError::new(
            operation,
            status,
            request_id.map(str::to_owned),
            path,
            message,
        )
    };
    match ciborium::from_reader::<T, _>(body) {
        Ok(value) => Ok(value),
        Err(first) => match ciborium::from_reader::<tracked::Tracked<T>, _>(body) {
            Err(ciborium::de::Error::Semantic(_, message)) => match message.split_once('\u{0}') {
                Some((path, message)) => Err(error(path.to_owned(), message.to_owned())),
                None => Err(error(".".to_owned(), message)),
            },
            _ => Err(error(".".to_owned(), cbor_message(&first))),
        },
    }
}

#[cfg(feature = "cbor")]
fn cbor_message<E: core::fmt::Debug>(error: &ciborium::de::Error<E>) -> String {
    match error {
        ciborium::de::Error::Io(_) => "the body ends before the CBOR item does".to_owned(),
        ciborium::de::Error::Syntax(offset) => format!("not CBOR (at byte {offset})"),
        ciborium::de::Error::Semantic(_, message) => message.clone(),
        ciborium::de::Error::RecursionLimitExceeded => "nested too deeply".to_owned(),
    }
}

/// Path tracking through any deserializer: `Tracked<T>` reads a `T` through
/// `serde_path_to_error`, and puts the path into the error's text, before a NUL.
#[cfg(feature = "cbor")]
mod tracked {
    use serde::de::{Deserialize, Deserializer, Error as _};

    pub(super) struct Tracked<T>(#[allow(dead_code)] pub(super) T);

    impl<'de, T: Deserialize<'de>> Deserialize<'de> for Tracked<T> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let mut track = serde_path_to_error::Track::new();
            let tracked = serde_path_to_error::Deserializer::new(deserializer, &mut track);
            match T::deserialize(tracked) {
                Ok(value) => Ok(Tracked(value)),
                Err(error) => Err(D::Error::custom(format!("{}\u{0}{error}", track.path()))),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    struct Out {
        #[serde(rename = "Name")]
        #[allow(dead_code)]
        name: Option<String>,
    }

    fn read(body: &[u8]) -> Result<Out, DecodeError> {
        read_json_bytes("GetItem", StatusCode::OK, None, body)
    }

    #[test]
    fn a_body_that_is_not_utf8_is_refused_naming_the_member_and_the_byte() {
        let error = read(b"{\"Name\": \"a\xffb\"}").unwrap_err();
        assert_eq!(error.path(), "Name");
        assert_eq!(error.message(), "the body is not UTF-8 text (byte 11)");
    }

    #[test]
    fn a_bad_byte_in_a_member_the_model_skips_is_refused_too() {
        let error = read(b"{\"Other\": \"\xc3\", \"Name\": \"ok\"}").unwrap_err();
        assert_eq!(error.path(), "Other");
        assert!(error.message().contains("not UTF-8"), "{error}");
    }

    #[test]
    fn a_utf8_body_reads_with_its_escapes_and_non_ascii_text() {
        let out = read("{\"Name\": \"caf\u{e9} \\u00e9\\n\"}".as_bytes()).unwrap();
        assert_eq!(out.name.as_deref(), Some("caf\u{e9} \u{e9}\n"));
    }
}
