//! Where a Clean Rooms request goes: the endpoint rules every AWS SDK runs for this service.
//!
//! The rules, in order (the service's `smithy.rules#endpointRuleSet`):
//!
//! 1. A custom endpoint is used as it is; asking for FIPS or dual-stack with it is a
//!    configuration error.
//! 2. Without a custom endpoint a region is required.
//! 3. The region picks a partition (an exact region name first, then the partitions' region
//!    patterns in order, else `aws`), and the partition gives the DNS suffix:
//!    `https://cleanrooms.{region}.{dnsSuffix}`, `cleanrooms-fips.` with FIPS, and the
//!    partition's dual-stack suffix with dual-stack.
//!
//! ```
//! use cleanrooms_runtime::endpoint::{resolve_endpoint, EndpointParams};
//!
//! let endpoint = resolve_endpoint(&EndpointParams {
//!     region: Some("eu-west-1"),
//!     use_fips: true,
//!     ..EndpointParams::default()
//! })?;
//! assert_eq!(endpoint.url(), "https://cleanrooms-fips.eu-west-1.amazonaws.com");
//!
//! let local = resolve_endpoint(&EndpointParams {
//!     endpoint: Some("http://127.0.0.1:4566"),
//!     ..EndpointParams::default()
//! })?;
//! assert_eq!(local.url(), "http://127.0.0.1:4566");
//! # Ok::<(), cleanrooms_runtime::endpoint::EndpointError>(())
//! ```

use std::fmt;

use http::uri::{Authority, Scheme};
use http::Uri;

use crate::redact::redact_url;

mod partitions;

pub use partitions::{partition, Partition};

/// The inputs of endpoint resolution, named as in the AWS endpoint rules
/// (`Region`, `UseFIPS`, `UseDualStack`, `Endpoint`).
///
/// ```
/// use cleanrooms_runtime::endpoint::EndpointParams;
///
/// let params = EndpointParams { region: Some("us-east-1"), ..EndpointParams::default() };
/// assert!(!params.use_fips && !params.use_dual_stack && params.endpoint.is_none());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EndpointParams<'a> {
    /// The AWS region, e.g. `us-east-1`. An empty string counts as not set.
    pub region: Option<&'a str>,
    /// Use the FIPS endpoint (`cleanrooms-fips.`).
    pub use_fips: bool,
    /// Use the dual-stack (IPv4 and IPv6) endpoint.
    pub use_dual_stack: bool,
    /// A custom endpoint URL (`AWS_ENDPOINT_URL_CLEANROOMS`, `AWS_ENDPOINT_URL`, or set in code).
    /// An empty string counts as not set.
    pub endpoint: Option<&'a str>,
}

/// Resolves where requests go, by the AWS endpoint rules for Clean Rooms.
///
/// ```
/// use cleanrooms_runtime::endpoint::{resolve_endpoint, EndpointError, EndpointParams};
///
/// let cn = resolve_endpoint(&EndpointParams {
///     region: Some("cn-north-1"),
///     use_dual_stack: true,
///     ..EndpointParams::default()
/// })?;
/// assert_eq!(cn.url(), "https://cleanrooms.cn-north-1.api.amazonwebservices.com.cn");
///
/// let err = resolve_endpoint(&EndpointParams::default()).unwrap_err();
/// assert_eq!(err, EndpointError::MissingRegion);
/// # Ok::<(), EndpointError>(())
/// ```
///
/// # Errors
///
/// A custom endpoint together with FIPS or dual-stack, no region and no custom endpoint, a
/// region that cannot be a host name label, or a custom endpoint that is not an absolute
/// `http`/`https` URL.
pub fn resolve_endpoint(params: &EndpointParams<'_>) -> Result<Endpoint, EndpointError> {
    if let Some(custom) = non_empty(params.endpoint) {
        if params.use_fips {
            return Err(EndpointError::FipsWithCustomEndpoint);
        }
        if params.use_dual_stack {
            return Err(EndpointError::DualStackWithCustomEndpoint);
        }
        return Endpoint::parse(custom);
    }
    let region = non_empty(params.region).ok_or(EndpointError::MissingRegion)?;
    if !is_host_label(region) {
        return Err(EndpointError::InvalidRegion(region.to_owned()));
    }
    let partition = partition(region);
    let service = if params.use_fips {
        "cleanrooms-fips"
    } else {
        "cleanrooms"
    };
    let suffix = if params.use_dual_stack {
        partition.dual_stack_dns_suffix
    } else {
        partition.dns_suffix
    };
    Endpoint::parse(&format!("https://{service}.{region}.{suffix}"))
}

/// A resolved endpoint: an absolute `http` or `https` URL, maybe with a base path that request
/// paths are appended to.
///
/// ```
/// use cleanrooms_runtime::endpoint::Endpoint;
///
/// let endpoint = Endpoint::parse("https://proxy.example.com/cleanrooms/")?;
/// assert_eq!(endpoint.host_header(), "proxy.example.com");
/// assert_eq!(endpoint.base_path(), "/cleanrooms");
/// # Ok::<(), cleanrooms_runtime::endpoint::EndpointError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    url: String,
    scheme: Scheme,
    authority: Authority,
    base_path: String,
}

impl Endpoint {
    /// Checks and takes apart an endpoint URL.
    ///
    /// # Errors
    ///
    /// [`EndpointError::InvalidEndpoint`] unless the URL is absolute, `http` or `https`, has a
    /// host, no user info, no query and no fragment.
    pub fn parse(url: &str) -> Result<Self, EndpointError> {
        let invalid = |reason: &'static str| EndpointError::InvalidEndpoint {
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
        let base_path = uri.path().trim_end_matches('/').to_owned();
        Ok(Self {
            url: url.to_owned(),
            scheme,
            authority,
            base_path,
        })
    }

    /// The URL as given or resolved.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// `http` or `https`.
    pub fn scheme(&self) -> &Scheme {
        &self.scheme
    }

    /// Host and port as in the URL.
    pub fn authority(&self) -> &Authority {
        &self.authority
    }

    /// The path before the operation's path, without a trailing `/` (often empty).
    pub fn base_path(&self) -> &str {
        &self.base_path
    }

    /// The `Host` header for this endpoint: the host, with the port only when it is not the
    /// scheme's default (what HTTP clients send and what SigV4 signs).
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
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.url)
    }
}

/// Why no endpoint could be resolved. The messages are the ones the AWS endpoint rules give.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum EndpointError {
    /// A custom endpoint and FIPS were both asked for.
    FipsWithCustomEndpoint,
    /// A custom endpoint and dual-stack were both asked for.
    DualStackWithCustomEndpoint,
    /// Neither a region nor a custom endpoint is set.
    MissingRegion,
    /// The region cannot be part of a host name (letters, digits and `-` only).
    InvalidRegion(String),
    /// The custom endpoint is not a usable URL.
    ///
    /// ```
    /// use cleanrooms_runtime::endpoint::{Endpoint, EndpointError};
    ///
    /// let error = Endpoint::parse("https://admin:hunter2@proxy.example.com").unwrap_err();
    /// assert!(matches!(&error, EndpointError::InvalidEndpoint { url, .. } if url == "https://***@proxy.example.com"));
    /// assert!(!format!("{error} {error:?}").contains("hunter2"));
    /// ```
    InvalidEndpoint {
        /// The URL as given, with its user info and query (which may hold secrets) shown as
        /// `***`.
        url: String,
        /// What is wrong with it.
        reason: &'static str,
    },
}

impl fmt::Display for EndpointError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::FipsWithCustomEndpoint => {
                f.write_str("Invalid Configuration: FIPS and custom endpoint are not supported")
            }
            Self::DualStackWithCustomEndpoint => f.write_str(
                "Invalid Configuration: Dualstack and custom endpoint are not supported",
            ),
            Self::MissingRegion => f.write_str(
                "Invalid Configuration: Missing Region (set a region, e.g. AWS_REGION, or a custom endpoint)",
            ),
            Self::InvalidRegion(region) => write!(
                f,
                "Invalid Configuration: region `{region}` is not a valid host label"
            ),
            Self::InvalidEndpoint { url, reason } => {
                write!(f, "Invalid Configuration: custom endpoint `{url}`: {reason}")
            }
        }
    }
}

impl std::error::Error for EndpointError {}

fn non_empty(value: Option<&str>) -> Option<&str> {
    value.filter(|v| !v.is_empty())
}

/// A DNS label: 1 to 63 letters, digits or `-`, not starting or ending with `-`.
fn is_host_label(value: &str) -> bool {
    (1..=63).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !value.starts_with('-')
        && !value.ends_with('-')
}

#[cfg(test)]
mod tests;
