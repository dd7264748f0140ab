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
            url: url.to_owned(),
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
    InvalidEndpoint {
        /// The URL as given.
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

/// An AWS partition: a group of regions sharing DNS suffixes.
///
/// ```
/// use cleanrooms_runtime::endpoint::partition;
///
/// assert_eq!(partition("us-gov-west-1").name, "aws-us-gov");
/// assert_eq!(partition("us-isob-east-1").dns_suffix, "sc2s.sgov.gov");
/// // A region no pattern knows falls back to `aws`, as in every AWS SDK.
/// assert_eq!(partition("mars-north-1").name, "aws");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partition {
    /// `aws`, `aws-cn`, `aws-us-gov`, …
    pub name: &'static str,
    /// The regional DNS suffix, e.g. `amazonaws.com`.
    pub dns_suffix: &'static str,
    /// The dual-stack DNS suffix, e.g. `api.aws`.
    pub dual_stack_dns_suffix: &'static str,
    /// The global pseudo-region of the partition (matched by exact name).
    global_region: Option<&'static str>,
    /// The leading `-`-separated words of the partition's region pattern
    /// (`^prefix-\w+-\d+$`); an empty list stands for `aws`'s alternatives.
    prefix: &'static [&'static str],
}

/// The region prefixes of the `aws` partition: `^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$`.
const AWS_PREFIXES: &[&str] = &["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"];

/// The partitions in the order of AWS's `partitions.json` (the order the patterns are tried).
const PARTITIONS: &[Partition] = &[
    Partition {
        name: "aws",
        dns_suffix: "amazonaws.com",
        dual_stack_dns_suffix: "api.aws",
        global_region: Some("aws-global"),
        prefix: &[],
    },
    Partition {
        name: "aws-cn",
        dns_suffix: "amazonaws.com.cn",
        dual_stack_dns_suffix: "api.amazonwebservices.com.cn",
        global_region: Some("aws-cn-global"),
        prefix: &["cn"],
    },
    Partition {
        name: "aws-eusc",
        dns_suffix: "amazonaws.eu",
        dual_stack_dns_suffix: "api.amazonwebservices.eu",
        global_region: None,
        prefix: &["eusc", "de"],
    },
    Partition {
        name: "aws-iso",
        dns_suffix: "c2s.ic.gov",
        dual_stack_dns_suffix: "api.aws.ic.gov",
        global_region: Some("aws-iso-global"),
        prefix: &["us", "iso"],
    },
    Partition {
        name: "aws-iso-b",
        dns_suffix: "sc2s.sgov.gov",
        dual_stack_dns_suffix: "api.aws.scloud",
        global_region: Some("aws-iso-b-global"),
        prefix: &["us", "isob"],
    },
    Partition {
        name: "aws-iso-e",
        dns_suffix: "cloud.adc-e.uk",
        dual_stack_dns_suffix: "api.cloud-aws.adc-e.uk",
        global_region: Some("aws-iso-e-global"),
        prefix: &["eu", "isoe"],
    },
    Partition {
        name: "aws-iso-f",
        dns_suffix: "csp.hci.ic.gov",
        dual_stack_dns_suffix: "api.aws.hci.ic.gov",
        global_region: Some("aws-iso-f-global"),
        prefix: &["us", "isof"],
    },
    Partition {
        name: "aws-us-gov",
        dns_suffix: "amazonaws.com",
        dual_stack_dns_suffix: "api.aws",
        global_region: Some("aws-us-gov-global"),
        prefix: &["us", "gov"],
    },
];

/// The partition of a region, as the `aws.partition` rules function finds it: an exact
/// (global) region name first, then the region patterns in order, else `aws`.
pub fn partition(region: &str) -> Partition {
    let by_name = PARTITIONS.iter().find(|p| p.global_region == Some(region));
    let by_pattern = || PARTITIONS.iter().find(|p| p.matches(region));
    by_name
        .or_else(by_pattern)
        .copied()
        .unwrap_or(PARTITIONS[0])
}

impl Partition {
    /// `^prefix-\w+-\d+$`, where `\w` is `[A-Za-z0-9_]` and so never crosses a `-`.
    fn matches(&self, region: &str) -> bool {
        let parts: Vec<&str> = region.split('-').collect();
        let prefix_len = self.prefix.len().max(1);
        if parts.len() != prefix_len + 2 {
            return false;
        }
        let prefix_ok = if self.prefix.is_empty() {
            AWS_PREFIXES.contains(&parts[0])
        } else {
            parts[..prefix_len] == *self.prefix
        };
        let word = parts[prefix_len];
        let number = parts[prefix_len + 1];
        prefix_ok
            && !word.is_empty()
            && word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            && !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit())
    }
}

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
mod tests {
    use super::*;

    fn url(region: &str, use_fips: bool, use_dual_stack: bool) -> String {
        resolve_endpoint(&EndpointParams {
            region: Some(region),
            use_fips,
            use_dual_stack,
            endpoint: None,
        })
        .map(|e| e.url().to_owned())
        .unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn regional_endpoint_is_cleanrooms_dot_region_dot_dns_suffix() {
        assert_eq!(
            url("us-east-1", false, false),
            "https://cleanrooms.us-east-1.amazonaws.com"
        );
        assert_eq!(
            url("mx-central-1", false, false),
            "https://cleanrooms.mx-central-1.amazonaws.com"
        );
        assert_eq!(
            url("cn-northwest-1", false, false),
            "https://cleanrooms.cn-northwest-1.amazonaws.com.cn"
        );
        assert_eq!(
            url("us-gov-west-1", false, false),
            "https://cleanrooms.us-gov-west-1.amazonaws.com"
        );
        assert_eq!(
            url("us-iso-east-1", false, false),
            "https://cleanrooms.us-iso-east-1.c2s.ic.gov"
        );
        assert_eq!(
            url("us-isob-east-1", false, false),
            "https://cleanrooms.us-isob-east-1.sc2s.sgov.gov"
        );
    }

    #[test]
    fn fips_uses_the_cleanrooms_fips_host() {
        assert_eq!(
            url("us-east-1", true, false),
            "https://cleanrooms-fips.us-east-1.amazonaws.com"
        );
        assert_eq!(
            url("us-gov-east-1", true, false),
            "https://cleanrooms-fips.us-gov-east-1.amazonaws.com"
        );
        assert_eq!(
            url("us-iso-east-1", true, false),
            "https://cleanrooms-fips.us-iso-east-1.c2s.ic.gov"
        );
    }

    #[test]
    fn dual_stack_uses_the_partition_dual_stack_suffix() {
        assert_eq!(
            url("us-east-1", false, true),
            "https://cleanrooms.us-east-1.api.aws"
        );
        assert_eq!(
            url("cn-north-1", false, true),
            "https://cleanrooms.cn-north-1.api.amazonwebservices.com.cn"
        );
        assert_eq!(
            url("us-gov-west-1", false, true),
            "https://cleanrooms.us-gov-west-1.api.aws"
        );
        assert_eq!(
            url("us-iso-east-1", false, true),
            "https://cleanrooms.us-iso-east-1.api.aws.ic.gov"
        );
        assert_eq!(
            url("us-isob-east-1", false, true),
            "https://cleanrooms.us-isob-east-1.api.aws.scloud"
        );
    }

    #[test]
    fn fips_and_dual_stack_together_use_fips_host_and_dual_stack_suffix() {
        assert_eq!(
            url("us-west-2", true, true),
            "https://cleanrooms-fips.us-west-2.api.aws"
        );
        assert_eq!(
            url("cn-north-1", true, true),
            "https://cleanrooms-fips.cn-north-1.api.amazonwebservices.com.cn"
        );
    }

    #[test]
    fn partitions_are_chosen_by_region_prefix() {
        let name = |region| partition(region).name;
        assert_eq!(name("eu-central-2"), "aws");
        assert_eq!(name("il-central-1"), "aws");
        assert_eq!(name("cn-north-1"), "aws-cn");
        assert_eq!(name("us-gov-east-1"), "aws-us-gov");
        assert_eq!(name("us-iso-west-1"), "aws-iso");
        assert_eq!(name("us-isob-east-1"), "aws-iso-b");
        assert_eq!(name("eu-isoe-west-1"), "aws-iso-e");
        assert_eq!(name("us-isof-south-1"), "aws-iso-f");
        assert_eq!(name("eusc-de-east-1"), "aws-eusc");
        assert_eq!(name("aws-cn-global"), "aws-cn");
        assert_eq!(name("aws-us-gov-global"), "aws-us-gov");
    }

    #[test]
    fn unknown_regions_fall_back_to_the_aws_partition() {
        assert_eq!(partition("xx-unknown-1").name, "aws");
        assert_eq!(partition("us-east").name, "aws");
        assert_eq!(partition("local").name, "aws");
        assert_eq!(
            url("local", false, false),
            "https://cleanrooms.local.amazonaws.com"
        );
    }

    #[test]
    fn custom_endpoint_is_used_as_given() {
        let endpoint = resolve_endpoint(&EndpointParams {
            region: Some("us-east-1"),
            endpoint: Some("http://localhost:8080/base/"),
            ..EndpointParams::default()
        })
        .unwrap();
        assert_eq!(endpoint.url(), "http://localhost:8080/base/");
        assert_eq!(endpoint.base_path(), "/base");
        assert_eq!(endpoint.host_header(), "localhost:8080");
    }

    #[test]
    fn custom_endpoint_needs_no_region() {
        let endpoint = resolve_endpoint(&EndpointParams {
            endpoint: Some("https://example.com"),
            ..EndpointParams::default()
        })
        .unwrap();
        assert_eq!(endpoint.url(), "https://example.com");
        assert_eq!(endpoint.base_path(), "");
    }

    #[test]
    fn custom_endpoint_with_fips_is_a_configuration_error() {
        let err = resolve_endpoint(&EndpointParams {
            region: Some("us-east-1"),
            use_fips: true,
            endpoint: Some("https://example.com"),
            ..EndpointParams::default()
        })
        .unwrap_err();
        assert_eq!(err, EndpointError::FipsWithCustomEndpoint);
        assert_eq!(
            err.to_string(),
            "Invalid Configuration: FIPS and custom endpoint are not supported"
        );
    }

    #[test]
    fn custom_endpoint_with_dual_stack_is_a_configuration_error() {
        let err = resolve_endpoint(&EndpointParams {
            region: Some("us-east-1"),
            use_dual_stack: true,
            endpoint: Some("https://example.com"),
            ..EndpointParams::default()
        })
        .unwrap_err();
        assert_eq!(err, EndpointError::DualStackWithCustomEndpoint);
        assert_eq!(
            err.to_string(),
            "Invalid Configuration: Dualstack and custom endpoint are not supported"
        );
    }

    #[test]
    fn no_region_and_no_custom_endpoint_is_a_configuration_error() {
        assert_eq!(
            resolve_endpoint(&EndpointParams::default()),
            Err(EndpointError::MissingRegion)
        );
        assert_eq!(
            resolve_endpoint(&EndpointParams {
                region: Some(""),
                endpoint: Some(""),
                ..EndpointParams::default()
            }),
            Err(EndpointError::MissingRegion)
        );
    }

    #[test]
    fn a_region_that_is_not_a_host_label_is_rejected() {
        for region in ["us-east-1.evil.com", "a/b", "x@y", "-us", "us east", "é"] {
            assert_eq!(
                resolve_endpoint(&EndpointParams {
                    region: Some(region),
                    ..EndpointParams::default()
                }),
                Err(EndpointError::InvalidRegion(region.to_owned())),
                "{region}"
            );
        }
    }

    #[test]
    fn a_custom_endpoint_must_be_an_absolute_http_url() {
        for bad in [
            "localhost:8080",
            "ftp://example.com",
            "/just/a/path",
            "https://example.com/?a=b",
            "https://example.com/#x",
            "https://user@example.com",
            "not a url",
        ] {
            let err = Endpoint::parse(bad).unwrap_err();
            assert!(
                matches!(err, EndpointError::InvalidEndpoint { .. }),
                "{bad}: {err}"
            );
        }
    }

    #[test]
    fn host_header_omits_the_default_port() {
        assert_eq!(
            Endpoint::parse("https://h.example:443")
                .unwrap()
                .host_header(),
            "h.example"
        );
        assert_eq!(
            Endpoint::parse("http://h.example:80")
                .unwrap()
                .host_header(),
            "h.example"
        );
        assert_eq!(
            Endpoint::parse("http://127.0.0.1:9000")
                .unwrap()
                .host_header(),
            "127.0.0.1:9000"
        );
    }
}
