//! Stage 3, emit, for what responses need: each error enum's `OperationError`, `Display` and
//! `Error`; `FromRestResponse` for the restJson1 outputs and errors with members outside the
//! body; `TextValue` for the string enums bound outside the body. Text laid out as rustfmt
//! lays it out (`code_layout`).

use std::collections::BTreeSet;

use crate::code_layout::{impl_header, Call, Code};
use crate::emit_operations::{enum_names, fields, lit, named_in, reads_bindings, structure};
use crate::plan::{Binding, Field, OperationPlan, PayloadKind, Plan, Protocol, ServicePlan, Ty};

/// Member names botocore reads an error's message from.
const MESSAGE_MEMBERS: [&str; 3] = ["message", "Message", "errorMessage"];

fn call<'a>(callee: &'a str, args: &[&str], suffix: &'a str) -> Call<'a> {
    Call {
        callee,
        args: args.iter().map(|a| (*a).to_owned()).collect(),
        suffix,
    }
}

/// An error structure that restJson1 reads with its bound members.
fn rest_bound(plan: &Plan, service: &ServicePlan, ty: &str) -> bool {
    service.protocol == Protocol::RestJson1
        && structure(plan, ty).is_some_and(|(_, fields)| reads_bindings(fields))
}

/// The error enum's `OperationError`, `Display` and `Error` implementations.
pub(crate) fn error_impls(plan: &Plan, service: &ServicePlan, op: &OperationPlan) -> String {
    let mut out = impl_header(
        0,
        "::aws_union_client::operation::OperationError",
        &op.error,
    );
    let mut code = Code::new(4);
    code.open(
        "fn from_response(response: &::aws_union_client::operation::ErrorResponse<'_>) -> Self {",
    );
    let mut paths: BTreeSet<&str> = BTreeSet::from(["protocol::response as read"]);
    let mut arms = Code::new(code.indent() + 4);
    for error in &op.errors {
        let reader = if rest_bound(plan, service, &error.ty) {
            paths.insert("protocol::rest");
            "rest::read_error"
        } else if service.protocol == Protocol::RpcV2Cbor {
            "read::cbor_error"
        } else {
            "read::json_error"
        };
        let variant = format!("Self::{}", error.variant);
        // The wire code (`__type`, `X-Amzn-ErrorType`) is the shape's name, also in a
        // query-compatible service, whose own code (`x-amzn-query-error`) is only what users
        // see; a server that sends the query code as the wire code is understood too.
        let pattern = if error.code == error.shape {
            format!("Some({})", lit(&error.shape))
        } else {
            format!("Some({} | {})", lit(&error.shape), lit(&error.code))
        };
        arms.arm(
            &pattern,
            &call(reader, &["response", &variant, "Self::Unhandled"], ""),
        );
    }
    for path in &paths {
        code.line(&format!("use ::aws_union_client::{path};"));
    }
    let unhandled = call("read::unhandled", &["response", "Self::Unhandled"], "");
    if op.errors.is_empty() {
        code.call(&unhandled, "");
    } else {
        code.open("match response.meta.code() {");
        code.raw(&arms.finish());
        code.arm("_", &unhandled);
        code.close("}");
    }
    code.close("}");
    code.open("fn modeled_name(&self) -> ::core::option::Option<&'static str> {");
    if op.errors.is_empty() {
        code.line("None");
    } else {
        code.open("match self {");
        for error in &op.errors {
            let pattern = format!("Self::{}(_)", error.variant);
            code.arm(&pattern, &call("Some", &[&lit(&error.shape)], ""));
        }
        code.line("Self::Unhandled(_) => None,");
        code.close("}");
    }
    code.close("}");
    out.push_str(&code.finish());
    out.push_str("}\n");

    out.push_str(&impl_header(0, "::core::fmt::Display", &op.error));
    let mut code = Code::new(4);
    code.open("fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {");
    if !op.errors.is_empty() {
        code.line("use ::aws_union_client::operation::write_error;");
    }
    code.open("match self {");
    for error in &op.errors {
        let message = structure(plan, &error.ty).and_then(|(_, fields)| message_field(fields));
        let (binding, argument) = match message {
            Some(field) => ("error", format!("&error.{field}")),
            None => ("_", "&()".to_owned()),
        };
        let pattern = format!("Self::{}({binding})", error.variant);
        let name = lit(&error.shape);
        code.arm(&pattern, &call("write_error", &["f", &name, &argument], ""));
    }
    code.line("Self::Unhandled(error) => ::core::fmt::Display::fmt(error, f),");
    code.close("}");
    code.close("}");
    out.push_str(&code.finish());
    out.push_str("}\n");
    let error = impl_header(0, "::std::error::Error", &op.error);
    match error.strip_suffix(" {\n") {
        Some(one_line) => out.push_str(&format!("{one_line} {{}}\n")),
        None => out.push_str(&format!("{error}}}\n")),
    }
    out
}

/// The field holding an error's message, when it is a string.
fn message_field(fields: &[Field]) -> Option<&str> {
    fields
        .iter()
        .find(|f| {
            MESSAGE_MEMBERS.contains(&f.member.as_str())
                && f.ty == Ty::String
                && f.binding == Binding::Body
        })
        .map(|f| f.name.as_str())
}

/// `FromRestResponse` for a restJson1 structure with members read outside the body.
pub(crate) fn from_rest_response(name: &str, fields: &[Field]) -> String {
    let mut out = impl_header(
        0,
        "::aws_union_client::protocol::rest::FromRestResponse",
        name,
    );
    out.push_str(
        "    fn from_rest_response(
        response: &::aws_union_client::protocol::rest::RestResponse<'_>,
    ) -> ::core::result::Result<Self, ::aws_union_client::operation::DecodeError> {
",
    );
    let mut code = Code::new(8);
    code.line("use ::aws_union_client::protocol::rest;");
    let payload = fields
        .iter()
        .any(|f| matches!(f.binding, Binding::Payload(_)));
    if payload {
        code.line("let mut value = <Self as ::core::default::Default>::default();");
    } else {
        code.assign(
            "let mut value: Self",
            &call("rest::body_json", &["response"], "?"),
        );
    }
    for field in fields {
        let place = format!("value.{}", field.name);
        let (callee, name, suffix) = match &field.binding {
            Binding::Header(name) if matches!(field.ty, Ty::List(..)) => {
                ("rest::read_header_list", Some(name), "?")
            }
            Binding::Header(name) => ("rest::read_header", Some(name), "?"),
            Binding::JsonHeader(name) => ("rest::read_json_header", Some(name), "?"),
            Binding::PrefixHeaders(prefix) => ("rest::read_prefix_headers", Some(prefix), "?"),
            Binding::StatusCode => ("rest::status_code", None, ""),
            Binding::Payload(PayloadKind::Blob) => ("rest::payload_blob", None, ""),
            Binding::Payload(PayloadKind::Text) => ("rest::payload_text", None, "?"),
            Binding::Payload(_) => ("rest::payload_json", None, "?"),
            _ => continue,
        };
        let name = name.map(|n| lit(n));
        let mut args = vec!["response"];
        args.extend(name.as_deref());
        code.assign(&place, &call(callee, &args, suffix));
    }
    code.line("Ok(value)");
    out.push_str(&code.finish());
    out.push_str("    }\n}\n");
    out
}

/// `TextValue` for a string enum bound outside the body.
pub(crate) fn text_value(name: &str) -> String {
    let mut out = impl_header(0, "::aws_union_client::protocol::rest::TextValue", name);
    out.push_str(
        "    fn text(&self) -> &str {
        self.as_str()
    }
    fn from_text(text: &str) -> Self {
        Self::from(text)
    }
}
",
    );
    out
}

/// The string enums that restJson1 bindings of the generated operations write or read.
pub(crate) fn bound_enums(plan: &Plan) -> BTreeSet<String> {
    let enums = enum_names(plan);
    let mut named = Vec::new();
    for op in &plan.operations {
        let errors = op.errors.iter().map(|e| Some(e.ty.as_str()));
        let structures = [op.input.as_deref(), op.output.as_deref()]
            .into_iter()
            .chain(errors);
        for name in structures {
            for field in fields(plan, name) {
                if field.binding != Binding::Body {
                    named_in(&field.ty, &mut named);
                }
            }
        }
    }
    named
        .into_iter()
        .filter(|n| enums.contains(n.as_str()))
        .collect()
}

/// The restJson1 outputs and errors of the generated operations that read bound members.
pub(crate) fn rest_responses(plan: &Plan) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for op in &plan.operations {
        let errors = op.errors.iter().map(|e| e.ty.as_str());
        for name in op.output.as_deref().into_iter().chain(errors) {
            if reads_bindings(fields(plan, Some(name))) {
                out.insert(name.to_owned());
            }
        }
    }
    out
}
