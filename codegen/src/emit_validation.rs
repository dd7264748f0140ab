//! Stage 3, emit, for the input checks below an input's own members: each checking structure
//! and union's `impl Validate`, and the calls that check one member, as text laid out the way
//! rustfmt lays it out (`code_layout`). Every rule is a call of `aws_union_client`'s
//! `operation::checks`, so that the code per type stays one line per check.

use crate::code_layout::{impl_header, Code};
use crate::emit_operations::{lit, try_call};
use crate::plan::{NestedCheck, TypeChecks};

/// The call of `checks` that runs `kind` on `value` (an expression borrowing the member's
/// value), for the member `member` under the path `at`.
pub(crate) fn check_call(code: &mut Code, kind: &NestedCheck, at: &str, member: &str, value: &str) {
    let member = lit(member);
    let bound;
    let (callee, args): (&str, Vec<&str>) = match kind {
        NestedCheck::Required => ("checks::required_at", vec![at, &member, value]),
        NestedCheck::EnumSet => ("checks::enum_set", vec![at, &member, value]),
        NestedCheck::UnionSet => {
            bound = format!("{}.member_name()", value.trim_start_matches('&'));
            ("checks::union_set", vec![at, &member, &bound])
        }
        NestedCheck::MinLength(min) => {
            bound = min.to_string();
            ("checks::min_len_at", vec![at, &member, value, &bound])
        }
        NestedCheck::MinValue(min) => {
            bound = format!("{min:?}");
            ("checks::min_value_at", vec![at, &member, value, &bound])
        }
        NestedCheck::ItemsMinLength(min) => {
            bound = min.to_string();
            ("checks::items_min_len", vec![at, &member, value, &bound])
        }
        NestedCheck::ItemsMinValue(min) => {
            bound = format!("{min:?}");
            ("checks::items_min_value", vec![at, &member, value, &bound])
        }
        NestedCheck::KeysMinLength(min) => {
            bound = min.to_string();
            ("checks::keys_min_len", vec![at, &member, value, &bound])
        }
        NestedCheck::Nested => ("checks::nested", vec![at, &member, value]),
    };
    code.call(&try_call(callee, &args), ";");
}

/// `validate`'s signature, at one level in.
const VALIDATE: &str = "    fn validate(
        &self,
        at: &::aws_union_client::operation::checks::At<'_>,
    ) -> ::core::result::Result<(), ::aws_union_client::operation::InputError> {
        use ::aws_union_client::operation::checks;
";

/// The `impl Validate` of one checking structure or union.
pub(crate) fn validate_impl(checks: &TypeChecks) -> String {
    let mut out = impl_header(
        0,
        "::aws_union_client::operation::checks::Validate",
        &checks.name,
    );
    out.push_str(VALIDATE);
    let mut code = Code::new(8);
    let mut open_variant: Option<&str> = None;
    for check in &checks.checks {
        if checks.union {
            if open_variant != Some(check.field.as_str()) {
                if open_variant.is_some() {
                    code.close("}");
                }
                code.open(&format!("if let Self::{}(value) = self {{", check.field));
                open_variant = Some(&check.field);
            }
            check_call(&mut code, &check.kind, "at", &check.member, "value");
        } else {
            let value = format!("&self.{}", check.field);
            check_call(&mut code, &check.kind, "at", &check.member, &value);
        }
    }
    if open_variant.is_some() {
        code.close("}");
    }
    code.line("Ok(())");
    out.push_str(&code.finish());
    out.push_str("    }\n}\n");
    out
}
