//! Reading a restJson1 response: the body members or the payload, then the members bound to
//! headers and the status code.

use std::collections::BTreeMap;

use aws_union::Blob;
use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;

use super::{FromHeader, TextValue};
use crate::operation::{DecodeError, ErrorResponse, Unhandled};
use crate::protocol::body::read_json_bytes;
use crate::protocol::header::{read_json_string, HeaderValueError};

/// A response as a restJson1 structure reads it: whose operation, the status, the headers
/// and the whole body.
#[derive(Clone, Copy, Debug)]
pub struct RestResponse<'a> {
    /// The operation, for errors.
    pub operation: &'static str,
    /// The HTTP status.
    pub status: StatusCode,
    /// The headers.
    pub headers: &'a HeaderMap,
    /// The body.
    pub body: &'a [u8],
}

impl RestResponse<'_> {
    fn request_id(&self) -> Option<&str> {
        self.headers
            .get("x-amzn-requestid")
            .or_else(|| self.headers.get("x-amz-request-id"))
            .and_then(|v| v.to_str().ok())
    }

    fn error(&self, path: &str, message: impl Into<String>) -> DecodeError {
        let request_id = self.request_id().map(str::to_owned);
        DecodeError::new(self.operation, self.status, request_id, path, message)
    }

    fn header_error(&self, error: HeaderValueError) -> DecodeError {
        self.error(error.header(), error.to_string())
    }

    /// Every value of header `name`, joined by `, ` as HTTP joins a repeated header.
    fn header_text(&self, name: &str) -> Result<Option<String>, DecodeError> {
        let mut joined: Option<String> = None;
        for value in self.headers.get_all(name) {
            let text = std::str::from_utf8(value.as_bytes())
                .map_err(|_| self.error(name, "the header's value is not UTF-8 text"))?;
            match &mut joined {
                Some(all) => {
                    all.push_str(", ");
                    all.push_str(text);
                }
                None => joined = Some(text.to_owned()),
            }
        }
        Ok(joined)
    }
}

/// A generated restJson1 output or error structure with members bound outside the body:
/// it reads itself from the whole response.
pub trait FromRestResponse: Sized {
    /// Reads the structure from `response`.
    ///
    /// # Errors
    ///
    /// The body is not the structure's JSON, or a bound header does not read as its member's
    /// type: the error names the wire path or the header.
    fn from_rest_response(response: &RestResponse<'_>) -> Result<Self, DecodeError>;
}

/// Reads a 2xx response of `operation` as its output.
///
/// # Errors
///
/// As [`FromRestResponse::from_rest_response`].
pub fn read_output<T: FromRestResponse>(
    operation: &'static str,
    response: &http::Response<Vec<u8>>,
) -> Result<T, DecodeError> {
    T::from_rest_response(&RestResponse {
        operation,
        status: response.status(),
        headers: response.headers(),
        body: response.body(),
    })
}

/// Reads an error response as a modelled error with bound members (`variant`), or, when it
/// does not read as one, keeps all of it as `unhandled`: nothing the service said is lost.
pub fn read_error<T: FromRestResponse, E>(
    response: &ErrorResponse<'_>,
    variant: impl FnOnce(T) -> E,
    unhandled: impl FnOnce(Unhandled) -> E,
) -> E {
    let read = T::from_rest_response(&RestResponse {
        operation: response.operation,
        status: response.status,
        headers: response.headers,
        body: response.body,
    });
    crate::protocol::response::modelled_or_unhandled(response, read.ok(), variant, unhandled)
}

/// The body members: the whole body as JSON (an empty body is `{}`).
///
/// # Errors
///
/// The body is not `T`'s JSON.
pub fn body_json<T: DeserializeOwned>(response: &RestResponse<'_>) -> Result<T, DecodeError> {
    read_json_bytes(
        response.operation,
        response.status,
        response.request_id(),
        response.body,
    )
}

/// A structure, union or document payload: the body as JSON, absent when the body is empty.
///
/// # Errors
///
/// The body is not `T`'s JSON.
pub fn payload_json<T: DeserializeOwned>(
    response: &RestResponse<'_>,
) -> Result<Option<T>, DecodeError> {
    if response.body.is_empty() {
        return Ok(None);
    }
    body_json(response).map(Some)
}

/// A blob payload: the body as it is, absent when it is empty.
pub fn payload_blob(response: &RestResponse<'_>) -> Option<Blob> {
    (!response.body.is_empty()).then(|| Blob::new(response.body))
}

/// A string (or string enum) payload: the body as text, absent when it is empty.
///
/// # Errors
///
/// The body is not UTF-8 text.
pub fn payload_text<T: TextValue>(response: &RestResponse<'_>) -> Result<Option<T>, DecodeError> {
    if response.body.is_empty() {
        return Ok(None);
    }
    match std::str::from_utf8(response.body) {
        Ok(text) => Ok(Some(T::from_text(text))),
        Err(_) => Err(response.error(".", "the body is not UTF-8 text")),
    }
}

/// A member bound to header `name`: absent when the header is.
///
/// # Errors
///
/// The header does not read as `T`: the error's path is the header's name.
pub fn read_header<T: FromHeader>(
    response: &RestResponse<'_>,
    name: &str,
) -> Result<Option<T>, DecodeError> {
    match response.header_text(name)? {
        Some(text) => T::from_header(name, &text)
            .map(Some)
            .map_err(|e| response.header_error(e)),
        None => Ok(None),
    }
}

/// A list member bound to header `name`: its items split at commas (outside quotes).
///
/// # Errors
///
/// An item does not read as `T`, or a quote is not closed.
pub fn read_header_list<T: FromHeader>(
    response: &RestResponse<'_>,
    name: &str,
) -> Result<Option<Vec<T>>, DecodeError> {
    let Some(text) = response.header_text(name)? else {
        return Ok(None);
    };
    let items = T::split_header(name, &text).map_err(|e| response.header_error(e))?;
    items
        .iter()
        .map(|item| T::from_header(name, item).map_err(|e| response.header_error(e)))
        .collect::<Result<Vec<T>, DecodeError>>()
        .map(Some)
}

/// A JSON text member (`jsonvalue`) bound to header `name`, base64-decoded.
///
/// # Errors
///
/// The header is not base64 of UTF-8 text.
pub fn read_json_header(
    response: &RestResponse<'_>,
    name: &str,
) -> Result<Option<String>, DecodeError> {
    match response.header_text(name)? {
        Some(text) => read_json_string(name, &text)
            .map(Some)
            .map_err(|e| response.header_error(e)),
        None => Ok(None),
    }
}

/// A map member bound to the headers starting with `prefix`: absent when none does.
///
/// # Errors
///
/// A matching header's value is not text.
pub fn read_prefix_headers(
    response: &RestResponse<'_>,
    prefix: &str,
) -> Result<Option<BTreeMap<String, String>>, DecodeError> {
    let map = crate::protocol::header::read_prefix_headers(prefix, response.headers)
        .map_err(|e| response.header_error(e))?;
    Ok((!map.is_empty()).then_some(map))
}

/// A member bound to the status code.
pub fn status_code(response: &RestResponse<'_>) -> Option<i32> {
    Some(i32::from(response.status.as_u16()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response<'a>(headers: &'a HeaderMap, body: &'a [u8]) -> RestResponse<'a> {
        RestResponse {
            operation: "GetThing",
            status: StatusCode::OK,
            headers,
            body,
        }
    }

    #[test]
    fn a_header_that_does_not_read_is_an_error_naming_the_header() {
        let mut headers = HeaderMap::new();
        headers.insert("x-count", "many".parse().unwrap());
        let error = read_header::<i32>(&response(&headers, b""), "X-Count").unwrap_err();
        assert_eq!(error.path(), "X-Count");
        assert_eq!(error.operation(), "GetThing");
    }

    #[test]
    fn a_repeated_list_header_reads_every_value() {
        let mut headers = HeaderMap::new();
        headers.append("x-list", "a, b".parse().unwrap());
        headers.append("x-list", "c".parse().unwrap());
        let items: Option<Vec<String>> =
            read_header_list(&response(&headers, b""), "x-list").unwrap();
        assert_eq!(items.unwrap(), ["a", "b", "c"]);
    }

    #[test]
    fn an_empty_body_is_an_absent_payload() {
        let headers = HeaderMap::new();
        let empty = response(&headers, b"");
        assert_eq!(payload_blob(&empty), None);
        assert_eq!(payload_json::<serde_json::Value>(&empty).unwrap(), None);
        assert_eq!(payload_text::<String>(&empty).unwrap(), None);
        let text = response(&headers, b"\"hello\"");
        assert_eq!(
            payload_json::<serde_json::Value>(&text).unwrap(),
            Some(serde_json::json!("hello"))
        );
    }

    #[test]
    fn a_text_payload_that_is_not_utf8_is_an_error() {
        let headers = HeaderMap::new();
        assert!(payload_text::<String>(&response(&headers, &[0xff])).is_err());
    }

    #[test]
    fn prefix_headers_are_absent_when_no_header_has_the_prefix() {
        let mut headers = HeaderMap::new();
        headers.insert("x-bar", "1".parse().unwrap());
        assert_eq!(
            read_prefix_headers(&response(&headers, b""), "x-foo-").unwrap(),
            None
        );
    }
}
