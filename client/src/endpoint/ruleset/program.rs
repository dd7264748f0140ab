//! The compiled rules the evaluator walks: arenas indexed by id, each node of the input
//! compiled once (so a subtree shared in the compact form is shared here too).

use super::super::functions::Func;
use super::super::template::{Segment, Step};
use super::super::value::Val;

pub(crate) type NameId = u32;
pub(crate) type RuleId = u32;
pub(crate) type ExprId = u32;
pub(crate) type EndpointId = u32;

/// The compiled rules of a rule set.
#[derive(Debug, Clone, Default)]
pub(crate) struct Program {
    /// Interned parameter and variable names.
    pub(crate) names: Vec<Box<str>>,
    pub(crate) rules: Vec<Rule>,
    pub(crate) exprs: Vec<Expr>,
    pub(crate) endpoints: Vec<EndpointTemplate>,
    /// The rule set's top-level rules.
    pub(crate) top: Vec<RuleId>,
}

#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub(crate) conditions: Vec<Condition>,
    pub(crate) kind: RuleKind,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Condition {
    pub(crate) expr: ExprId,
    /// The variable the result is bound to, for the rest of the rule.
    pub(crate) assign: Option<NameId>,
}

#[derive(Debug, Clone)]
pub(crate) enum RuleKind {
    Tree(Vec<RuleId>),
    Endpoint(EndpointId),
    Error(ExprId),
}

pub(crate) type Template = Vec<Segment<NameId>>;

#[derive(Debug, Clone)]
pub(crate) enum Expr {
    Literal(Val),
    Template(Template),
    Ref(NameId),
    Call(Func, Vec<ExprId>),
    GetAttr(ExprId, Vec<Step>),
}

#[derive(Debug, Clone)]
pub(crate) struct EndpointTemplate {
    pub(crate) url: ExprId,
    pub(crate) headers: Vec<(Box<str>, Vec<ExprId>)>,
    pub(crate) properties: Vec<(Box<str>, Prop)>,
}

/// An endpoint property: JSON whose strings may be templates.
#[derive(Debug, Clone)]
pub(crate) enum Prop {
    Literal(Val),
    Template(Template),
    Array(Vec<Prop>),
    Object(Vec<(Box<str>, Prop)>),
}
