//! The inputs of a resolution: parameters by the rule set's own names, and built-in values
//! (`AWS::Region`, `SDK::Endpoint`, …) for the parameters that declare them.

use std::collections::BTreeMap;

use super::error::LoadError;
use super::value::Val;

/// The value of one endpoint parameter: the three types rule sets declare.
///
/// ```
/// use aws_union_client::endpoint::ParamValue;
///
/// assert_eq!(ParamValue::from("us-east-1"), ParamValue::String("us-east-1".into()));
/// assert_eq!(ParamValue::from(true), ParamValue::Boolean(true));
/// assert_eq!(
///     ParamValue::from(vec!["arn:aws:dynamodb:us-east-1:111122223333:table/t"]),
///     ParamValue::StringArray(vec!["arn:aws:dynamodb:us-east-1:111122223333:table/t".into()]),
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ParamValue {
    /// A `string` parameter.
    String(String),
    /// A `boolean` parameter.
    Boolean(bool),
    /// A `stringArray` parameter.
    StringArray(Vec<String>),
}

impl ParamValue {
    pub(crate) fn to_val(&self) -> Val {
        match self {
            Self::String(s) => Val::str(s),
            Self::Boolean(b) => Val::Bool(*b),
            Self::StringArray(items) => Val::Array(items.iter().map(|s| Val::str(s)).collect()),
        }
    }
}

impl From<&str> for ParamValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<String> for ParamValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<bool> for ParamValue {
    fn from(value: bool) -> Self {
        Self::Boolean(value)
    }
}

impl From<Vec<String>> for ParamValue {
    fn from(value: Vec<String>) -> Self {
        Self::StringArray(value)
    }
}

impl From<Vec<&str>> for ParamValue {
    fn from(value: Vec<&str>) -> Self {
        Self::StringArray(value.into_iter().map(str::to_owned).collect())
    }
}

/// The parameters of one resolution, by the names the rule set declares (`Region`, `UseFIPS`,
/// `Endpoint`, …), and built-in values by their built-in names.
///
/// A parameter left out takes the rule set's default, else it is unset. A built-in value
/// (e.g. `AWS::Region`) fills each parameter that declares that `builtIn` and is not set by
/// name, as botocore fills them from the client's configuration; built-ins no parameter of the
/// rule set declares are ignored, so one set of built-ins serves every service.
///
/// ```
/// use aws_union_client::endpoint::Params;
///
/// let params = Params::new()
///     .with("UseFIPS", true)
///     .with_builtin("AWS::Region", "eu-west-1");
/// assert_eq!(params.get("UseFIPS"), Some(&true.into()));
/// assert_eq!(params.builtin("AWS::Region"), Some(&"eu-west-1".into()));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Params {
    values: BTreeMap<String, ParamValue>,
    builtins: BTreeMap<String, ParamValue>,
}

impl Params {
    /// No parameters.
    ///
    /// ```
    /// assert!(aws_union_client::endpoint::Params::new().is_empty());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the parameter `name` (the rule set's name, e.g. `Region`).
    ///
    /// ```
    /// use aws_union_client::endpoint::Params;
    ///
    /// let params = Params::new().with("Region", "us-west-2").with("UseDualStack", true);
    /// assert_eq!(params.get("Region"), Some(&"us-west-2".into()));
    /// ```
    pub fn with(mut self, name: impl Into<String>, value: impl Into<ParamValue>) -> Self {
        self.set(name, value);
        self
    }

    /// Sets the parameter `name` in place.
    ///
    /// ```
    /// use aws_union_client::endpoint::Params;
    ///
    /// let mut params = Params::new();
    /// params.set("Endpoint", "https://localhost:8443");
    /// assert_eq!(params.get("Endpoint"), Some(&"https://localhost:8443".into()));
    /// ```
    pub fn set(&mut self, name: impl Into<String>, value: impl Into<ParamValue>) {
        self.values.insert(name.into(), value.into());
    }

    /// Sets the built-in value `name` (e.g. `AWS::Region`, `AWS::UseFIPS`, `SDK::Endpoint`).
    ///
    /// ```
    /// use aws_union_client::endpoint::Params;
    ///
    /// let params = Params::new().with_builtin("AWS::UseFIPS", true);
    /// assert_eq!(params.builtin("AWS::UseFIPS"), Some(&true.into()));
    /// ```
    pub fn with_builtin(mut self, name: impl Into<String>, value: impl Into<ParamValue>) -> Self {
        self.builtins.insert(name.into(), value.into());
        self
    }

    /// The parameter `name`, if set.
    ///
    /// ```
    /// use aws_union_client::endpoint::Params;
    ///
    /// assert_eq!(Params::new().get("Region"), None);
    /// ```
    pub fn get(&self, name: &str) -> Option<&ParamValue> {
        self.values.get(name)
    }

    /// The built-in value `name`, if set.
    ///
    /// ```
    /// use aws_union_client::endpoint::Params;
    ///
    /// assert_eq!(Params::new().builtin("AWS::Region"), None);
    /// ```
    pub fn builtin(&self, name: &str) -> Option<&ParamValue> {
        self.builtins.get(name)
    }

    /// The parameters set by name, in name order.
    ///
    /// ```
    /// use aws_union_client::endpoint::Params;
    ///
    /// let params = Params::new().with("UseFIPS", false).with("Region", "us-east-1");
    /// let names: Vec<&str> = params.iter().map(|(name, _)| name).collect();
    /// assert_eq!(names, ["Region", "UseFIPS"]);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&str, &ParamValue)> {
        self.values.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Whether nothing is set, by name or as a built-in.
    ///
    /// ```
    /// use aws_union_client::endpoint::Params;
    ///
    /// assert!(!Params::new().with_builtin("AWS::Region", "us-east-1").is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.values.is_empty() && self.builtins.is_empty()
    }

    /// Reads parameters from a JSON object of strings, booleans and string lists, the form of
    /// the `params` of the AWS endpoint tests; `null` leaves a parameter unset.
    ///
    /// ```
    /// use aws_union_client::endpoint::Params;
    ///
    /// let params = Params::from_json(r#"{"Region": "us-east-1", "UseFIPS": true, "Endpoint": null}"#)?;
    /// assert_eq!(params, Params::new().with("Region", "us-east-1").with("UseFIPS", true));
    ///
    /// let error = Params::from_json(r#"{"Region": 5}"#).unwrap_err();
    /// assert_eq!(
    ///     error.to_string(),
    ///     "endpoint parameters: at Region: expected a string, a boolean or a list of strings, found a number"
    /// );
    /// # Ok::<(), aws_union_client::endpoint::LoadError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Text that is not JSON, not an object, or a value of another type, naming where.
    pub fn from_json(text: &str) -> Result<Self, LoadError> {
        const WHAT: &str = "endpoint parameters";
        let json: serde_json::Value =
            serde_json::from_str(text).map_err(|e| LoadError::new(WHAT, "", e.to_string()))?;
        let serde_json::Value::Object(members) = json else {
            return Err(LoadError::new(WHAT, "", "expected a JSON object"));
        };
        let mut params = Self::new();
        // `null` leaves a parameter unset, as botocore reads `None`.
        for (name, value) in members.into_iter().filter(|(_, v)| !v.is_null()) {
            let value = param_value_from_json(&value).ok_or_else(|| {
                LoadError::new(
                    WHAT,
                    &name,
                    format!(
                        "expected a string, a boolean or a list of strings, found {}",
                        json_kind(&value)
                    ),
                )
            })?;
            params.set(name, value);
        }
        Ok(params)
    }
}

/// A parameter value (or default) from JSON; `None` for any other JSON.
fn param_value_from_json(json: &serde_json::Value) -> Option<ParamValue> {
    match json {
        serde_json::Value::String(s) => Some(ParamValue::String(s.clone())),
        serde_json::Value::Bool(b) => Some(ParamValue::Boolean(*b)),
        serde_json::Value::Array(items) => items
            .iter()
            .map(|item| item.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()
            .map(ParamValue::StringArray),
        _ => None,
    }
}

fn json_kind(json: &serde_json::Value) -> &'static str {
    match json {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "a list with a non-string item",
        serde_json::Value::Object(_) => "an object",
    }
}
