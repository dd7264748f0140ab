//! What can go wrong: loading a rule set or a partition table ([`LoadError`]), and resolving
//! an endpoint ([`ResolveError`]).

use std::fmt;

/// Input that could not be loaded: a rule set (JSON or compact), a partition table, or
/// parameters; says what, where and why.
///
/// ```
/// use aws_union_client::endpoint::RuleSet;
///
/// let error = RuleSet::from_json(r#"{"version": "1.0", "parameters": {}, "rules": [
///     {"type": "endpoint", "conditions": [{"fn": "isEven", "argv": [1]}], "endpoint": {"url": "https://x"}}
/// ]}"#)
/// .unwrap_err();
/// assert_eq!(error.path(), "rules[0].conditions[0]");
/// assert_eq!(
///     error.to_string(),
///     "endpoint rule set: at rules[0].conditions[0]: unknown function `isEven`"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    what: &'static str,
    path: String,
    message: String,
}

impl LoadError {
    pub(crate) fn new(what: &'static str, path: &str, message: impl Into<String>) -> Self {
        Self {
            what,
            path: path.to_owned(),
            message: message.into(),
        }
    }

    /// Where in the input: a JSON path such as `rules[2].conditions[0].argv[1]`, a byte offset
    /// (`byte 17`) in a compact rule set, or empty for the whole input.
    ///
    /// ```
    /// use aws_union_client::endpoint::RuleSet;
    ///
    /// let error = RuleSet::from_json(r#"{"version": "1.0", "parameters": {}}"#).unwrap_err();
    /// assert_eq!(error.path(), "");
    /// assert_eq!(error.message(), "no `rules`");
    /// ```
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Why it could not be loaded.
    ///
    /// ```
    /// use aws_union_client::endpoint::RuleSet;
    ///
    /// let error = RuleSet::from_json("[]").unwrap_err();
    /// assert_eq!(error.message(), "expected an object, found a list");
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.what, self.message)
        } else {
            write!(f, "{}: at {}: {}", self.what, self.path, self.message)
        }
    }
}

impl std::error::Error for LoadError {}

/// Why no endpoint was resolved.
///
/// The rule set's own errors ([`ResolveError::RuleSet`]) display exactly as the rule set words
/// them; the others are about the parameters or the rule set itself.
///
/// ```
/// use aws_union_client::endpoint::{Params, ResolveError, RuleSet};
///
/// let rules = RuleSet::from_json(r#"{"version": "1.0",
///   "parameters": {"Region": {"type": "string", "required": true}},
///   "rules": [{"type": "error", "conditions": [], "error": "Region {Region} is closed"}]}"#)?;
///
/// let error = rules.resolve(&Params::new().with("Region", "mars-1")).unwrap_err();
/// assert_eq!(error, ResolveError::RuleSet("Region mars-1 is closed".into()));
/// assert_eq!(error.to_string(), "Region mars-1 is closed");
///
/// let missing = rules.resolve(&Params::new()).unwrap_err();
/// assert_eq!(missing, ResolveError::MissingParameter("Region".into()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ResolveError {
    /// An error rule of the rule set matched: its message, exactly.
    RuleSet(String),
    /// A parameter the rule set requires is not set and has no default.
    MissingParameter(String),
    /// A parameter was set that the rule set does not declare.
    UnknownParameter(String),
    /// A parameter was set with a value of another type than the rule set declares.
    WrongParameterType {
        /// The parameter.
        name: String,
        /// The type the rule set declares: `string`, `boolean` or `stringArray`.
        expected: &'static str,
    },
    /// No rule of the rule set matched the parameters.
    NoRuleMatched,
    /// The rule set asked for something impossible with these parameters, e.g. compared an
    /// unset value as a string.
    Evaluation(String),
}

impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::RuleSet(message) => f.write_str(message),
            Self::MissingParameter(name) => {
                write!(f, "endpoint parameter `{name}` is required and not set")
            }
            Self::UnknownParameter(name) => write!(
                f,
                "endpoint parameter `{name}` is not a parameter of this rule set"
            ),
            Self::WrongParameterType { name, expected } => {
                write!(f, "endpoint parameter `{name}` must be a {expected}")
            }
            Self::NoRuleMatched => f.write_str("no endpoint rule matched the parameters"),
            Self::Evaluation(message) => write!(f, "endpoint rules: {message}"),
        }
    }
}

impl std::error::Error for ResolveError {}
