//! Stage 3, emit, for the setters of the structures an input reaches: one chained method per
//! member, by value. Text laid out as rustfmt lays it out (`code_layout`).

use crate::code_layout::{doc, signature, Code};
use crate::emit_operations::{call, fields, structure};
use crate::plan::{ClientPlan, Field, Plan, Ty};
use crate::type_text::item_text;

/// A setter's parameter type: `impl Into<T>` for a type without generic arguments (a string
/// literal for a `String`, a `u8` for an `i32`), the type itself otherwise.
fn param_type(ty: &Ty, sparse: bool) -> (String, bool) {
    let text = item_text(ty, sparse);
    if text.contains('<') {
        (text, false)
    } else {
        (format!("impl ::core::convert::Into<{text}>"), true)
    }
}

/// Method names that would hide a trait method users call on the structure: such a member's
/// setter is `set_…`.
const TRAIT_METHODS: [&str; 12] = [
    "borrow", "clone", "cmp", "default", "eq", "fmt", "from", "hash", "into", "ne", "to_owned",
    "try_into",
];

/// The setters of a structure: one per member, by value, chained.
pub(crate) fn setters(plan: &Plan, name: &str) -> String {
    let Some((_, members)) = structure(plan, name) else {
        return String::new();
    };
    if members.is_empty() {
        return String::new();
    }
    let mut code = Code::new(0);
    code.open(&format!("impl {name} {{"));
    for field in members {
        setter(&mut code, field);
    }
    code.close("}");
    code.finish()
}

fn setter(code: &mut Code, field: &Field) {
    let bare = field.name.trim_start_matches("r#");
    let method = if TRAIT_METHODS.contains(&bare) {
        format!("set_{bare}")
    } else {
        field.name.clone()
    };
    let place = format!("self.{}", field.name);
    let member = &field.member;
    match &field.ty {
        Ty::List(item, sparse) => {
            let (param, into) = param_type(item, *sparse);
            doc(code, &format!("Adds an item to `{member}`."));
            signature(
                code,
                &format!("pub fn {method}"),
                &["mut self".to_owned(), format!("item: {param}")],
                Some(("Self", &[])),
            );
            if field.required {
                let value = if into { "item.into()" } else { "item" };
                // A statement short enough for one line, whatever the field's name.
                code.line(&format!("let list = &mut {place};"));
                code.line(&format!("list.push({value});"));
            } else {
                let target = format!("&mut {place}");
                code.call(
                    &call("::aws_union_client::operation::push", &[&target, "item"]),
                    ";",
                );
            }
        }
        Ty::Map(key, value, sparse) => {
            let (key_param, key_into) = param_type(key, false);
            let (value_param, value_into) = param_type(value, *sparse);
            doc(
                code,
                &format!("Adds an entry to `{member}` (replacing one of the same key)."),
            );
            signature(
                code,
                &format!("pub fn {method}"),
                &[
                    "mut self".to_owned(),
                    format!("key: {key_param}"),
                    format!("value: {value_param}"),
                ],
                Some(("Self", &[])),
            );
            if field.required {
                let key = if key_into { "key.into()" } else { "key" };
                let value = if value_into { "value.into()" } else { "value" };
                code.line(&format!("let map = &mut {place};"));
                code.line(&format!("map.insert({key}, {value});"));
            } else {
                let target = format!("&mut {place}");
                code.call(
                    &call(
                        "::aws_union_client::operation::insert",
                        &[&target, "key", "value"],
                    ),
                    ";",
                );
            }
        }
        ty => {
            let (param, into) = param_type(ty, false);
            doc(code, &format!("Sets `{member}`."));
            signature(
                code,
                &format!("pub fn {method}"),
                &["mut self".to_owned(), format!("value: {param}")],
                Some(("Self", &[])),
            );
            let value = if into { "value.into()" } else { "value" };
            if field.required {
                code.line(&format!("{place} = {value};"));
            } else {
                code.assign(&place, &call("Some", &[value]));
            }
        }
    }
    code.line("self");
    code.close("}");
}

/// Every structure with setters, in the plan's order.
pub(crate) fn all_setters(plan: &Plan, client: &ClientPlan) -> String {
    let mut out = String::new();
    for item in &plan.items {
        if client.setters.contains(&item.name) && !fields(plan, Some(&item.name)).is_empty() {
            out.push_str(&setters(plan, &item.name));
        }
    }
    out
}
