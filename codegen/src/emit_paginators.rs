//! Stage 3, emit, for paginated operations: the client's `*_pages`/`*_items` methods and each
//! paginated operation's `Paginated` (and `PaginatedItems`) implementation. Text laid out as
//! rustfmt lays it out (`code_layout`).
//!
//! What is the same for every service (the pages' stream, the repeated-token guard) is in
//! `aws_union_client`; what is generated says only which field holds the token and where the
//! items are.

use crate::code_layout::{doc, impl_header, signature, tail_chain, Code};
use crate::emit_operations::call;
use crate::plan::{OperationPlan, PaginatorPlan, Step, Ty};
use crate::type_text::{item_text, ty_text};

/// rustfmt's `max_width`.
const MAX_WIDTH: usize = 100;

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

/// The `*_pages` (and `*_items`) methods of the client for a paginated operation, with their
/// docs.
pub(crate) fn paginator_methods(code: &mut Code, op: &OperationPlan, paginator: &PaginatorPlan) {
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
