//! Stage 3, emit, for operations: `SERVICE` and each operation's `impl Operation`, as text
//! laid out the way rustfmt lays it out (`code_layout`).
//!
//! The glue is thin: each statement calls a shared function of `aws_union_client` (checks,
//! the RPC requests, restJson1's bindings, the body readers), so that the code generated per
//! operation stays small.

use std::collections::BTreeSet;

use crate::code_layout::{constant, impl_header, Call, Code};
use crate::plan::{
    Binding, CheckKind, Field, HostPiece, Item, ItemKind, OperationPlan, Plan, Protocol,
    ServicePlan, Ty,
};

/// A Rust string literal.
pub(crate) fn lit(text: &str) -> String {
    format!("{text:?}")
}

pub(crate) fn call<'a>(callee: &'a str, args: &[&str]) -> Call<'a> {
    Call {
        callee,
        args: args.iter().map(|a| (*a).to_owned()).collect(),
        suffix: "",
    }
}

pub(crate) fn try_call<'a>(callee: &'a str, args: &[&str]) -> Call<'a> {
    Call {
        suffix: "?",
        ..call(callee, args)
    }
}

/// The fields of the structure named `name` (none for `()` or a missing item).
pub(crate) fn fields<'p>(plan: &'p Plan, name: Option<&str>) -> &'p [Field] {
    match name.and_then(|n| plan.item_named(n)).map(|i| &i.kind) {
        Some(ItemKind::Structure(fields)) => fields,
        _ => &[],
    }
}

/// `use` lines, sorted as rustfmt sorts them.
fn uses(code: &mut Code, paths: &BTreeSet<&str>) {
    for path in paths {
        code.line(&format!("use ::aws_union_client::{path};"));
    }
}

/// The `SERVICE` constant, with the service's endpoint rule set as a byte string (empty, and
/// said so, when the generator was given none).
pub(crate) fn service_const(service: &ServicePlan) -> String {
    let rules_doc = if service.endpoint_rules.is_empty() {
        "\n///\n/// The generator was given no endpoint rule set: a client of it cannot be built \
         (`BuildError::EndpointRules`)."
    } else {
        ""
    };
    format!(
        "/// What a client needs to know of the service `{id}`: its id, signing name, \
         protocol and endpoint rule set.{rules_doc}\n\
         pub const SERVICE: ::aws_union_client::operation::ServiceInfo =\n    \
         ::aws_union_client::operation::ServiceInfo {{\n        \
         service_id: {service_id},\n        \
         signing_name: {signing_name},\n        \
         protocol: ::aws_union_client::protocol::Protocol::{protocol},\n        \
         endpoint_rules: {rules},\n    \
         }};\n",
        id = service.service_id.replace('`', "'"),
        service_id = lit(&service.service_id),
        signing_name = lit(&service.signing_name),
        protocol = service.protocol.client_variant(),
        rules = byte_string(&service.endpoint_rules),
    )
}

/// `bytes` as a byte string literal, `b"AUER\x01…"`.
fn byte_string(bytes: &[u8]) -> String {
    let escaped: String = bytes
        .iter()
        .flat_map(|&b| std::ascii::escape_default(b))
        .map(char::from)
        .collect();
    format!("b\"{escaped}\"")
}

/// `build_request`'s signature, `{input}` its first parameter's name.
const BUILD_REQUEST: &str = "    fn build_request(
        {input}: &Self::Input,
        context: &::aws_union_client::operation::RequestContext<'_>,
    ) -> ::core::result::Result<
        ::aws_union_client::http::Request<::std::vec::Vec<u8>>,
        ::aws_union_client::operation::InputError,
    > {
";

/// `parse_response`'s signature.
const PARSE_RESPONSE: &str = "    fn parse_response(
        response: &::aws_union_client::http::Response<::std::vec::Vec<u8>>,
    ) -> ::core::result::Result<
        Self::Output,
        ::aws_union_client::operation::ResponseError<Self::Error>,
    > {
";

/// The `impl Operation` of one operation.
pub(crate) fn operation_impl(plan: &Plan, service: &ServicePlan, op: &OperationPlan) -> String {
    let mut out = impl_header(0, "::aws_union_client::operation::Operation", &op.rust_name);
    let unit = "()".to_owned();
    out.push_str(&constant(
        4,
        "type Input",
        op.input.as_ref().unwrap_or(&unit),
    ));
    out.push_str(&constant(
        4,
        "type Output",
        op.output.as_ref().unwrap_or(&unit),
    ));
    out.push_str(&constant(4, "type Error", &op.error));
    out.push_str(&constant(4, "const NAME: &'static str", &lit(&op.name)));
    out.push_str(
        "    const SERVICE: &'static ::aws_union_client::operation::ServiceInfo = &SERVICE;\n",
    );
    if !op.signed {
        out.push_str("    const SIGNED: bool = false;\n");
    }
    let build = build_request(plan, service, op);
    let input = if uses_input(&build) {
        "input"
    } else {
        "_input"
    };
    out.push_str(&BUILD_REQUEST.replace("{input}", input));
    out.push_str(&build);
    out.push_str("    }\n");
    out.push_str(PARSE_RESPONSE);
    out.push_str(&parse_response(plan, service, op));
    out.push_str("    }\n}\n");
    out
}

/// Does code use the variable `input` (outside string literals)?
fn uses_input(code: &str) -> bool {
    let mut outside = String::with_capacity(code.len());
    let mut quoted = false;
    let mut escaped = false;
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            _ if !quoted => outside.push(c),
            _ => {}
        }
    }
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    outside.match_indices("input").any(|(at, _)| {
        let before = outside[..at].chars().next_back().is_some_and(word);
        let after = outside[at + 5..].chars().next().is_some_and(word);
        !before && !after
    })
}

/// The body of `build_request`, at two levels in.
fn build_request(plan: &Plan, service: &ServicePlan, op: &OperationPlan) -> String {
    let mut body = Code::new(8);
    let mut paths: BTreeSet<&str> = BTreeSet::new();
    let input_fields = fields(plan, op.input.as_deref());
    if !op.tokens.is_empty() || !op.checks.is_empty() || !op.host_prefix.is_empty() {
        paths.insert("operation::checks");
    }
    let mut statements = Code::new(8);
    if !op.tokens.is_empty() {
        statements.line("let mut filled = ::std::borrow::Cow::Borrowed(input);");
        for token in &op.tokens {
            statements.open(&format!("if filled.{token}.is_none() {{"));
            statements.line(&format!(
                "filled.to_mut().{token} = checks::token(context);"
            ));
            statements.close("}");
        }
        statements.line("let input: &Self::Input = &filled;");
    }
    let mut rooted = false;
    for check in &op.checks {
        let member = lit(&check.member);
        let field = format!("&input.{}", check.field);
        let bound;
        let (callee, args): (&str, Vec<&str>) = match &check.kind {
            CheckKind::Required => ("checks::required", vec!["Self::NAME", &member, &field]),
            CheckKind::MinLength(min) => {
                bound = min.to_string();
                (
                    "checks::min_len",
                    vec!["Self::NAME", &member, &field, &bound],
                )
            }
            CheckKind::MinValue(min) => {
                bound = format!("{min:?}");
                (
                    "checks::min_value",
                    vec!["Self::NAME", &member, &field, &bound],
                )
            }
            CheckKind::Below(kind) => {
                if !rooted {
                    statements.line("let at = checks::At::root(Self::NAME);");
                    rooted = true;
                }
                let value = format!("&input.{}", check.field);
                crate::emit_validation::check_call(
                    &mut statements,
                    kind,
                    "&at",
                    &check.member,
                    &value,
                );
                continue;
            }
        };
        statements.call(&try_call(callee, &args), ";");
    }
    let mutable = if op.host_prefix.is_empty() {
        ""
    } else {
        "mut "
    };
    match service.protocol {
        Protocol::AwsJson1_0 | Protocol::AwsJson1_1 | Protocol::RpcV2Cbor => {
            let cbor = service.protocol == Protocol::RpcV2Cbor;
            paths.insert("protocol::rpc");
            let write = if cbor {
                "body::write_cbor"
            } else {
                "body::write_json"
            };
            if op.input.is_some() {
                paths.insert("protocol::body");
                statements.assign("let body", &try_call(write, &["Self::NAME", "input"]));
            } else if cbor {
                statements.line("let body = ::std::vec::Vec::new();");
            } else {
                statements.line("let body = b\"{}\".to_vec();");
            }
            let prefix = lit(&service.target_prefix);
            let compatible = service.query_compatible.to_string();
            let request = if cbor {
                call(
                    "rpc::rpc_v2_cbor_request",
                    &[&prefix, "Self::NAME", &compatible, "body"],
                )
            } else {
                call(
                    "rpc::aws_json_request",
                    &[
                        "SERVICE.protocol",
                        &prefix,
                        "Self::NAME",
                        &compatible,
                        "body",
                    ],
                )
            };
            statements.assign(&format!("let {mutable}parts"), &request);
        }
        Protocol::RestJson1 => {
            paths.insert("protocol::rest");
            crate::emit_rest::rest_request(&mut statements, op, input_fields, mutable);
        }
    }
    for piece in &op.host_prefix {
        match piece {
            HostPiece::Literal(text) => {
                statements.call(
                    &call("checks::host_prefix", &["&mut parts", &lit(text)]),
                    ";",
                );
            }
            HostPiece::Label { field, member } => {
                let field = format!("&input.{field}");
                let args = ["&mut parts", &lit(member), &field];
                statements.call(&try_call("checks::host_prefix_label", &args), ";");
            }
        }
    }
    finish_request(&mut statements, &mut paths, op);
    uses(&mut body, &paths);
    let mut out = body.finish();
    out.push_str(&statements.finish());
    out
}

/// The end of `build_request`: the request from its parts, then gzipped and checksummed (in
/// that order: the checksum is of the body as sent) where the model asks for it.
fn finish_request(statements: &mut Code, paths: &mut BTreeSet<&str>, op: &OperationPlan) {
    if !op.compression && op.checksum.is_none() {
        statements.line("parts.into_request(context)");
        return;
    }
    statements.line("let request = parts.into_request(context)?;");
    if op.compression {
        paths.insert("operation::compression");
        if op.checksum.is_some() {
            statements.line("let request = compression::gzip_request(Self::NAME, request)?;");
        } else {
            statements.line("compression::gzip_request(Self::NAME, request)");
        }
    }
    if let Some(checksum) = &op.checksum {
        paths.insert("operation::checksum");
        let (member, algorithm) = match &checksum.algorithm {
            Some((field, member)) => (lit(member), format!("input.{field}.as_ref()")),
            None => ("\"\"".to_owned(), "None::<&str>".to_owned()),
        };
        let args = ["Self::NAME", "request", "true", &member, &algorithm];
        statements.call(&call("checksum::request_checksum", &args), "");
    }
}

/// Does the structure have members read from the response outside its body?
pub(crate) fn reads_bindings(fields: &[Field]) -> bool {
    fields.iter().any(|f| {
        matches!(
            f.binding,
            Binding::Header(_)
                | Binding::JsonHeader(_)
                | Binding::PrefixHeaders(_)
                | Binding::StatusCode
                | Binding::Payload(_)
        )
    })
}

/// The body of `parse_response`, at two levels in.
fn parse_response(plan: &Plan, service: &ServicePlan, op: &OperationPlan) -> String {
    let mut code = Code::new(8);
    let mut paths: BTreeSet<&str> = BTreeSet::from(["protocol::response as read"]);
    let mut statements = Code::new(8);
    let check = try_call(
        "read::check_status::<Self::Error>",
        &["SERVICE.protocol", "Self::NAME", "response"],
    );
    statements.call(&check, ";");
    if op.output.is_some() {
        let output_fields = fields(plan, op.output.as_deref());
        let read = if service.protocol == Protocol::RestJson1 && reads_bindings(output_fields) {
            paths.insert("protocol::rest");
            "rest::read_output"
        } else if service.protocol == Protocol::RpcV2Cbor {
            paths.insert("protocol::body");
            "body::read_cbor"
        } else {
            paths.insert("protocol::body");
            "body::read_json"
        };
        statements.assign("let output", &try_call(read, &["Self::NAME", "response"]));
        statements.line("Ok(output)");
    } else {
        statements.line("Ok(())");
    }
    uses(&mut code, &paths);
    let mut out = code.finish();
    out.push_str(&statements.finish());
    out
}

/// The items of the plan that are string enums, by Rust name.
pub(crate) fn enum_names(plan: &Plan) -> BTreeSet<&str> {
    plan.items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Enum(_)))
        .map(|i| i.name.as_str())
        .collect()
}

/// The generated types a type names (through lists, maps and boxes).
pub(crate) fn named_in(ty: &Ty, out: &mut Vec<String>) {
    match ty {
        Ty::Named(name) => out.push(name.clone()),
        Ty::List(inner, _) | Ty::Boxed(inner) => named_in(inner, out),
        Ty::Map(key, value, _) => {
            named_in(key, out);
            named_in(value, out);
        }
        _ => {}
    }
}

/// The item named `name`, if it is a structure with fields.
pub(crate) fn structure<'p>(plan: &'p Plan, name: &str) -> Option<(&'p Item, &'p [Field])> {
    let item = plan.item_named(name)?;
    match &item.kind {
        ItemKind::Structure(fields) => Some((item, fields)),
        _ => None,
    }
}
