//! Where a request goes: an endpoint URL checked and split for building requests.

use std::fmt;

use http::uri::{Authority, Scheme};
use http::Uri;

use crate::redact::redact_url;

/// An endpoint URL, checked: `http` or `https`, a host, no user info, no query, no fragment.
/// Requests go to its scheme and host, under its path.
///
/// ```
/// use aws_union_client::operation::EndpointUrl;
///
/// let url = EndpointUrl::parse("http://127.0.0.1:4566/base/")?;
/// assert_eq!(url.host_header(), "127.0.0.1:4566");
/// assert_eq!(url.base_path(), "/base");
///
/// let error = EndpointUrl::parse("https://user:secret@example.com").unwrap_err();
/// assert!(!error.to_string().contains("secret"));
/// # Ok::<(), aws_union_client::operation::EndpointUrlError>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct EndpointUrl {
    url: String,
    scheme: Scheme,
    authority: Authority,
    base_path: String,
}

impl fmt::Debug for EndpointUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("EndpointUrl").field(&self.url).finish()
    }
}

impl EndpointUrl {
    /// Checks and splits `url`.
    ///
    /// # Errors
    ///
    /// The URL is not absolute, has another scheme than `http`/`https`, no host, user info
    /// (never printed: it may hold a password), a query or a fragment.
    pub fn parse(url: &str) -> Result<Self, EndpointUrlError> {
        let invalid = |reason: &'static str| EndpointUrlError {
            url: redact_url(url).into_owned(),
            reason,
        };
        if url.contains('#') {
            return Err(invalid("a fragment (`#`) is not allowed"));
        }
        let uri: Uri = url
            .parse()
            .map_err(|_| invalid("not a valid absolute URL"))?;
        let scheme = uri.scheme().cloned().ok_or_else(|| invalid("no scheme"))?;
        if scheme != Scheme::HTTP && scheme != Scheme::HTTPS {
            return Err(invalid("the scheme must be http or https"));
        }
        let authority = uri.authority().cloned().ok_or_else(|| invalid("no host"))?;
        if authority.as_str().contains('@') {
            return Err(invalid("user info (`user@`) is not allowed"));
        }
        if authority.host().is_empty() {
            return Err(invalid("no host"));
        }
        if uri.query().is_some() {
            return Err(invalid("a query (`?`) is not allowed"));
        }
        Ok(Self {
            url: url.to_owned(),
            base_path: uri.path().trim_end_matches('/').to_owned(),
            scheme,
            authority,
        })
    }

    /// The URL as given.
    pub fn as_str(&self) -> &str {
        &self.url
    }

    /// `http` or `https`.
    pub fn scheme(&self) -> &Scheme {
        &self.scheme
    }

    /// Host and port.
    pub fn authority(&self) -> &Authority {
        &self.authority
    }

    /// The path requests go under, without a trailing `/` (empty for none).
    pub fn base_path(&self) -> &str {
        &self.base_path
    }

    /// The `Host` header: the host, with the port when it is not the scheme's default.
    pub fn host_header(&self) -> &str {
        let default_port = if self.scheme == Scheme::HTTPS {
            443
        } else {
            80
        };
        match self.authority.port_u16() {
            Some(port) if port != default_port => self.authority.as_str(),
            _ => self.authority.host(),
        }
    }

    /// The same endpoint with `prefix` before its host (`data-` + `example.com`), for an
    /// operation's host prefix.
    ///
    /// # Errors
    ///
    /// The prefixed host is not a valid authority.
    pub fn with_host_prefix(&self, prefix: &str) -> Result<Self, EndpointUrlError> {
        let authority = format!("{prefix}{}", self.authority.as_str());
        let url = format!("{}://{}{}", self.scheme.as_str(), authority, self.base_path);
        Self::parse(&url)
    }
}

impl fmt::Display for EndpointUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.url)
    }
}

/// An endpoint URL that cannot be used, and why. It never shows a password or a query the
/// URL held.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndpointUrlError {
    url: String,
    reason: &'static str,
}

impl fmt::Display for EndpointUrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "endpoint `{}`: {}", self.url, self.reason)
    }
}

impl std::error::Error for EndpointUrlError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_info_is_refused_and_never_printed() {
        let error = EndpointUrl::parse("https://user:hunter2@example.com/x").unwrap_err();
        let shown = format!("{error} {error:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("https://***@example.com/x"), "{shown}");
    }

    #[test]
    fn a_host_prefix_goes_before_the_host_and_keeps_the_port() {
        let url = EndpointUrl::parse("http://127.0.0.1:8080/p").unwrap();
        let prefixed = url.with_host_prefix("data-").unwrap();
        assert_eq!(prefixed.host_header(), "data-127.0.0.1:8080");
        assert_eq!(prefixed.base_path(), "/p");
    }

    #[test]
    fn a_query_or_fragment_in_the_endpoint_is_refused() {
        assert!(EndpointUrl::parse("https://example.com/?a=b").is_err());
        assert!(EndpointUrl::parse("https://example.com/#a").is_err());
        assert!(EndpointUrl::parse("ftp://example.com").is_err());
    }
}
