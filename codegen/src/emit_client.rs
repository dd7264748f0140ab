//! Stage 3, emit, for the service client: the client type with one async method per
//! operation (and, through `emit_paginators`, the paginated ones' stream methods), and the
//! error enums' `is_*` helpers. Text laid out as rustfmt lays it out (`code_layout`).
//!
//! What is the same for every service (the call itself, the pages' stream) is in
//! `aws_union_client`; what is generated says only which operation and which types.

use crate::code_layout::{doc, impl_header, signature, tail_chain, Code, TAB};
use crate::emit_operations::call;
use crate::emit_paginators::paginator_methods;
use crate::plan::{ClientPlan, Method, OperationPlan, Plan};

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
