//! Stage 3, emit, for restJson1 requests: the method and path, each bound member by the
//! `aws_union_client::protocol::rest` function for its binding, then the payload or the body.

use crate::code_layout::Code;
use crate::emit_operations::{call, lit, try_call};
use crate::plan::{Binding, Field, OperationPlan, PathPiece, PayloadKind, Ty};

/// The statements building a restJson1 request.
pub(crate) fn rest_request(code: &mut Code, op: &OperationPlan, fields: &[Field], mutable: &str) {
    let method = lit(&op.method);
    let mut pieces = op.path.iter().peekable();
    let start = match pieces.peek() {
        Some(PathPiece::Literal(text)) => {
            let text = text.clone();
            pieces.next();
            text
        }
        _ => String::new(),
    };
    let mut statements = Code::new(code.indent());
    let mut mutated = !op.literal_query.is_empty();
    if !op.literal_query.is_empty() {
        let query = lit(&op.literal_query);
        statements.call(&call("rest::literal_query", &["&mut parts", &query]), ";");
    }
    for piece in pieces {
        mutated = true;
        match piece {
            PathPiece::Literal(text) => {
                statements.call(&call("rest::path", &["&mut parts", &lit(text)]), ";");
            }
            PathPiece::Label {
                field,
                member,
                greedy,
            } => {
                let label = fields.iter().find(|f| &f.name == field);
                let format = label.and_then(|f| timestamp_override(f, "date-time"));
                let field = format!("&input.{field}");
                let member = lit(member);
                let mut args = vec!["&mut parts", &member, &field];
                let callee = match (greedy, &format) {
                    (true, _) => "rest::greedy_label",
                    (false, Some(format)) => {
                        args.push(format);
                        "rest::label_as"
                    }
                    (false, None) => "rest::label",
                };
                statements.call(&try_call(callee, &args), ";");
            }
        }
    }
    let mut maps: Vec<&Field> = Vec::new();
    for field in fields {
        let access = format!("&input.{}", field.name);
        let member = lit(&field.member);
        match &field.binding {
            Binding::Query(name) => {
                let name = lit(name);
                let format = timestamp_override(field, "date-time");
                let callee = bound_callee("query", field, &format);
                let mut args = vec!["&mut parts", &name, &access];
                args.extend(format.as_deref());
                statements.call(&call(&callee, &args), ";");
            }
            Binding::QueryMap => maps.push(field),
            Binding::Header(name) => {
                let name = lit(name);
                let format = timestamp_override(field, "http-date");
                let callee = bound_callee("header", field, &format);
                let mut args = vec!["&mut parts", &name, &member, &access];
                args.extend(format.as_deref());
                statements.call(&try_call(&callee, &args), ";");
            }
            Binding::JsonHeader(name) => {
                let args = ["&mut parts", &lit(name), &member, &access];
                statements.call(&try_call("rest::json_header", &args), ";");
            }
            Binding::PrefixHeaders(prefix) => {
                let args = ["&mut parts", &lit(prefix), &member, &access];
                statements.call(&try_call("rest::prefix_headers", &args), ";");
            }
            Binding::Payload(kind) => {
                let args = ["&mut parts", access.as_str()];
                let payload = match kind {
                    PayloadKind::Blob => call("rest::blob_payload", &args),
                    PayloadKind::Text => call("rest::text_payload", &args),
                    PayloadKind::Structure => try_call("rest::structure_payload", &args),
                    PayloadKind::Json => try_call("rest::json_payload", &args),
                };
                statements.call(&payload, ";");
            }
            Binding::Label(_) | Binding::StatusCode | Binding::Body => continue,
        }
        mutated = true;
    }
    for field in maps {
        let access = format!("&input.{}", field.name);
        let callee = match &field.ty {
            Ty::Map(_, value, _) if matches!(**value, Ty::List(..)) => "rest::query_map_lists",
            _ => "rest::query_map",
        };
        statements.call(&call(callee, &["&mut parts", &access]), ";");
    }
    let has_payload = fields
        .iter()
        .any(|f| matches!(f.binding, Binding::Payload(_)));
    if !has_payload && fields.iter().any(|f| f.binding == Binding::Body) {
        statements.call(&try_call("rest::json_body", &["&mut parts", "input"]), ";");
        mutated = true;
    }
    let mutable = if mutated { "mut " } else { mutable };
    let start = lit(&start);
    let request = call("rest::request", &["Self::NAME", &method, &start]);
    code.assign(&format!("let {mutable}parts"), &request);
    code.raw(&statements.finish());
}

/// `rest::query`, `rest::query_list`, `rest::header_as`, …: the `rest` function for a member
/// bound to a query parameter or a header, by whether it is a list and whether its timestamps
/// take another format than the location's.
fn bound_callee(location: &str, field: &Field, format: &Option<String>) -> String {
    let list = if matches!(field.ty, Ty::List(..)) {
        "_list"
    } else {
        ""
    };
    let formatted = if format.is_some() { "_as" } else { "" };
    format!("rest::{location}{list}{formatted}")
}

/// `::aws_union::TimestampFormat::…` for a timestamp member whose declared format is not the
/// location's default.
fn timestamp_override(field: &Field, default: &str) -> Option<String> {
    let holds_timestamp = match &field.ty {
        Ty::Timestamp => true,
        Ty::List(item, _) => **item == Ty::Timestamp,
        _ => false,
    };
    let declared = field.declared_timestamp.filter(|f| *f != default)?;
    let variant = match declared {
        "date-time" => "DateTime",
        "http-date" => "HttpDate",
        _ => "EpochSeconds",
    };
    holds_timestamp.then(|| format!("::aws_union::TimestampFormat::{variant}"))
}
