//! Builds the HTTP request of `UpdateProtectedQuery`:
//!
//! ```text
//! PATCH {endpoint base path}/memberships/{membershipIdentifier}/protectedQueries/{protectedQueryIdentifier}
//! Host: {endpoint host}
//! Content-Type: application/json
//! Content-Length: 28
//!
//! {"targetStatus":"CANCELLED"}
//! ```
//!
//! The input is [validated](super::validate()) first. The labels are percent-encoded as Smithy
//! requires for URI labels (everything but the unreserved characters), so even a value that
//! got past validation could not add a path segment, a query or a fragment.

use http::header::{CONTENT_LENGTH, CONTENT_TYPE, HOST};
use http::{HeaderValue, Method, Request, Uri};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use aws_union_client::operation::{EndpointUrl, InputError, InputErrorKind};

use super::error::OPERATION;
use super::validate::validate;
use crate::model::UpdateProtectedQueryInput;

/// URI label encoding: every byte but `A-Z a-z 0-9 - _ ~` is percent-encoded, so `/`, `?`,
/// `#` and `%` are. Smithy leaves `.` alone too; it is encoded here so that a label can never
/// be a `.` or `..` path segment, which servers, proxies and SigV4 normalize away.
const URI_LABEL: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'~');

/// Percent-encodes one URI label.
///
/// ```
/// use cleanrooms_runtime::protocol::encode_uri_label;
///
/// assert_eq!(encode_uri_label("../../x"), "%2E%2E%2F%2E%2E%2Fx");
/// assert_eq!(encode_uri_label("a b?c#d%"), "a%20b%3Fc%23d%25");
/// ```
pub fn encode_uri_label(label: &str) -> String {
    utf8_percent_encode(label, URI_LABEL).to_string()
}

/// The request path for an input (labels encoded), without the endpoint's base path.
pub fn request_path(input: &UpdateProtectedQueryInput) -> String {
    let (membership, query) = (
        &input.membership_identifier,
        &input.protected_query_identifier,
    );
    // Written into one string (a call builds one per request): 36-character UUIDs fit.
    let mut path = String::with_capacity(40 + membership.len() + query.len());
    path.push_str("/memberships/");
    path.extend(utf8_percent_encode(membership, URI_LABEL));
    path.push_str("/protectedQueries/");
    path.extend(utf8_percent_encode(query, URI_LABEL));
    path
}

/// The request body: `{"targetStatus":"CANCELLED"}`.
pub fn request_body(input: &UpdateProtectedQueryInput) -> Vec<u8> {
    let status = input.target_status.as_str();
    let mut body = Vec::with_capacity(20 + status.len());
    body.extend_from_slice(br#"{"targetStatus":"#);
    // A JSON string, escaped as JSON needs (an enum value is plain ASCII; an unknown one may
    // be anything).
    serde_json::to_writer(&mut body, status).unwrap_or_default();
    body.push(b'}');
    body
}

/// Validates `input` and builds its unsigned request to `endpoint`.
///
/// The request carries `host`, `content-type` and `content-length`, so that signing it signs
/// what is sent. Sign it (e.g. with [`crate::sigv4::sign_request`]) and send it with any HTTP
/// client.
///
/// ```
/// use aws_union_client::operation::EndpointUrl;
/// use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};
/// use cleanrooms_runtime::protocol::build_request;
///
/// let input = UpdateProtectedQueryInput {
///     membership_identifier: "f1e2d3c4-5678-90ab-cdef-000000000000".into(),
///     protected_query_identifier: "a1b2c3d4-5678-90ab-cdef-000000000000".into(),
///     target_status: TargetProtectedQueryStatus::Cancelled,
/// };
/// let endpoint = EndpointUrl::parse("https://cleanrooms.us-east-1.amazonaws.com")?;
/// let request = build_request(&input, &endpoint)?;
/// assert_eq!(request.method(), "PATCH");
/// assert_eq!(
///     request.uri(),
///     "https://cleanrooms.us-east-1.amazonaws.com/memberships/f1e2d3c4-5678-90ab-cdef-000000000000/protectedQueries/a1b2c3d4-5678-90ab-cdef-000000000000"
/// );
/// assert_eq!(request.headers()["content-type"], "application/json");
/// assert_eq!(request.body(), br#"{"targetStatus":"CANCELLED"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// The [`InputError`] of [`validate`]; nothing is built for an invalid input.
pub fn build_request(
    input: &UpdateProtectedQueryInput,
    endpoint: &EndpointUrl,
) -> Result<Request<Vec<u8>>, InputError> {
    validate(input)?;
    let path = format!("{}{}", endpoint.base_path(), request_path(input));
    // The endpoint is checked and the labels encoded, so this is not expected to fail.
    let uri = Uri::builder()
        .scheme(endpoint.scheme().clone())
        .authority(endpoint.authority().clone())
        .path_and_query(path)
        .build()
        .map_err(|_| {
            let reason = "the identifiers do not make a valid request URI";
            InputError::new(OPERATION, "", InputErrorKind::NotEncodable { reason })
        })?;
    let body = request_body(input);
    let content_length = HeaderValue::from(body.len());
    let mut request = Request::new(body);
    *request.method_mut() = Method::PATCH;
    *request.uri_mut() = uri;
    let headers = request.headers_mut();
    if let Ok(host) = HeaderValue::from_str(endpoint.host_header()) {
        headers.insert(HOST, host);
    }
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(CONTENT_LENGTH, content_length);
    Ok(request)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TargetProtectedQueryStatus;

    const MEMBERSHIP: &str = "f1e2d3c4-5678-90ab-cdef-000000000000";
    const QUERY: &str = "a1b2c3d4-5678-90ab-cdef-000000000000";

    fn input(membership: &str, query: &str) -> UpdateProtectedQueryInput {
        UpdateProtectedQueryInput {
            membership_identifier: membership.into(),
            protected_query_identifier: query.into(),
            target_status: TargetProtectedQueryStatus::Cancelled,
        }
    }

    fn endpoint(url: &str) -> EndpointUrl {
        EndpointUrl::parse(url).unwrap()
    }

    #[test]
    fn method_is_patch_and_path_names_membership_then_query() {
        let request = build_request(
            &input(MEMBERSHIP, QUERY),
            &endpoint("https://cleanrooms.us-east-1.amazonaws.com"),
        )
        .unwrap();
        assert_eq!(request.method(), Method::PATCH);
        assert_eq!(
            request.uri().path(),
            format!("/memberships/{MEMBERSHIP}/protectedQueries/{QUERY}")
        );
        assert_eq!(request.uri().query(), None);
    }

    #[test]
    fn content_type_is_application_json() {
        let request =
            build_request(&input(MEMBERSHIP, QUERY), &endpoint("https://h.example")).unwrap();
        assert_eq!(request.headers()[CONTENT_TYPE], "application/json");
    }

    #[test]
    fn an_unknown_target_status_is_written_as_an_escaped_json_string() {
        let mut odd = input(MEMBERSHIP, QUERY);
        odd.target_status = "A\"B\\C\n".parse().unwrap();
        let body: serde_json::Value = serde_json::from_slice(&request_body(&odd)).unwrap();
        assert_eq!(body, serde_json::json!({"targetStatus": "A\"B\\C\n"}));
    }

    #[test]
    fn body_is_the_target_status() {
        let request =
            build_request(&input(MEMBERSHIP, QUERY), &endpoint("https://h.example")).unwrap();
        assert_eq!(request.body(), br#"{"targetStatus":"CANCELLED"}"#);
        assert_eq!(request.headers()[CONTENT_LENGTH], "28");
    }

    #[test]
    fn host_header_is_the_endpoint_host() {
        let request = build_request(
            &input(MEMBERSHIP, QUERY),
            &endpoint("http://127.0.0.1:9000"),
        )
        .unwrap();
        assert_eq!(request.headers()[HOST], "127.0.0.1:9000");
        let request = build_request(
            &input(MEMBERSHIP, QUERY),
            &endpoint("https://h.example:443"),
        )
        .unwrap();
        assert_eq!(request.headers()[HOST], "h.example");
    }

    #[test]
    fn the_endpoint_base_path_comes_first() {
        let request = build_request(
            &input(MEMBERSHIP, QUERY),
            &endpoint("https://proxy.example/cleanrooms/"),
        )
        .unwrap();
        assert_eq!(
            request.uri().path(),
            format!("/cleanrooms/memberships/{MEMBERSHIP}/protectedQueries/{QUERY}")
        );
    }

    #[test]
    fn an_invalid_input_builds_no_request() {
        let err =
            build_request(&input("../../x", QUERY), &endpoint("https://h.example")).unwrap_err();
        assert_eq!(err.member(), "membershipIdentifier");
    }

    #[test]
    fn labels_are_percent_encoded_so_no_input_changes_the_path_shape() {
        for evil in [
            "../../x", "..", ".", "a/b", "?", "#frag", "%2F", "a b", "é/ü", "",
        ] {
            let path = request_path(&input(evil, evil));
            let segments: Vec<&str> = path.split('/').collect();
            assert_eq!(segments.len(), 5, "{evil} gave {path}");
            assert_eq!(segments[1], "memberships");
            assert_eq!(segments[3], "protectedQueries");
            assert!(!path.contains(['?', '#']), "{path}");
            assert!(
                !segments.contains(&"..") && !segments.contains(&"."),
                "{path}"
            );
            let uri: Uri = path.parse().unwrap();
            assert_eq!(uri.path(), path, "{evil}");
        }
        assert_eq!(encode_uri_label("../../x"), "%2E%2E%2F%2E%2E%2Fx");
        assert_eq!(encode_uri_label("%2F"), "%252F");
        assert_eq!(encode_uri_label("é"), "%C3%A9");
    }
}
