//! Stage 3, emit, for the service client: the client type with one async method per
//! operation and its paginators' methods, each paginated operation's `Paginated` (and
//! `PaginatedItems`) implementation, the error enums' `is_*` helpers, and the setters of the
//! structures an input reaches. Text laid out as rustfmt lays it out (`code_layout`).
//!
//! What is the same for every service (the pages' stream, the repeated-token guard, the call
//! itself) is in `aws_union_client`; what is generated says only which operation, which
//! field holds the token and where the items are.

use crate::code_layout::{impl_header, Code, TAB};
use crate::emit_operations::{call, fields, structure};
use crate::plan::{ClientPlan, Field, Method, OperationPlan, PaginatorPlan, Plan, Step, Ty};

/// rustfmt's `max_width`.
const MAX_WIDTH: usize = 100;

/// The type as generated code writes it (owned strings: operations own what they read).
pub(crate) fn ty_text(ty: &Ty) -> String {
    match ty {
        Ty::String | Ty::CowStr => "::aws_union::__private::String".to_owned(),
        Ty::Bool => "bool".to_owned(),
        Ty::I32 => "i32".to_owned(),
        Ty::I64 => "i64".to_owned(),
        Ty::F32 => "f32".to_owned(),
        Ty::F64 => "f64".to_owned(),
        Ty::Blob => "::aws_union::Blob".to_owned(),
        Ty::Timestamp => "::aws_union::Timestamp".to_owned(),
        Ty::Document => "::aws_union::Document".to_owned(),
        Ty::Named(name) => name.clone(),
        Ty::List(item, sparse) => {
            format!("::aws_union::__private::Vec<{}>", item_text(item, *sparse))
        }
        Ty::Map(key, value, sparse) => format!(
            "::aws_union::__private::BTreeMap<{}, {}>",
            ty_text(key),
            item_text(value, *sparse)
        ),
        Ty::Boxed(inner) => format!("::aws_union::__private::Box<{}>", ty_text(inner)),
    }
}

fn item_text(ty: &Ty, sparse: bool) -> String {
    if sparse {
        format!("::core::option::Option<{}>", ty_text(ty))
    } else {
        ty_text(ty)
    }
}

/// `type Name = Type;` in an impl, as rustfmt writes it: on one line, else the type's generic
/// arguments one a line.
fn associated_type(name: &str, ty: &Ty) -> String {
    let text = ty_text(ty);
    let one = format!("    type {name} = {text};\n");
    if one.len() - 1 <= MAX_WIDTH {
        return one;
    }
    let (path, args) = match ty {
        Ty::List(item, sparse) => (
            "::aws_union::__private::Vec",
            vec![item_text(item, *sparse)],
        ),
        Ty::Map(key, value, sparse) => (
            "::aws_union::__private::BTreeMap",
            vec![ty_text(key), item_text(value, *sparse)],
        ),
        Ty::Boxed(inner) => ("::aws_union::__private::Box", vec![ty_text(inner)]),
        _ => return one,
    };
    let mut out = format!("    type {name} = {path}<\n");
    for arg in args {
        out.push_str(&format!("        {arg},\n"));
    }
    out.push_str("    >;\n");
    out
}

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

/// A function's signature up to its opening brace, laid out as rustfmt lays it out: on one
/// line; else one parameter a line; and a return type that still does not fit with its
/// generic arguments one a line.
fn signature(code: &mut Code, head: &str, params: &[String], ret: Option<(&str, &[String])>) {
    let indent = code.indent();
    let pad = " ".repeat(indent);
    let ret_text = ret.map(|(path, args)| {
        if args.is_empty() {
            format!(" -> {path}")
        } else {
            format!(" -> {path}<{}>", args.join(", "))
        }
    });
    let ret_text = ret_text.unwrap_or_default();
    let one = format!("{pad}{head}({}){ret_text}", params.join(", "));
    if one.len() + 2 <= MAX_WIDTH {
        code.raw(&format!("{one} {{\n"));
        code.deeper();
        return;
    }
    let mut out = format!("{pad}{head}(\n");
    for param in params {
        let inner = indent + TAB;
        match param.split_once(": ") {
            // `impl Into<Name>` too long for its line: the generic argument on its own. rustfmt
            // keeps such a line up to 105 columns (measured against it).
            Some((name, ty)) if ty.starts_with("impl ") && inner + param.len() + 1 > 105 => {
                let (path, arg) = ty.split_once('<').unwrap_or((ty, ">"));
                let arg = arg.strip_suffix('>').unwrap_or(arg);
                let pad = " ".repeat(inner);
                out.push_str(&format!("{pad}{name}: {path}<\n{pad}    {arg},\n{pad}>,\n"));
            }
            Some((name, ty)) => out.push_str(&crate::layout::member_line(inner, name, ty)),
            None => out.push_str(&format!("{}{param},\n", " ".repeat(indent + TAB))),
        }
    }
    let close = format!("{pad}){ret_text}");
    // rustfmt's thresholds for the closing line, as measured against it: with the brace up
    // to 96 columns; else the brace on a line of its own while the rest takes at most 102;
    // else the return type's generic arguments one a line.
    match ret {
        _ if close.len() + 2 <= 96 => out.push_str(&format!("{close} {{\n")),
        _ if close.len() <= 102 => out.push_str(&format!("{close}\n{pad}{{\n")),
        Some((path, args)) if !args.is_empty() => {
            out.push_str(&format!("{pad}) -> {path}<\n"));
            for arg in args {
                out.push_str(&format!("{}{arg},\n", " ".repeat(indent + TAB)));
            }
            out.push_str(&format!("{pad}> {{\n"));
        }
        _ => out.push_str(&format!("{close} {{\n")),
    }
    code.raw(&out);
    code.deeper();
}

/// A chain (`root.a.b()`) as a tail expression, laid out as rustfmt lays it out: on one line
/// when it takes at most 60 columns (its `chain_width`), else one element a line, one level
/// in, a root of at most 4 characters (`self`) keeping its first element.
fn tail_chain(code: &mut Code, root: &str, parts: &[&str]) {
    let one = format!("{root}{}", parts.concat());
    // A single element after the root is never broken off.
    if one.len() <= 60 || parts.len() < 2 {
        code.line(&one);
        return;
    }
    let (first, rest) = match parts.split_first() {
        Some((first, rest)) if root.len() <= TAB => (format!("{root}{first}"), rest),
        _ => (root.to_owned(), parts),
    };
    code.line(&first);
    for part in rest {
        code.line(&format!("    {part}"));
    }
}

fn doc(code: &mut Code, text: &str) {
    code.line(&format!("/// {text}"));
}

/// The client type and its methods.
pub(crate) fn client(plan: &Plan, client: &ClientPlan) -> String {
    let service = plan
        .service
        .as_ref()
        .map_or("", |s| s.service_id.as_str())
        .replace('`', "'");
    let name = &client.name;
    let built = [
        "Self".to_owned(),
        "::aws_union_client::BuildError".to_owned(),
    ];
    let built = Some(("::core::result::Result", &built[..]));
    let mut code = Code::new(0);
    doc(
        &mut code,
        &format!("A client of `{service}`: one async method per generated operation, and"),
    );
    code.line(
        "/// `*_pages`/`*_items` methods for the paginated ones, returning streams of pages and",
    );
    code.line(
        "/// items. Build it with `new` from a shared `aws_union_client::Config` (every client",
    );
    code.line(
        "/// built from one configuration shares its connection pool and credentials), or with",
    );
    code.line(
        "/// `aws_union_client::ConfigBuilder::<Client>::build` (it implements `FromConfig`).",
    );
    code.line("/// Cheap to clone: clones share everything.");
    code.line("#[derive(Clone, Debug)]");
    code.open(&format!("pub struct {name} {{"));
    code.line("inner: ::aws_union_client::Client,");
    code.close("}");
    code.raw(&impl_header(0, "::aws_union_client::FromConfig", name));
    let mut body = Code::new(TAB);
    signature(
        &mut body,
        "fn from_config",
        &["config: &::aws_union_client::Config".to_owned()],
        built,
    );
    body.line("Self::new(config)");
    body.close("}");
    code.raw(&body.finish());
    code.line("}");
    code.open(&format!("impl {name} {{"));
    doc(
        &mut code,
        &format!("A client of `{service}` with `config`'s settings, connection pool and"),
    );
    code.line("/// credentials.");
    code.line("///");
    code.line("/// # Errors");
    code.line("///");
    code.line("/// The service's endpoint rules give no usable endpoint for the configuration.");
    signature(
        &mut code,
        "pub fn new",
        &["config: &::aws_union_client::Config".to_owned()],
        built,
    );
    code.line("let inner = ::aws_union_client::Client::new(config, &SERVICE)?;");
    code.line("Ok(Self { inner })");
    code.close("}");
    doc(
        &mut code,
        "The service's client underneath, which calls any operation of it",
    );
    code.line("/// (`call::<Operation>(&input)`).");
    signature(
        &mut code,
        "pub fn client",
        &["&self".to_owned()],
        Some(("&::aws_union_client::Client", &[])),
    );
    code.line("&self.inner");
    code.close("}");
    for method in &client.methods {
        if let Some(op) = plan.operation(&method.operation) {
            call_method(&mut code, op, method);
            if let Some(paginator) = &method.paginator {
                paginator_methods(&mut code, op, paginator);
            }
        }
    }
    code.close("}");
    code.finish()
}

fn call_method(code: &mut Code, op: &OperationPlan, method: &Method) {
    doc(
        code,
        &format!(
            "Calls [`{}`] with `input`: its output, or where it failed (the",
            op.rust_name
        ),
    );
    code.line(&format!(
        "/// service's error as [`{}`], or the request's).",
        op.error
    ));
    let mut params = vec!["&self".to_owned()];
    let input = match &op.input {
        Some(input) => {
            params.push(format!("input: {input}"));
            "&input"
        }
        None => "&()",
    };
    let output = op.output.clone().unwrap_or_else(|| "()".to_owned());
    let args = [output, op.error.clone()];
    signature(
        code,
        &format!("pub async fn {}", method.name),
        &params,
        Some(("::aws_union_client::CallResult", &args)),
    );
    let call = format!(".call::<{}>({input})", op.rust_name);
    tail_chain(code, "self", &[".inner", &call, ".await"]);
    code.close("}");
}

fn paginator_methods(code: &mut Code, op: &OperationPlan, paginator: &PaginatorPlan) {
    let Some(input) = &op.input else { return };
    let limit = match &paginator.limit {
        Some(limit) => format!(" Set the page size with the input's `{limit}`."),
        None => String::new(),
    };
    doc(
        code,
        &format!(
            "The pages of [`{}`] from `input`, as a stream, each page one call:",
            op.rust_name
        ),
    );
    code.line(&format!(
        "/// the next starts at the previous output's token (in `{}`).{limit}",
        paginator.input_token.trim_start_matches("r#")
    ));
    code.line("/// A service answering the token it was sent ends the stream with an error.");
    if let Some(why) = &paginator.no_items {
        code.line(&format!("/// There is no stream of items: {why}."));
    }
    stream_method(code, op, input, &paginator.pages_method, "Pages");
    if let Some(items_method) = &paginator.items_method {
        doc(
            code,
            &format!(
                "The items of every page of [`{}`] from `input`, as a stream.",
                op.rust_name
            ),
        );
        stream_method(code, op, input, items_method, "Items");
    }
}

/// `pub fn name(&self, input) -> ::aws_union_client::Stream<Op>` (`Pages` or `Items`), after
/// its docs.
fn stream_method(code: &mut Code, op: &OperationPlan, input: &str, name: &str, stream: &str) {
    let ty = format!("::aws_union_client::{stream}<{}>", op.rust_name);
    signature(
        code,
        &format!("pub fn {name}"),
        &["&self".to_owned(), format!("input: {input}")],
        Some((&ty, &[])),
    );
    let callee = format!("::aws_union_client::{stream}::new");
    code.call(&call(&callee, &["self.inner.clone()", "input"]), "");
    code.close("}");
}

/// A path's value as `let value = …;` statements of a function returning an `Option` (a
/// missing value returns `None`), from `root`, borrowed.
fn borrowed_path(code: &mut Code, root: &str, steps: &[Step]) {
    let mut from = root.to_owned();
    for step in steps {
        let text = match step {
            Step::Field {
                name,
                required: true,
            } => format!("let value = &{from}.{name};"),
            Step::Field {
                name,
                required: false,
            } => format!("let value = {from}.{name}.as_ref()?;"),
            Step::Last => format!("let value = {from}.last()?;"),
        };
        code.line(&text);
        from = "value".to_owned();
    }
}

/// The `Paginated` (and `PaginatedItems`) implementations of a paginated operation.
pub(crate) fn paginated_impls(op: &OperationPlan, paginator: &PaginatorPlan) -> String {
    let field = &paginator.input_token;
    let mut code = Code::new(0);
    code.raw(&impl_header(
        0,
        "::aws_union_client::operation::Paginated",
        &op.rust_name,
    ));
    code.deeper();
    code.raw(&associated_type("Token", &paginator.token));
    code.open("fn input_token(input: &Self::Input) -> ::core::option::Option<&Self::Token> {");
    tail_chain(&mut code, "input", &[&format!(".{field}"), ".as_ref()"]);
    code.close("}");
    code.open("fn set_input_token(input: &mut Self::Input, token: Self::Token) {");
    code.line(&format!("input.{field} = Some(token);"));
    code.close("}");
    code.open("fn output_token(output: &Self::Output) -> ::core::option::Option<Self::Token> {");
    if let Some(more) = &paginator.more_results {
        // botocore stops when `more_results` is false or absent.
        borrowed_path(&mut code, "output", more);
        code.open("if !value {");
        code.line("return None;");
        code.close("}");
    }
    match paginator.output_token.as_slice() {
        [Step::Field {
            name,
            required: false,
        }] => tail_chain(&mut code, "output", &[&format!(".{name}"), ".clone()"]),
        steps => {
            borrowed_path(&mut code, "output", steps);
            code.line("Some(value.clone())");
        }
    }
    code.close("}");
    code.close("}");
    if let Some((steps, item)) = &paginator.items {
        code.raw(&impl_header(
            0,
            "::aws_union_client::operation::PaginatedItems",
            &op.rust_name,
        ));
        code.deeper();
        code.raw(&associated_type("Item", item));
        code.open("fn items(output: Self::Output) -> ::std::vec::Vec<Self::Item> {");
        match steps.as_slice() {
            [Step::Field {
                name,
                required: false,
            }] => tail_chain(
                &mut code,
                "output",
                &[&format!(".{name}"), ".unwrap_or_default()"],
            ),
            [Step::Field {
                name,
                required: true,
            }] => tail_chain(&mut code, "output", &[&format!(".{name}")]),
            steps => {
                let mut first = true;
                for step in steps {
                    let text = match (step, first) {
                        (
                            Step::Field {
                                name,
                                required: true,
                            },
                            true,
                        ) => {
                            format!("let value = Some(output.{name});")
                        }
                        (
                            Step::Field {
                                name,
                                required: false,
                            },
                            true,
                        ) => {
                            format!("let value = output.{name};")
                        }
                        (
                            Step::Field {
                                name,
                                required: true,
                            },
                            false,
                        ) => {
                            format!("let value = value.map(|v| v.{name});")
                        }
                        (
                            Step::Field {
                                name,
                                required: false,
                            },
                            false,
                        ) => {
                            format!("let value = value.and_then(|v| v.{name});")
                        }
                        // A result key never indexes a list (`plan_client` refuses it).
                        (Step::Last, _) => {
                            "let value = value.and_then(|v| v.into_iter().last());".to_owned()
                        }
                    };
                    code.line(&text);
                    first = false;
                }
                code.line("value.unwrap_or_default()");
            }
        }
        code.close("}");
        code.close("}");
    }
    code.finish()
}

/// The error enum's `is_*` helpers, one per modelled error.
pub(crate) fn error_helpers(op: &OperationPlan) -> String {
    if op.errors.is_empty() {
        return String::new();
    }
    let mut taken = std::collections::BTreeSet::new();
    let mut code = Code::new(0);
    code.open(&format!("impl {} {{", op.error));
    for error in &op.errors {
        let base = crate::names::field_name(&error.variant);
        let name =
            crate::names::claim_field(&mut taken, format!("is_{}", base.trim_start_matches("r#")));
        doc(
            &mut code,
            &format!("Whether the error is the modelled `{}`.", error.shape),
        );
        code.open(&format!("pub fn {name}(&self) -> bool {{"));
        let pattern = format!("Self::{}(_)", error.variant);
        code.call(&call("matches!", &["self", &pattern]), "");
        code.close("}");
    }
    code.close("}");
    code.finish()
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
