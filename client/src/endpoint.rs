//! Endpoint resolution for every AWS service: an interpreter of the AWS endpoint rules
//! language (botocore's `endpoint-rule-set-1.json`), with the AWS partitions built in.
//!
//! Load a rule set, from its JSON or from the compact form generated code embeds; give it
//! parameters by the rule set's own names (or built-in values such as `AWS::Region`); get the
//! endpoint (URL, headers, properties such as `authSchemes`) or the rule set's own error.
//! A [`Resolver`] caches what it resolved per parameter set.
//!
//! ```
//! use aws_union_client::endpoint::{Params, Resolver, RuleSet, Value};
//!
//! let rules = RuleSet::from_json(r#"{
//!   "version": "1.0",
//!   "parameters": {
//!     "Region": {"type": "String", "builtIn": "AWS::Region"},
//!     "UseFIPS": {"type": "Boolean", "builtIn": "AWS::UseFIPS", "required": true, "default": false},
//!     "Endpoint": {"type": "String", "builtIn": "SDK::Endpoint"}
//!   },
//!   "rules": [
//!     {"type": "endpoint",
//!      "conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}],
//!      "endpoint": {"url": {"ref": "Endpoint"}}},
//!     {"type": "tree",
//!      "conditions": [{"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "PartitionResult"}],
//!      "rules": [
//!        {"type": "error",
//!         "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]},
//!                        {"fn": "booleanEquals", "argv": [false, {"fn": "getAttr", "argv": [{"ref": "PartitionResult"}, "supportsFIPS"]}]}],
//!         "error": "FIPS is not supported in {PartitionResult#name}"},
//!        {"type": "endpoint", "conditions": [],
//!         "endpoint": {
//!           "url": "https://queue.{Region}.{PartitionResult#dnsSuffix}",
//!           "properties": {"authSchemes": [{"name": "sigv4", "signingRegion": "{Region}"}]}}}
//!      ]}
//!   ]
//! }"#)?;
//!
//! let resolver = Resolver::new(rules);
//! let endpoint = resolver.resolve(&Params::new().with_builtin("AWS::Region", "eu-central-1"))?;
//! assert_eq!(endpoint.url(), "https://queue.eu-central-1.amazonaws.com");
//! let scheme = &endpoint.auth_schemes()[0];
//! assert_eq!(scheme.get("signingRegion"), Some(&Value::from("eu-central-1")));
//!
//! let custom = resolver.resolve(&Params::new().with("Endpoint", "http://localhost:9324"))?;
//! assert_eq!(custom.url(), "http://localhost:9324");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The engine interprets the rules, as botocore does, rather than compiling each service's
//! rules to code: every function and condition form of the rules language is here —
//! `isSet`, `not`, `booleanEquals`, `stringEquals`, `getAttr` (`a.b`, `list[0]`),
//! `substring`, `isValidHostLabel`, `parseURL`, `uriEncode`, `aws.partition`, `aws.parseArn`,
//! `aws.isVirtualHostableS3Bucket`, and version 1.1's `coalesce`, `ite` and `split` — with
//! templates (`{Region}`, `{PartitionResult#dnsSuffix}`) and assignments. Its oracle is
//! botocore's own endpoint tests (`client/endpoint-tests.sh`).

use std::collections::BTreeMap;

mod cache;
mod compact;
mod error;
mod eval;
mod functions;
mod params;
mod partitions;
mod pattern;
mod ruleset;
mod template;
mod tree;
mod url;
mod value;

pub use cache::Resolver;
pub use error::{LoadError, ResolveError};
#[cfg(feature = "client")]
pub(crate) use functions::is_valid_host_label;
pub use params::{ParamValue, Params};
pub use partitions::{Partition, Partitions};
pub use ruleset::{ParamType, Parameter, RuleSet};
pub use value::Value;

/// A resolved endpoint: where requests go, headers to send, and properties (such as
/// `authSchemes`, the signing name and region).
///
/// ```
/// use aws_union_client::endpoint::{Params, RuleSet};
///
/// let rules = RuleSet::from_json(r#"{"version": "1.0", "parameters": {},
///   "rules": [{"type": "endpoint", "conditions": [], "endpoint": {
///     "url": "https://example.com",
///     "headers": {"x-amz-example": ["a", "b"]},
///     "properties": {"authSchemes": [{"name": "sigv4", "signingName": "example"}], "custom": true}}}]}"#)?;
/// let endpoint = rules.resolve(&Params::new())?;
/// assert_eq!(endpoint.url(), "https://example.com");
/// assert_eq!(endpoint.headers()["x-amz-example"], ["a", "b"]);
/// assert_eq!(endpoint.properties()["custom"].as_bool(), Some(true));
/// assert_eq!(endpoint.auth_schemes()[0].get("signingName").and_then(|v| v.as_str()), Some("example"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    url: String,
    headers: BTreeMap<String, Vec<String>>,
    properties: BTreeMap<String, Value>,
}

impl Endpoint {
    pub(crate) fn new(
        url: String,
        headers: BTreeMap<String, Vec<String>>,
        properties: BTreeMap<String, Value>,
    ) -> Self {
        Self {
            url,
            headers,
            properties,
        }
    }

    /// The URL requests go to.
    ///
    /// ```
    /// # use aws_union_client::endpoint::{Params, RuleSet};
    /// # let rules = RuleSet::from_json(r#"{"version": "1.0", "parameters": {},
    /// #   "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://example.com"}}]}"#)?;
    /// assert_eq!(rules.resolve(&Params::new())?.url(), "https://example.com");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Headers every request to this endpoint carries, by name; each may have several values.
    ///
    /// ```
    /// # use aws_union_client::endpoint::{Params, RuleSet};
    /// # let rules = RuleSet::from_json(r#"{"version": "1.0", "parameters": {},
    /// #   "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://example.com"}}]}"#)?;
    /// assert!(rules.resolve(&Params::new())?.headers().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn headers(&self) -> &BTreeMap<String, Vec<String>> {
        &self.headers
    }

    /// The endpoint's properties, by name (`authSchemes`, `metricValues`, …).
    ///
    /// ```
    /// # use aws_union_client::endpoint::{Params, RuleSet};
    /// # let rules = RuleSet::from_json(r#"{"version": "1.0", "parameters": {},
    /// #   "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://example.com",
    /// #     "properties": {"metricValues": ["O"]}}}]}"#)?;
    /// let endpoint = rules.resolve(&Params::new())?;
    /// assert_eq!(endpoint.properties()["metricValues"].as_array().map(<[_]>::len), Some(1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn properties(&self) -> &BTreeMap<String, Value> {
        &self.properties
    }

    /// The `authSchemes` property's schemes in order of preference (each an object with
    /// `name`, `signingName`, `signingRegion` or `signingRegionSet`, …); empty without one.
    ///
    /// ```
    /// # use aws_union_client::endpoint::{Params, RuleSet};
    /// # let rules = RuleSet::from_json(r#"{"version": "1.0", "parameters": {},
    /// #   "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://example.com"}}]}"#)?;
    /// assert!(rules.resolve(&Params::new())?.auth_schemes().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn auth_schemes(&self) -> &[Value] {
        self.properties
            .get("authSchemes")
            .and_then(Value::as_array)
            .unwrap_or_default()
    }
}
