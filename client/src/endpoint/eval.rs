//! Evaluation: parameters bound, then the rules tried in order, as botocore's endpoint provider
//! does. A rule matches when each of its conditions gives something other than `false` or
//! unset; a condition's `assign` binds its result for the rest of the rule (and the rules
//! under a tree rule), never past it.

use std::collections::BTreeMap;

use super::error::ResolveError;
use super::functions::Func;
use super::params::Params;
use super::partitions::Partitions;
use super::ruleset::{
    EndpointId, Expr, ExprId, NameId, Program, Prop, Rule, RuleId, RuleKind, RuleSet, Template,
};
use super::template::{Segment, Step};
use super::value::{Val, Value};
use super::Endpoint;

pub(crate) fn resolve(
    rule_set: &RuleSet,
    params: &Params,
    partitions: &Partitions,
) -> Result<Endpoint, ResolveError> {
    let parameters = rule_set.parameters();
    if let Some((unknown, _)) = params
        .iter()
        .find(|(name, _)| !parameters.iter().any(|p| p.name() == *name))
    {
        return Err(ResolveError::UnknownParameter(unknown.to_owned()));
    }
    let mut scope = Scope {
        vars: Vec::with_capacity(parameters.len() + 8),
    };
    for parameter in parameters {
        let value = parameter.value_in(params)?;
        if value.is_set() {
            scope.vars.push((parameter.id(), value));
        }
    }
    let evaluator = Evaluator {
        program: rule_set.program(),
        partitions,
    };
    for &rule in &evaluator.program.top {
        if let Some(endpoint) = evaluator.rule(rule, &mut scope)? {
            return Ok(endpoint);
        }
    }
    Err(ResolveError::NoRuleMatched)
}

/// The variables in scope: parameters, then the assignments of the rules being evaluated.
struct Scope {
    vars: Vec<(NameId, Val)>,
}

impl Scope {
    fn get(&self, name: NameId) -> Val {
        self.vars
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map_or(Val::None, |(_, v)| v.clone())
    }
}

struct Evaluator<'a> {
    program: &'a Program,
    partitions: &'a Partitions,
}

impl Evaluator<'_> {
    fn name(&self, name: NameId) -> &str {
        &self.program.names[name as usize]
    }

    /// The rule's endpoint if it matches, `None` if it does not; its error if it is a matching
    /// error rule. Its assignments are gone afterwards.
    fn rule(&self, id: RuleId, scope: &mut Scope) -> Result<Option<Endpoint>, ResolveError> {
        let mark = scope.vars.len();
        let result = self.matched_rule(&self.program.rules[id as usize], scope);
        scope.vars.truncate(mark);
        result
    }

    fn matched_rule(
        &self,
        rule: &Rule,
        scope: &mut Scope,
    ) -> Result<Option<Endpoint>, ResolveError> {
        for condition in &rule.conditions {
            let value = self.expr(condition.expr, scope)?;
            let holds = !matches!(value, Val::None | Val::Bool(false));
            if let Some(name) = condition.assign {
                if scope.vars.iter().any(|(n, _)| *n == name) {
                    return Err(ResolveError::Evaluation(format!(
                        "`{}` is assigned where it is already set",
                        self.name(name)
                    )));
                }
                scope.vars.push((name, value));
            }
            if !holds {
                return Ok(None);
            }
        }
        match &rule.kind {
            RuleKind::Tree(rules) => {
                for &rule in rules {
                    if let Some(endpoint) = self.rule(rule, scope)? {
                        return Ok(Some(endpoint));
                    }
                }
                Ok(None)
            }
            RuleKind::Endpoint(endpoint) => self.endpoint(*endpoint, scope).map(Some),
            RuleKind::Error(message) => match self.expr(*message, scope)? {
                Val::Str(message) => Err(ResolveError::RuleSet(message.to_string())),
                other => Err(ResolveError::Evaluation(format!(
                    "an error rule's message is {}, not a string",
                    other.kind()
                ))),
            },
        }
    }

    fn expr(&self, id: ExprId, scope: &Scope) -> Result<Val, ResolveError> {
        match &self.program.exprs[id as usize] {
            Expr::Literal(value) => Ok(value.clone()),
            Expr::Template(template) => self.template(template, scope).map(|s| Val::Str(s.into())),
            Expr::Ref(name) => Ok(scope.get(*name)),
            Expr::GetAttr(value, path) => Ok(get_attr(self.expr(*value, scope)?, path)),
            Expr::Call(Func::Coalesce, args) => {
                for &arg in args {
                    let value = self.expr(arg, scope)?;
                    if value.is_set() {
                        return Ok(value);
                    }
                }
                Ok(Val::None)
            }
            // Three arguments, as the loader checked.
            Expr::Call(Func::Ite, args) => match args[..] {
                [condition, then, otherwise] => match self.expr(condition, scope)? {
                    Val::Bool(true) => self.expr(then, scope),
                    Val::Bool(false) => self.expr(otherwise, scope),
                    other => Err(ResolveError::Evaluation(format!(
                        "`ite` takes a boolean condition, not {}",
                        other.kind()
                    ))),
                },
                _ => Err(ResolveError::Evaluation(
                    "`ite` takes 3 arguments".to_owned(),
                )),
            },
            Expr::Call(func, args) => {
                let values = args
                    .iter()
                    .map(|&arg| self.expr(arg, scope))
                    .collect::<Result<Vec<_>, _>>()?;
                func.apply(&values, self.partitions)
                    .map_err(ResolveError::Evaluation)
            }
        }
    }

    fn template(&self, template: &Template, scope: &Scope) -> Result<String, ResolveError> {
        let mut out = String::new();
        for segment in template {
            match segment {
                Segment::Text(text) => out.push_str(text),
                Segment::Field(field) => match get_attr(scope.get(field.name), &field.path) {
                    Val::Str(s) => out.push_str(&s),
                    Val::Int(i) => out.push_str(&i.to_string()),
                    other => {
                        return Err(ResolveError::Evaluation(format!(
                            "the template field `{}` is {}, not a string",
                            self.name(field.name),
                            other.kind()
                        )))
                    }
                },
            }
        }
        Ok(out)
    }

    fn string(&self, id: ExprId, scope: &Scope, what: &str) -> Result<String, ResolveError> {
        match self.expr(id, scope)? {
            Val::Str(s) => Ok(s.to_string()),
            other => Err(ResolveError::Evaluation(format!(
                "{what} is {}, not a string",
                other.kind()
            ))),
        }
    }

    fn endpoint(&self, id: EndpointId, scope: &Scope) -> Result<Endpoint, ResolveError> {
        let template = &self.program.endpoints[id as usize];
        let url = self.string(template.url, scope, "the endpoint URL")?;
        let mut headers = BTreeMap::new();
        for (name, values) in &template.headers {
            let values = values
                .iter()
                .map(|&v| self.string(v, scope, "a header value"))
                .collect::<Result<Vec<_>, _>>()?;
            headers.insert(name.to_string(), values);
        }
        let mut properties = BTreeMap::new();
        for (name, prop) in &template.properties {
            properties.insert(name.to_string(), self.prop(prop, scope)?);
        }
        Ok(Endpoint::new(url, headers, properties))
    }

    fn prop(&self, prop: &Prop, scope: &Scope) -> Result<Value, ResolveError> {
        Ok(match prop {
            Prop::Literal(value) => value.to_value(),
            Prop::Template(template) => Value::String(self.template(template, scope)?),
            Prop::Array(items) => Value::Array(
                items
                    .iter()
                    .map(|item| self.prop(item, scope))
                    .collect::<Result<_, _>>()?,
            ),
            Prop::Object(members) => Value::Object(
                members
                    .iter()
                    .map(|(name, value)| Ok((name.to_string(), self.prop(value, scope)?)))
                    .collect::<Result<_, ResolveError>>()?,
            ),
        })
    }
}

/// `getAttr`: keys of objects and indexes of lists; unset wherever the path leads nowhere.
fn get_attr(mut value: Val, path: &[Step]) -> Val {
    for step in path {
        value = match step {
            Step::Key(key) => value.member(key),
            Step::Index(index) => value.item(*index),
        };
    }
    value
}
