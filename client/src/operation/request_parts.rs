//! The parts of a request that generated code fills, put together into an `http::Request`
//! for an endpoint.

use http::header::{HeaderName, HeaderValue, CONTENT_LENGTH, HOST};
use http::{HeaderMap, Method, Request, Uri};

use super::{InputError, InputErrorKind, RequestContext};
use crate::protocol::QueryString;

/// A request being built: method, path (labels encoded), query string, headers, body and
/// the operation's host prefix.
///
/// ```
/// use aws_union_client::operation::{EndpointUrl, RequestContext, RequestParts};
///
/// let endpoint = EndpointUrl::parse("https://lambda.us-east-1.amazonaws.com")?;
/// let mut parts = RequestParts::new("GetFunction", http::Method::GET, "/2015-03-31/functions/f");
/// parts.query.push("Qualifier", "$LATEST");
/// parts.header("x-amz-test", "Qualifier", "1")?;
/// let request = parts.into_request(&RequestContext::new(&endpoint))?;
/// assert_eq!(request.uri(), "https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/f?Qualifier=%24LATEST");
/// assert_eq!(request.headers()["host"], "lambda.us-east-1.amazonaws.com");
/// assert_eq!(request.headers()["x-amz-test"], "1");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct RequestParts {
    /// The operation, for errors.
    pub operation: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path under the endpoint's, starting with `/`, labels already encoded.
    pub path: String,
    /// The query string.
    pub query: QueryString,
    /// The headers (the content type among them); `Host` and `Content-Length` are added.
    pub headers: HeaderMap,
    /// The body.
    pub body: Vec<u8>,
    /// The host prefix, labels already filled in and checked (`data-`, `g-1.`).
    pub host_prefix: Option<String>,
}

impl RequestParts {
    /// A request of `operation` with no query, no headers and no body.
    pub fn new(operation: &'static str, method: Method, path: impl Into<String>) -> Self {
        Self {
            operation,
            method,
            path: path.into(),
            query: QueryString::new(),
            headers: HeaderMap::new(),
            body: Vec::new(),
            host_prefix: None,
        }
    }

    /// Sets header `name` (lower case) to `value`, for input member `member`.
    ///
    /// # Errors
    ///
    /// The value cannot be a header value (a line break, another control character).
    pub fn header(
        &mut self,
        name: &'static str,
        member: &str,
        value: &str,
    ) -> Result<(), InputError> {
        let value = HeaderValue::from_str(value).map_err(|_| {
            InputError::new(
                self.operation,
                member,
                InputErrorKind::NotEncodable {
                    reason: "a header value cannot hold control characters",
                },
            )
        })?;
        self.headers.insert(HeaderName::from_static(name), value);
        Ok(())
    }

    /// Sets header `name`, given at run time (a prefix-header map's key), to `value`.
    ///
    /// # Errors
    ///
    /// The name or the value cannot be a header's.
    pub fn dynamic_header(
        &mut self,
        name: &str,
        member: &str,
        value: &str,
    ) -> Result<(), InputError> {
        let error = |reason| {
            InputError::new(
                self.operation,
                member,
                InputErrorKind::NotEncodable { reason },
            )
        };
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| error("a header name holds only letters, digits and !#$%&'*+-.^_`|~"))?;
        let value = HeaderValue::from_str(value)
            .map_err(|_| error("a header value cannot hold control characters"))?;
        self.headers.insert(name, value);
        Ok(())
    }

    /// The request for `context`'s endpoint: the host prefix before its host (unless turned
    /// off), the path under its path, `Host` and `Content-Length` set.
    ///
    /// # Errors
    ///
    /// The prefixed host or the path does not make a valid URI.
    pub fn into_request(
        self,
        context: &RequestContext<'_>,
    ) -> Result<Request<Vec<u8>>, InputError> {
        let not_encodable =
            |reason| InputError::new(self.operation, "", InputErrorKind::NotEncodable { reason });
        let prefixed;
        let endpoint = match (&self.host_prefix, context.inject_host_prefix) {
            (Some(prefix), true) => {
                prefixed = context
                    .endpoint
                    .with_host_prefix(prefix)
                    .map_err(|_| not_encodable("the host prefix does not make a valid host"))?;
                &prefixed
            }
            _ => context.endpoint,
        };
        let mut path_and_query = String::with_capacity(
            endpoint.base_path().len() + self.path.len() + self.query.as_str().len() + 1,
        );
        path_and_query.push_str(endpoint.base_path());
        path_and_query.push_str(&self.path);
        if !self.query.is_empty() {
            path_and_query.push('?');
            path_and_query.push_str(self.query.as_str());
        }
        let uri = Uri::builder()
            .scheme(endpoint.scheme().clone())
            .authority(endpoint.authority().clone())
            .path_and_query(path_and_query)
            .build()
            .map_err(|_| not_encodable("the path does not make a valid URI"))?;
        let sends_length = !self.body.is_empty()
            || !matches!(self.method, Method::GET | Method::HEAD | Method::DELETE);
        let mut headers = self.headers;
        if let Ok(host) = HeaderValue::from_str(endpoint.host_header()) {
            headers.insert(HOST, host);
        }
        if sends_length {
            headers.insert(CONTENT_LENGTH, HeaderValue::from(self.body.len()));
        }
        let mut request = Request::new(self.body);
        *request.method_mut() = self.method;
        *request.uri_mut() = uri;
        *request.headers_mut() = headers;
        Ok(request)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operation::EndpointUrl;

    fn endpoint() -> EndpointUrl {
        EndpointUrl::parse("http://127.0.0.1:4566/base").unwrap()
    }

    #[test]
    fn the_host_prefix_goes_before_the_endpoint_host() {
        let endpoint = endpoint();
        let mut parts = RequestParts::new("Op", Method::POST, "/");
        parts.host_prefix = Some("data-".into());
        let request = parts.into_request(&RequestContext::new(&endpoint)).unwrap();
        assert_eq!(request.uri(), "http://data-127.0.0.1:4566/base/");
        assert_eq!(request.headers()["host"], "data-127.0.0.1:4566");
    }

    #[test]
    fn the_host_prefix_can_be_turned_off_for_a_custom_endpoint() {
        let endpoint = endpoint();
        let mut parts = RequestParts::new("Op", Method::POST, "/");
        parts.host_prefix = Some("data-".into());
        let context = RequestContext {
            inject_host_prefix: false,
            ..RequestContext::new(&endpoint)
        };
        let request = parts.into_request(&context).unwrap();
        assert_eq!(request.headers()["host"], "127.0.0.1:4566");
    }

    #[test]
    fn a_header_value_with_a_line_break_is_an_input_error_naming_the_member() {
        let mut parts = RequestParts::new("PutThing", Method::PUT, "/");
        let error = parts
            .header("x-amz-meta", "Meta", "a\r\nInjected: 1")
            .unwrap_err();
        assert_eq!(error.member(), "Meta");
        assert_eq!(error.operation(), "PutThing");
    }

    #[test]
    fn a_bodiless_get_sends_no_content_length_and_a_post_always_does() {
        let endpoint = endpoint();
        let context = RequestContext::new(&endpoint);
        let get = RequestParts::new("Op", Method::GET, "/x")
            .into_request(&context)
            .unwrap();
        assert!(get.headers().get("content-length").is_none());
        let post = RequestParts::new("Op", Method::POST, "/x")
            .into_request(&context)
            .unwrap();
        assert_eq!(post.headers()["content-length"], "0");
    }
}
