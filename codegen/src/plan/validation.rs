//! Which generated types check their values before a request is built, and what each member
//! checks: botocore's parameter validation below the input's own members (required members,
//! `min` lengths and values, list items, map keys and values, at any depth).
//!
//! Only structures and unions reachable from an operation's input, and holding something to
//! check (themselves or through the types they hold), get checks: a type with nothing to check
//! is never walked, so it costs no code and no time per call.

use std::collections::{BTreeMap, BTreeSet};

use super::{Class, Ctx, Field, Item, ItemKind, Ty};
use crate::model::Shape;

/// One check of a member, below the input or on the input's own member.
#[derive(Debug, Clone, PartialEq)]
pub enum NestedCheck {
    /// A member the model marks required, held as an `Option`, is set.
    Required,
    /// A required enum held plain is not its unset value.
    EnumSet,
    /// A required union held plain has a member set.
    UnionSet,
    /// A set string (characters), list, map or blob is at least this long.
    MinLength(u64),
    /// A set number is at least this.
    MinValue(f64),
    /// Each item of a list, or value of a map, is at least this long.
    ItemsMinLength(u64),
    /// Each item of a list, or value of a map, is at least this.
    ItemsMinValue(f64),
    /// Each key of a map is at least this long.
    KeysMinLength(u64),
    /// The member holds (alone, or in lists, maps and boxes) types that check themselves.
    Nested,
}

/// A member's check.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberCheck {
    /// The Rust field (or, in a union, the variant).
    pub field: String,
    /// The member's model name, for the error's path.
    pub member: String,
    /// What is checked.
    pub kind: NestedCheck,
}

/// A generated structure or union that checks its members.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeChecks {
    /// The type's Rust name.
    pub name: String,
    /// A union: each check applies to its variant, when that is the one set.
    pub union: bool,
    /// Its members' checks, in member order.
    pub checks: Vec<MemberCheck>,
}

/// The `min` of a shape, as a length or a value by the shape's kind; none for a string enum
/// (an enum's values are the model's own, and botocore does not check their length).
fn min_of(ctx: &Ctx, name: &str) -> Option<NestedCheck> {
    let shape = ctx.shape(name);
    if ctx.class(name) == Class::Enum {
        return None;
    }
    let min = shape.min.as_ref()?;
    match shape.kind.as_str() {
        "string" | "list" | "map" | "blob" => {
            min.as_u64().filter(|m| *m > 0).map(NestedCheck::MinLength)
        }
        "integer" | "long" | "float" | "double" => min.as_f64().map(NestedCheck::MinValue),
        _ => None,
    }
}

/// The checks a member's own value needs, not counting `Nested`: with `top_level`, only
/// those the input's own checks (required, `min`) do not already cover.
pub(crate) fn value_checks(
    ctx: &Ctx,
    shape: &Shape,
    field: &Field,
    top_level: bool,
) -> Vec<NestedCheck> {
    let mut out = Vec::new();
    let Some(member) = shape.members.get(&field.member) else {
        return out;
    };
    let target = ctx.shape(&member.shape);
    let required = !shape.union && shape.required.contains(&field.member);
    if required && !top_level {
        out.extend(match (field.required, ctx.class(&member.shape)) {
            (false, _) => Some(NestedCheck::Required),
            (true, Class::Enum) => Some(NestedCheck::EnumSet),
            (true, Class::Union) => Some(NestedCheck::UnionSet),
            _ => None,
        });
    }
    if !top_level {
        out.extend(min_of(ctx, &member.shape));
    }
    let items = match target.kind.as_str() {
        "list" => target.member.as_ref(),
        "map" => target.value.as_ref(),
        _ => None,
    };
    if let Some(item) = items {
        out.extend(match min_of(ctx, &item.shape) {
            Some(NestedCheck::MinLength(min)) => Some(NestedCheck::ItemsMinLength(min)),
            Some(NestedCheck::MinValue(min)) => Some(NestedCheck::ItemsMinValue(min)),
            _ => None,
        });
    }
    if let Some(key) = target.key.as_ref().filter(|_| target.kind == "map") {
        if let Some(NestedCheck::MinLength(min)) = min_of(ctx, &key.shape) {
            out.push(NestedCheck::KeysMinLength(min));
        }
    }
    out
}

/// Does `ty` hold (through lists, maps and boxes) a type named in `names`?
pub(crate) fn reaches(ty: &Ty, names: &BTreeSet<String>) -> bool {
    match ty {
        Ty::Named(name) => names.contains(name),
        Ty::List(inner, _) | Ty::Boxed(inner) => reaches(inner, names),
        Ty::Map(key, value, _) => reaches(key, names) || reaches(value, names),
        _ => false,
    }
}

fn fields(item: &Item) -> Option<(&[Field], bool)> {
    match &item.kind {
        ItemKind::Structure(fields) => Some((fields, false)),
        ItemKind::Union(fields) => Some((fields, true)),
        ItemKind::Enum(_) => None,
    }
}

/// The types that check their members, for the operations' inputs `inputs` (Rust names).
pub(crate) fn plan(ctx: &Ctx, items: &[Item], inputs: &BTreeSet<String>) -> Vec<TypeChecks> {
    let by_name: BTreeMap<&str, &Item> = items.iter().map(|i| (i.name.as_str(), i)).collect();
    // The types an input holds, at any depth (an input's own members are checked by its
    // operation's `build_request`; an input held by another input is checked there too).
    let mut reachable: BTreeSet<String> = BTreeSet::new();
    let mut pending: Vec<&str> = inputs.iter().map(String::as_str).collect();
    while let Some(name) = pending.pop() {
        let Some((fields, _)) = by_name.get(name).and_then(|i| fields(i)) else {
            continue;
        };
        for field in fields {
            let mut named = Vec::new();
            crate::emit_operations::named_in(&field.ty, &mut named);
            for n in named {
                if reachable.insert(n.clone()) {
                    pending.push(by_name.get(n.as_str()).map_or("", |i| i.name.as_str()));
                }
            }
        }
    }
    // Each reachable type's own checks, then the types that hold a checking type, until
    // nothing changes (recursion included: each round only adds types).
    let mut own: BTreeMap<&str, Vec<MemberCheck>> = BTreeMap::new();
    for name in &reachable {
        let Some(item) = by_name.get(name.as_str()) else {
            continue;
        };
        let Some((item_fields, _)) = fields(item) else {
            continue;
        };
        let shape = ctx.shape(&item.shape);
        let checks: Vec<MemberCheck> = item_fields
            .iter()
            .flat_map(|field| {
                value_checks(ctx, shape, field, false)
                    .into_iter()
                    .map(|kind| MemberCheck {
                        field: field.name.clone(),
                        member: field.member.clone(),
                        kind,
                    })
            })
            .collect();
        own.insert(item.name.as_str(), checks);
    }
    let mut checking: BTreeSet<String> = own
        .iter()
        .filter(|(_, checks)| !checks.is_empty())
        .map(|(name, _)| (*name).to_owned())
        .collect();
    loop {
        let before = checking.len();
        for name in own.keys() {
            let holds = by_name
                .get(name)
                .and_then(|i| fields(i))
                .is_some_and(|(f, _)| f.iter().any(|f| reaches(&f.ty, &checking)));
            if holds {
                checking.insert((*name).to_owned());
            }
        }
        if checking.len() == before {
            break;
        }
    }
    let mut out = Vec::new();
    for item in items.iter().filter(|i| checking.contains(&i.name)) {
        let Some((item_fields, union)) = fields(item) else {
            continue;
        };
        let mut checks = Vec::new();
        for field in item_fields {
            checks.extend(
                own[item.name.as_str()]
                    .iter()
                    .filter(|c| c.field == field.name)
                    .cloned(),
            );
            if reaches(&field.ty, &checking) {
                checks.push(MemberCheck {
                    field: field.name.clone(),
                    member: field.member.clone(),
                    kind: NestedCheck::Nested,
                });
            }
        }
        out.push(TypeChecks {
            name: item.name.clone(),
            union,
            checks,
        });
    }
    out
}
