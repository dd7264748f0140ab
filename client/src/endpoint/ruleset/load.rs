//! Loading: a rule set's JSON tree compiled into a [`Program`], every node once, every
//! mistake reported with its JSON path.

use std::collections::HashMap;

use super::super::error::LoadError;
use super::super::functions::Func;
use super::super::template;
use super::super::tree::{Node, NodeId, Tree};
use super::{
    Condition, EndpointId, EndpointTemplate, Expr, ExprId, NameId, ParamType, Parameter, Program,
    Prop, Rule, RuleId, RuleKind, RuleSet, Template,
};
use crate::endpoint::params::ParamValue;

use super::json_path::At;

/// Not compiled yet, in the memo tables.
const UNSEEN: u32 = u32::MAX;

struct Loader<'t> {
    tree: &'t Tree<'t>,
    what: &'static str,
    program: Program,
    names: HashMap<&'t str, NameId>,
    rule_memo: Vec<RuleId>,
    expr_memo: Vec<ExprId>,
    endpoint_memo: Vec<EndpointId>,
}

pub(super) fn load<'t>(
    tree: &'t Tree<'t>,
    root: NodeId,
    what: &'static str,
) -> Result<RuleSet, LoadError> {
    let n = tree.node_count();
    let mut loader = Loader {
        tree,
        what,
        program: Program::default(),
        names: HashMap::new(),
        rule_memo: vec![UNSEEN; n],
        expr_memo: vec![UNSEEN; n],
        endpoint_memo: vec![UNSEEN; n],
    };
    let at = At::ROOT;
    loader.object(root, &at)?;
    let version = match tree.member(root, "version") {
        Some(v) => loader.string(v, &at.key("version"))?.to_owned(),
        None => return Err(loader.error(&at, "no `version`")),
    };
    let parameters = match tree.member(root, "parameters") {
        Some(p) => loader.parameters(p, &at.key("parameters"))?,
        None => return Err(loader.error(&at, "no `parameters`")),
    };
    let rules = tree
        .member(root, "rules")
        .ok_or_else(|| loader.error(&at, "no `rules`"))?;
    loader.program.top = loader.rule_list(rules, &at.key("rules"))?;
    loader.program.names.shrink_to_fit();
    Ok(RuleSet {
        version,
        parameters,
        program: loader.program,
    })
}

impl<'t> Loader<'t> {
    fn error(&self, at: &At<'_>, message: impl Into<String>) -> LoadError {
        LoadError::new(self.what, &at.render(), message)
    }

    fn expected(&self, at: &At<'_>, what: &str, node: NodeId) -> LoadError {
        self.error(
            at,
            format!("expected {what}, found {}", self.tree.kind(node)),
        )
    }

    fn object(&self, node: NodeId, at: &At<'_>) -> Result<(), LoadError> {
        match self.tree.node(node) {
            Node::Object { .. } => Ok(()),
            _ => Err(self.expected(at, "an object", node)),
        }
    }

    fn string(&self, node: NodeId, at: &At<'_>) -> Result<&'t str, LoadError> {
        self.tree
            .as_str(node)
            .ok_or_else(|| self.expected(at, "a string", node))
    }

    fn list(&self, node: NodeId, at: &At<'_>) -> Result<&'t [NodeId], LoadError> {
        self.tree
            .items(node)
            .ok_or_else(|| self.expected(at, "a list", node))
    }

    /// The member `key` of an object node, which must be there.
    fn required(&self, node: NodeId, key: &str, at: &At<'_>) -> Result<NodeId, LoadError> {
        self.object(node, at)?;
        self.tree
            .member(node, key)
            .ok_or_else(|| self.error(at, format!("no `{key}`")))
    }

    fn name(&mut self, name: &'t str) -> NameId {
        if let Some(&id) = self.names.get(name) {
            return id;
        }
        let id = self.program.names.len() as NameId;
        self.program.names.push(name.into());
        self.names.insert(name, id);
        id
    }

    fn parameters(&mut self, node: NodeId, at: &At<'_>) -> Result<Vec<Parameter>, LoadError> {
        self.object(node, at)?;
        let tree = self.tree;
        let mut parameters = Vec::new();
        for (name, spec) in tree.members(node).into_iter().flatten() {
            let at = at.key(name);
            let type_node = self.required(spec, "type", &at)?;
            let type_name = self.string(type_node, &at.key("type"))?;
            let param_type = ParamType::named(type_name).ok_or_else(|| {
                self.error(
                    &at.key("type"),
                    format!(
                        "unknown parameter type `{type_name}` (not string, boolean or stringArray)"
                    ),
                )
            })?;
            let built_in = match tree.member(spec, "builtIn") {
                Some(b) => Some(self.string(b, &at.key("builtIn"))?.to_owned()),
                None => None,
            };
            let required = match tree.member(spec, "required").map(|r| tree.node(r)) {
                Some(Node::Bool(required)) => required,
                None => false,
                Some(_) => return Err(self.error(&at.key("required"), "expected a boolean")),
            };
            let default = match tree.member(spec, "default") {
                Some(d) => Some(self.default(d, param_type, &at.key("default"))?),
                None => None,
            };
            let id = self.name(name);
            parameters.push(Parameter {
                name: name.to_owned(),
                param_type,
                built_in,
                default,
                required,
                id,
            });
        }
        Ok(parameters)
    }

    fn default(
        &self,
        node: NodeId,
        param_type: ParamType,
        at: &At<'_>,
    ) -> Result<ParamValue, LoadError> {
        let value = match (param_type, self.tree.node(node)) {
            (ParamType::String, Node::Str(s)) => {
                Some(ParamValue::String(self.tree.string(s).to_owned()))
            }
            (ParamType::Boolean, Node::Bool(b)) => Some(ParamValue::Boolean(b)),
            (ParamType::StringArray, Node::Array { .. }) => self
                .list(node, at)?
                .iter()
                .map(|&item| self.tree.as_str(item).map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .map(ParamValue::StringArray),
            _ => None,
        };
        value.ok_or_else(|| self.expected(at, &format!("a {} default", param_type.name()), node))
    }

    /// Each item of the list `node`, loaded by `load` at its own path.
    fn each<T>(
        &mut self,
        node: NodeId,
        at: &At<'_>,
        mut load: impl FnMut(&mut Self, NodeId, &At<'_>) -> Result<T, LoadError>,
    ) -> Result<Vec<T>, LoadError> {
        let items = self.list(node, at)?;
        items
            .iter()
            .enumerate()
            .map(|(i, &item)| load(self, item, &at.index(i)))
            .collect()
    }

    fn rule_list(&mut self, node: NodeId, at: &At<'_>) -> Result<Vec<RuleId>, LoadError> {
        self.each(node, at, Self::rule)
    }

    fn rule(&mut self, node: NodeId, at: &At<'_>) -> Result<RuleId, LoadError> {
        if self.rule_memo[node as usize] != UNSEEN {
            return Ok(self.rule_memo[node as usize]);
        }
        let type_node = self.required(node, "type", at)?;
        let rule_type = self.string(type_node, &at.key("type"))?;
        let conditions_node = self.required(node, "conditions", at)?;
        let conditions = self.each(conditions_node, &at.key("conditions"), Self::condition)?;
        let kind = match rule_type {
            "tree" => {
                RuleKind::Tree(self.rule_list(self.required(node, "rules", at)?, &at.key("rules"))?)
            }
            "endpoint" => RuleKind::Endpoint(
                self.endpoint(self.required(node, "endpoint", at)?, &at.key("endpoint"))?,
            ),
            "error" => {
                RuleKind::Error(self.expr(self.required(node, "error", at)?, &at.key("error"))?)
            }
            other => {
                return Err(self.error(
                    &at.key("type"),
                    format!("unknown rule type `{other}` (not tree, endpoint or error)"),
                ))
            }
        };
        self.program.rules.push(Rule { conditions, kind });
        let id = (self.program.rules.len() - 1) as RuleId;
        self.rule_memo[node as usize] = id;
        Ok(id)
    }

    fn condition(&mut self, node: NodeId, at: &At<'_>) -> Result<Condition, LoadError> {
        if self.tree.member(node, "fn").is_none() {
            return Err(self.error(at, "a condition must be a function call (`fn`)"));
        }
        let assign = match self.tree.member(node, "assign") {
            Some(name) => Some(self.string(name, &at.key("assign"))?),
            None => None,
        };
        Ok(Condition {
            expr: self.call(node, at)?,
            assign: assign.map(|name| self.name(name)),
        })
    }

    fn push_expr(&mut self, expr: Expr) -> ExprId {
        self.program.exprs.push(expr);
        (self.program.exprs.len() - 1) as ExprId
    }

    /// A function argument, an error message or an endpoint URL or header value.
    fn expr(&mut self, node: NodeId, at: &At<'_>) -> Result<ExprId, LoadError> {
        if self.expr_memo[node as usize] != UNSEEN {
            return Ok(self.expr_memo[node as usize]);
        }
        let tree = self.tree;
        let expr = match tree.node(node) {
            Node::Str(s) => match self.template(tree.string(s), at)? {
                Some(template) => Expr::Template(template),
                None => Expr::Literal(tree.to_val(node)),
            },
            Node::Object { .. } if tree.member(node, "assign").is_some() => {
                return Err(self.error(at, "`assign` is only allowed on a condition"));
            }
            Node::Object { .. } if tree.member(node, "fn").is_some() => return self.call(node, at),
            Node::Object { .. } if tree.member(node, "ref").is_some() => {
                let name = self.string(self.required(node, "ref", at)?, &at.key("ref"))?;
                Expr::Ref(self.name(name))
            }
            _ => Expr::Literal(tree.to_val(node)),
        };
        let id = self.push_expr(expr);
        self.expr_memo[node as usize] = id;
        Ok(id)
    }

    /// `{"fn": name, "argv": [...]}` (an `assign` beside them is the condition's business).
    fn call(&mut self, node: NodeId, at: &At<'_>) -> Result<ExprId, LoadError> {
        if self.expr_memo[node as usize] != UNSEEN {
            return Ok(self.expr_memo[node as usize]);
        }
        let name = self.string(self.required(node, "fn", at)?, &at.key("fn"))?;
        let argv_at = at.key("argv");
        let argv_node = self.required(node, "argv", at)?;
        let argv = self.list(argv_node, &argv_at)?;
        let expr = if name == "getAttr" {
            let [value, path] = argv[..] else {
                return Err(self.arity_error(at, name, "2", argv.len()));
            };
            let path_at = argv_at.index(1);
            let path_text = self.string(path, &path_at)?;
            let path = template::parse_path(path_text).map_err(|why| self.error(&path_at, why))?;
            Expr::GetAttr(self.expr(value, &argv_at.index(0))?, path)
        } else {
            let func = Func::named(name)
                .ok_or_else(|| self.error(at, format!("unknown function `{name}`")))?;
            let (min, max) = func.arity();
            if argv.len() < min || argv.len() > max {
                let expected = match (min, max) {
                    (min, max) if min == max => min.to_string(),
                    (min, usize::MAX) => format!("{min} or more"),
                    (min, max) => format!("{min} to {max}"),
                };
                return Err(self.arity_error(at, name, &expected, argv.len()));
            }
            Expr::Call(func, self.each(argv_node, &argv_at, Self::expr)?)
        };
        let id = self.push_expr(expr);
        self.expr_memo[node as usize] = id;
        Ok(id)
    }

    fn arity_error(&self, at: &At<'_>, name: &str, expected: &str, got: usize) -> LoadError {
        self.error(
            at,
            format!("`{name}` takes {expected} arguments, not {got}"),
        )
    }

    fn template(&mut self, s: &'t str, at: &At<'_>) -> Result<Option<Template>, LoadError> {
        template::parse(s, |name| self.name(name)).map_err(|why| self.error(at, why))
    }

    fn endpoint(&mut self, node: NodeId, at: &At<'_>) -> Result<EndpointId, LoadError> {
        if self.endpoint_memo[node as usize] != UNSEEN {
            return Ok(self.endpoint_memo[node as usize]);
        }
        let tree = self.tree;
        let url = self.expr(self.required(node, "url", at)?, &at.key("url"))?;
        let mut headers = Vec::new();
        if let Some(h) = tree.member(node, "headers") {
            let headers_at = at.key("headers");
            self.object(h, &headers_at)?;
            for (name, values) in tree.members(h).into_iter().flatten() {
                let values = self.each(values, &headers_at.key(name), Self::expr)?;
                headers.push((name.into(), values));
            }
        }
        let properties = match tree.member(node, "properties") {
            Some(p) => {
                let properties_at = at.key("properties");
                self.object(p, &properties_at)?;
                match self.prop(p, &properties_at)? {
                    Prop::Object(members) => members,
                    _ => Vec::new(),
                }
            }
            None => Vec::new(),
        };
        self.program.endpoints.push(EndpointTemplate {
            url,
            headers,
            properties,
        });
        let id = (self.program.endpoints.len() - 1) as EndpointId;
        self.endpoint_memo[node as usize] = id;
        Ok(id)
    }

    /// A property value: JSON kept as it is, but for template strings.
    fn prop(&mut self, node: NodeId, at: &At<'_>) -> Result<Prop, LoadError> {
        let tree = self.tree;
        Ok(match tree.node(node) {
            Node::Str(s) => match self.template(tree.string(s), at)? {
                Some(template) => Prop::Template(template),
                None => Prop::Literal(tree.to_val(node)),
            },
            Node::Array { .. } => Prop::Array(self.each(node, at, Self::prop)?),
            Node::Object { .. } => Prop::Object(
                tree.members(node)
                    .into_iter()
                    .flatten()
                    .map(|(key, value)| Ok((key.into(), self.prop(value, &at.key(key))?)))
                    .collect::<Result<_, LoadError>>()?,
            ),
            _ => Prop::Literal(tree.to_val(node)),
        })
    }
}
