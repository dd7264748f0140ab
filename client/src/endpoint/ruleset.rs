//! The rule-set model: [`RuleSet`] and its [`Parameter`]s, and the compiled rules the
//! evaluator walks (`program`). Loading (JSON or compact form → `Program`) is in `load`.

use super::compact;
use super::error::{LoadError, ResolveError};
use super::params::{ParamValue, Params};
use super::partitions::Partitions;
use super::tree::Tree;
use super::value::Val;
use super::{eval, Endpoint};

mod json_path;
mod load;
mod program;

pub(crate) use program::{
    Condition, EndpointId, EndpointTemplate, Expr, ExprId, NameId, Program, Prop, Rule, RuleId,
    RuleKind, Template,
};

/// An endpoint rule set (botocore's `endpoint-rule-set-1.json`), loaded and checked, ready to
/// resolve endpoints.
///
/// ```
/// use aws_union_client::endpoint::{Params, RuleSet};
///
/// let rules = RuleSet::from_json(r#"{
///   "version": "1.0",
///   "parameters": {
///     "Region": {"type": "string", "builtIn": "AWS::Region"},
///     "UseFIPS": {"type": "boolean", "default": false, "required": true}
///   },
///   "rules": [
///     {"type": "tree", "conditions": [
///        {"fn": "isSet", "argv": [{"ref": "Region"}]},
///        {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "PartitionResult"}
///      ],
///      "rules": [
///        {"type": "endpoint", "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}],
///         "endpoint": {"url": "https://example-fips.{Region}.{PartitionResult#dnsSuffix}"}},
///        {"type": "endpoint", "conditions": [],
///         "endpoint": {"url": "https://example.{Region}.{PartitionResult#dnsSuffix}"}}
///      ]},
///     {"type": "error", "conditions": [], "error": "Invalid Configuration: Missing Region"}
///   ]
/// }"#)?;
///
/// let endpoint = rules.resolve(&Params::new().with("Region", "cn-north-1"))?;
/// assert_eq!(endpoint.url(), "https://example.cn-north-1.amazonaws.com.cn");
///
/// let fips = rules.resolve(&Params::new().with_builtin("AWS::Region", "us-east-1").with("UseFIPS", true))?;
/// assert_eq!(fips.url(), "https://example-fips.us-east-1.amazonaws.com");
///
/// let error = rules.resolve(&Params::new()).unwrap_err();
/// assert_eq!(error.to_string(), "Invalid Configuration: Missing Region");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct RuleSet {
    version: String,
    parameters: Vec<Parameter>,
    program: Program,
}

/// A parameter the rule set declares.
///
/// ```
/// use aws_union_client::endpoint::{ParamType, RuleSet};
///
/// let rules = RuleSet::from_json(r#"{"version": "1.0", "rules": [], "parameters": {
///   "UseFIPS": {"type": "Boolean", "builtIn": "AWS::UseFIPS", "default": false, "required": true}
/// }}"#)?;
/// let fips = &rules.parameters()[0];
/// assert_eq!(fips.name(), "UseFIPS");
/// assert_eq!(fips.param_type(), ParamType::Boolean);
/// assert_eq!(fips.built_in(), Some("AWS::UseFIPS"));
/// assert_eq!(fips.default(), Some(&false.into()));
/// assert!(fips.is_required());
/// # Ok::<(), aws_union_client::endpoint::LoadError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parameter {
    name: String,
    param_type: ParamType,
    built_in: Option<String>,
    default: Option<ParamValue>,
    required: bool,
    id: NameId,
}

/// The type of a parameter.
///
/// ```
/// use aws_union_client::endpoint::ParamType;
///
/// assert_eq!(ParamType::StringArray.name(), "stringArray");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    /// `string`
    String,
    /// `boolean`
    Boolean,
    /// `stringArray`
    StringArray,
}

impl ParamType {
    /// The type's name in rule sets.
    ///
    /// ```
    /// assert_eq!(aws_union_client::endpoint::ParamType::Boolean.name(), "boolean");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Self::String => "string",
            Self::Boolean => "boolean",
            Self::StringArray => "stringArray",
        }
    }

    fn named(name: &str) -> Option<Self> {
        [Self::String, Self::Boolean, Self::StringArray]
            .into_iter()
            .find(|t| t.name().eq_ignore_ascii_case(name))
    }

    fn admits(self, value: &ParamValue) -> bool {
        matches!(
            (self, value),
            (Self::String, ParamValue::String(_))
                | (Self::Boolean, ParamValue::Boolean(_))
                | (Self::StringArray, ParamValue::StringArray(_))
        )
    }
}

impl Parameter {
    /// The parameter's name, e.g. `Region`.
    ///
    /// ```
    /// # let rules = aws_union_client::endpoint::RuleSet::from_json(
    /// #     r#"{"version": "1.0", "rules": [], "parameters": {"Region": {"type": "string"}}}"#)?;
    /// assert_eq!(rules.parameters()[0].name(), "Region");
    /// # Ok::<(), aws_union_client::endpoint::LoadError>(())
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The parameter's type.
    ///
    /// ```
    /// # use aws_union_client::endpoint::ParamType;
    /// # let rules = aws_union_client::endpoint::RuleSet::from_json(
    /// #     r#"{"version": "1.0", "rules": [], "parameters": {"Region": {"type": "string"}}}"#)?;
    /// assert_eq!(rules.parameters()[0].param_type(), ParamType::String);
    /// # Ok::<(), aws_union_client::endpoint::LoadError>(())
    /// ```
    pub fn param_type(&self) -> ParamType {
        self.param_type
    }

    /// The built-in value that fills it when it is not set by name (e.g. `AWS::Region`).
    ///
    /// ```
    /// # let rules = aws_union_client::endpoint::RuleSet::from_json(
    /// #     r#"{"version": "1.0", "rules": [], "parameters": {"Region": {"type": "string"}}}"#)?;
    /// assert_eq!(rules.parameters()[0].built_in(), None);
    /// # Ok::<(), aws_union_client::endpoint::LoadError>(())
    /// ```
    pub fn built_in(&self) -> Option<&str> {
        self.built_in.as_deref()
    }

    /// Its value when neither set by name nor by a built-in.
    ///
    /// ```
    /// # let rules = aws_union_client::endpoint::RuleSet::from_json(
    /// #     r#"{"version": "1.0", "rules": [], "parameters": {"Region": {"type": "string"}}}"#)?;
    /// assert_eq!(rules.parameters()[0].default(), None);
    /// # Ok::<(), aws_union_client::endpoint::LoadError>(())
    /// ```
    pub fn default(&self) -> Option<&ParamValue> {
        self.default.as_ref()
    }

    /// Whether resolution fails when it has no value.
    ///
    /// ```
    /// # let rules = aws_union_client::endpoint::RuleSet::from_json(
    /// #     r#"{"version": "1.0", "rules": [], "parameters": {"Region": {"type": "string"}}}"#)?;
    /// assert!(!rules.parameters()[0].is_required());
    /// # Ok::<(), aws_union_client::endpoint::LoadError>(())
    /// ```
    pub fn is_required(&self) -> bool {
        self.required
    }

    pub(crate) fn id(&self) -> NameId {
        self.id
    }

    /// The value this parameter takes from `params`: by name, else by built-in, else the
    /// default; checked against the declared type and `required`.
    pub(crate) fn value_in(&self, params: &Params) -> Result<Val, ResolveError> {
        let given = params
            .get(&self.name)
            .or_else(|| self.built_in.as_deref().and_then(|b| params.builtin(b)))
            .or(self.default.as_ref());
        match given {
            Some(value) if self.param_type.admits(value) => Ok(value.to_val()),
            Some(_) => Err(ResolveError::WrongParameterType {
                name: self.name.clone(),
                expected: self.param_type.name(),
            }),
            None if self.required => Err(ResolveError::MissingParameter(self.name.clone())),
            None => Ok(Val::None),
        }
    }
}

impl RuleSet {
    /// Loads a rule set from its JSON text (botocore's `endpoint-rule-set-1.json`).
    ///
    /// ```
    /// use aws_union_client::endpoint::RuleSet;
    ///
    /// let rules = RuleSet::from_json(r#"{"version": "1.0", "parameters": {}, "rules": [
    ///     {"type": "endpoint", "conditions": [], "endpoint": {"url": "https://example.com"}}
    /// ]}"#)?;
    /// assert_eq!(rules.version(), "1.0");
    /// # Ok::<(), aws_union_client::endpoint::LoadError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Text that is not JSON, or not a rule set: a missing or mistyped member, an unknown rule
    /// type or function, a function called with the wrong number of arguments, a malformed
    /// template or `getAttr` path. The error names the JSON path.
    pub fn from_json(text: &str) -> Result<Self, LoadError> {
        const WHAT: &str = "endpoint rule set";
        let json = Tree::parse(WHAT, text)?;
        let (tree, root) = Tree::from_json(WHAT, &json)?;
        load::load(&tree, root, WHAT)
    }

    /// Loads a rule set from its compact form, as `aws-union-codegen` embeds it in generated
    /// code (`aws_union_codegen::endpoint_rules::compact_rule_set`): the JSON without
    /// documentation, each repeated subtree stored once, and shared again once loaded.
    ///
    /// ```
    /// use aws_union_client::endpoint::{Params, RuleSet};
    /// use aws_union_codegen::endpoint_rules::compact_rule_set;
    ///
    /// let json = r#"{"version": "1.0", "parameters": {"Region": {"type": "string", "required": true}},
    ///   "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://svc.{Region}.example.com"}}]}"#;
    /// // What generated code embeds, e.g. `static RULES: &[u8] = b"AUER\x01...";`
    /// let compact: Vec<u8> = compact_rule_set(json, "example")?;
    ///
    /// let rules = RuleSet::from_compact(&compact)?;
    /// let endpoint = rules.resolve(&Params::new().with("Region", "ap-south-2"))?;
    /// assert_eq!(endpoint.url(), "https://svc.ap-south-2.example.com");
    ///
    /// let error = RuleSet::from_compact(json.as_bytes()).unwrap_err();
    /// assert_eq!(error.path(), "byte 0");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Bytes that are not a compact rule set (naming the byte offset), or a rule set that does
    /// not load (as for [`RuleSet::from_json`]).
    pub fn from_compact(bytes: &[u8]) -> Result<Self, LoadError> {
        let (tree, root) = compact::decode(bytes)?;
        load::load(&tree, root, "compact endpoint rule set")
    }

    /// The rule set's `version`.
    ///
    /// ```
    /// # let rules = aws_union_client::endpoint::RuleSet::from_json(r#"{"version": "1.3", "parameters": {}, "rules": []}"#)?;
    /// assert_eq!(rules.version(), "1.3");
    /// # Ok::<(), aws_union_client::endpoint::LoadError>(())
    /// ```
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The declared parameters, in the rule set's order.
    ///
    /// ```
    /// # let rules = aws_union_client::endpoint::RuleSet::from_json(r#"{"version": "1.0", "rules": [],
    /// #   "parameters": {"Region": {"type": "string"}, "Endpoint": {"type": "string"}}}"#)?;
    /// let names: Vec<&str> = rules.parameters().iter().map(|p| p.name()).collect();
    /// assert!(names.contains(&"Region") && names.contains(&"Endpoint"));
    /// # Ok::<(), aws_union_client::endpoint::LoadError>(())
    /// ```
    pub fn parameters(&self) -> &[Parameter] {
        &self.parameters
    }

    /// Resolves the endpoint for `params`, with the built-in partition table.
    ///
    /// The parameters are bound as botocore binds them: each declared parameter takes its
    /// value by name, else from its built-in, else its default; a required parameter without
    /// one, a parameter of the wrong type and a name the rule set does not declare are errors.
    /// Then the rules are tried in order.
    ///
    /// ```
    /// use aws_union_client::endpoint::{Params, RuleSet};
    ///
    /// let rules = RuleSet::from_json(r#"{"version": "1.0",
    ///   "parameters": {"Endpoint": {"type": "string"}},
    ///   "rules": [{"type": "endpoint", "conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}],
    ///              "endpoint": {"url": {"ref": "Endpoint"}, "headers": {"x-test": ["yes"]}}}]}"#)?;
    /// let endpoint = rules.resolve(&Params::new().with("Endpoint", "http://localhost:4566"))?;
    /// assert_eq!(endpoint.url(), "http://localhost:4566");
    /// assert_eq!(endpoint.headers()["x-test"], ["yes"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// See [`ResolveError`]: the rule set's own error, a missing, mistyped or unknown
    /// parameter, no matching rule, or an impossible evaluation.
    pub fn resolve(&self, params: &Params) -> Result<Endpoint, ResolveError> {
        self.resolve_in(params, Partitions::builtin())
    }

    /// Resolves the endpoint for `params`, finding regions in `partitions`.
    ///
    /// ```
    /// use aws_union_client::endpoint::{Params, Partitions, RuleSet};
    ///
    /// let rules = RuleSet::from_json(r#"{"version": "1.0", "parameters": {"Region": {"type": "string"}},
    ///   "rules": [{"type": "endpoint", "conditions": [
    ///       {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"}],
    ///     "endpoint": {"url": "https://api.{Region}.{P#dnsSuffix}"}}]}"#)?;
    /// let moon = Partitions::from_json(r#"{"partitions": [{"id": "moon", "regionRegex": "^moon-",
    ///     "regions": {}, "outputs": {"dnsSuffix": "moon.example"}}]}"#)?;
    /// let endpoint = rules.resolve_in(&Params::new().with("Region", "moon-1"), &moon)?;
    /// assert_eq!(endpoint.url(), "https://api.moon-1.moon.example");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`RuleSet::resolve`].
    pub fn resolve_in(
        &self,
        params: &Params,
        partitions: &Partitions,
    ) -> Result<Endpoint, ResolveError> {
        eval::resolve(self, params, partitions)
    }

    pub(crate) fn program(&self) -> &Program {
        &self.program
    }
}
