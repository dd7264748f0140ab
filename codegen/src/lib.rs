//! `aws-union-codegen`: Rust types and operations for any AWS JSON or CBOR service, generated
//! from botocore's `service-2.json`.
//!
//! The pipeline has three stages:
//! [`model`] reads the JSON (or gzip-compressed JSON) into serde structs; [`plan`] decides, with
//! no printing, which operations and shapes become which Rust items, their names, what is
//! boxed, what is redacted, where each member goes in an HTTP message, what each operation
//! checks and sends, and what the docs say; `emit` turns the plan into prettyplease-formatted
//! items and the operations' glue, laid out as rustfmt lays it out. The output is
//! deterministic and rustfmt-clean: the same model and options give the same bytes.
//!
//! Each operation implements `aws_union_client::operation::Operation` (build a request from
//! the input, read a response into the output or the operation's error enum), so a module with
//! operations depends on `aws-union` and `aws-union-client` (with its `cbor` feature for an
//! rpcv2Cbor service); [`Generator::types_only`] gives body types that need `aws-union` alone.
//!
//! ```
//! use aws_union_codegen::{DocsMode, Generator};
//!
//! let model = br#"{
//!   "metadata": {"apiVersion": "2024-01-01", "protocol": "rest-json",
//!                "serviceFullName": "Example Service", "serviceId": "Example"},
//!   "operations": {},
//!   "shapes": {
//!     "Greeting": {"type": "structure", "required": ["text"],
//!                  "members": {"text": {"shape": "Text"}, "count": {"shape": "Count"}}},
//!     "Text": {"type": "string"},
//!     "Count": {"type": "integer", "min": 0}
//!   }
//! }"#;
//! let code = Generator::from_bytes(model, "example.json")
//!     .docs(DocsMode::Facts)
//!     .generate_string()?;
//! assert!(code.contains("pub struct Greeting"));
//! assert!(code.contains("pub count: ::core::option::Option<i32>"));
//! # Ok::<(), aws_union_codegen::Error>(())
//! ```
//!
//! From a `build.rs`, write the string into `OUT_DIR` and `include!` it inside a module; call
//! [`Generator::module_doc`]`(false)` first, since an included file cannot carry the inner
//! `//!` documentation a module file starts with.

mod bindings;
mod code_layout;
mod cycles;
mod docs;
mod emit;
mod emit_client;
mod emit_operations;
mod emit_paginators;
mod emit_responses;
mod emit_rest;
mod emit_setters;
mod emit_validation;
pub mod endpoint_rules;
mod error;
mod facts;
mod layout;
pub mod model;
mod module_docs;
mod names;
mod operations;
pub mod plan;
mod select;
mod type_text;
mod types;
mod validate;

use std::path::Path;

pub use error::Error;
pub use plan::{DocsMode, ProtocolChoice, Strings};

/// Shapes that botocore does not mark as unions although the service's Smithy model does:
/// `(serviceId, shape)`. [`Generator`] treats them as unions unless told otherwise.
pub const DEFAULT_UNION_OVERRIDES: &[(&str, &str)] = &[("DynamoDB", "AttributeValue")];

/// Builds a module of Rust types from a botocore service model.
///
/// With neither [`shape`](Self::shape) nor [`operation`](Self::operation), every shape of the
/// model is generated; otherwise the named shapes, the named operations' input and output
/// shapes, and everything they reach.
///
/// ```
/// # use aws_union_codegen::Generator;
/// let err = Generator::from_bytes(b"not json", "bad.json").generate_string().unwrap_err();
/// assert!(err.to_string().starts_with("bad.json:"));
/// ```
#[derive(Debug, Clone)]
pub struct Generator {
    source: Source,
    options: plan::Options,
    module_doc: bool,
    /// The endpoint rule set's JSON and its origin, when given.
    endpoint_rules: Option<(String, String)>,
    /// The paginators' JSON (`paginators-1.json`) and its origin, when given.
    paginators: Option<(String, String)>,
}

#[derive(Debug, Clone)]
enum Source {
    Path(std::path::PathBuf),
    Bytes(Vec<u8>, String),
}

impl Generator {
    /// A generator reading the model at `path` (`.json` or `.json.gz`).
    pub fn from_path(path: impl AsRef<Path>) -> Self {
        Self::with_source(Source::Path(path.as_ref().to_owned()))
    }

    /// A generator reading a model from memory; `origin` names it in errors.
    pub fn from_bytes(bytes: &[u8], origin: &str) -> Self {
        Self::with_source(Source::Bytes(bytes.to_vec(), origin.to_owned()))
    }

    fn with_source(source: Source) -> Self {
        Generator {
            source,
            options: plan::Options::default(),
            module_doc: true,
            endpoint_rules: None,
            paginators: None,
        }
    }

    /// Adds a shape (by its model name) to generate, with all it reaches.
    pub fn shape(mut self, name: &str) -> Self {
        self.options.shapes.push(name.to_owned());
        self
    }

    /// Adds an operation whose input and output shapes (and all they reach) are generated.
    pub fn operation(mut self, name: &str) -> Self {
        self.options.operations.push(name.to_owned());
        self
    }

    /// Treats a structure shape as a union (for models that miss the mark).
    pub fn union(mut self, name: &str) -> Self {
        self.options.unions.push(name.to_owned());
        self
    }

    /// Chooses where docs come from (default: the model's documentation).
    pub fn docs(mut self, mode: DocsMode) -> Self {
        self.options.docs = mode;
        self
    }

    /// Chooses how string shapes are held (default: [`Strings::Owned`]). With
    /// [`Strings::Borrowed`] they are `aws_union::CowStr<'a>`, borrowed from the input where
    /// the format lends them, and every structure and union that reaches one has the lifetime
    /// `'a`; enums stay owned. Borrowed strings are for body types only
    /// ([`types_only`](Self::types_only)): an operation's output owns its strings.
    ///
    /// ```
    /// # use aws_union_codegen::{Generator, Strings};
    /// let model = br#"{
    ///   "metadata": {"apiVersion": "2024-01-01", "protocol": "json",
    ///                "serviceFullName": "Example Service", "serviceId": "Example"},
    ///   "operations": {},
    ///   "shapes": {
    ///     "Named": {"type": "structure", "members": {"name": {"shape": "Text"}}},
    ///     "Counted": {"type": "structure", "members": {"count": {"shape": "Count"}}},
    ///     "Text": {"type": "string"},
    ///     "Count": {"type": "integer"}
    ///   }
    /// }"#;
    /// let code = Generator::from_bytes(model, "example.json")
    ///     .strings(Strings::Borrowed)
    ///     .types_only(true)
    ///     .generate_string()?;
    /// assert!(code.contains("pub struct Named<'a>"));
    /// assert!(code.contains("pub name: ::core::option::Option<::aws_union::CowStr<'a>>"));
    /// assert!(code.contains("pub struct Counted {"));
    /// # Ok::<(), aws_union_codegen::Error>(())
    /// ```
    pub fn strings(mut self, strings: Strings) -> Self {
        self.options.strings = strings;
        self
    }

    /// Body types only, as the generator made them before it made operations: no operations,
    /// members bound outside the body left out, required input members plain fields. Such a
    /// module needs `aws-union` alone, not `aws-union-client`.
    pub fn types_only(mut self, on: bool) -> Self {
        self.options.types_only = on;
        self
    }

    /// No `Client` type, for a crate that has its own client built on the generated
    /// operations; the input setters and the error enums' `is_*` helpers are still generated.
    ///
    /// ```
    /// # use aws_union_codegen::Generator;
    /// let model = br#"{
    ///   "metadata": {"apiVersion": "2024-01-01", "protocol": "json", "jsonVersion": "1.0",
    ///                "targetPrefix": "Example", "serviceFullName": "Example Service",
    ///                "serviceId": "Example", "signingName": "example"},
    ///   "operations": {"Ping": {"name": "Ping", "http": {"method": "POST", "requestUri": "/"},
    ///                           "input": {"shape": "PingIn"}}},
    ///   "shapes": {
    ///     "PingIn": {"type": "structure", "members": {"Note": {"shape": "Text"}}},
    ///     "Text": {"type": "string"}
    ///   }
    /// }"#;
    /// let code = Generator::from_bytes(model, "example.json").no_client(true).generate_string()?;
    /// assert!(!code.contains("pub struct Client"));
    /// assert!(code.contains("pub fn note("));
    /// # Ok::<(), aws_union_codegen::Error>(())
    /// ```
    pub fn no_client(mut self, on: bool) -> Self {
        self.options.no_client = on;
        self
    }

    /// For a service whose model lists both JSON and CBOR, which one to generate; botocore's
    /// choice (JSON) without it. A protocol the model does not list is an error.
    pub fn protocol(mut self, choice: ProtocolChoice) -> Self {
        self.options.protocol = Some(choice);
        self
    }

    /// The service's endpoint rule set (`endpoint-rule-set-1.json`), embedded in the compact
    /// form in the generated `SERVICE` for `aws-union-client` to resolve endpoints with;
    /// `origin` names it in errors. A generator reading its model from a path takes the
    /// `endpoint-rule-set-1.json` (or `.json.gz`) beside it unless given one.
    ///
    /// ```
    /// # use aws_union_codegen::Generator;
    /// let model = br#"{
    ///   "metadata": {"apiVersion": "2024-01-01", "protocol": "json", "jsonVersion": "1.0",
    ///                "serviceFullName": "Example Service", "serviceId": "Example",
    ///                "signingName": "example", "endpointPrefix": "example", "targetPrefix": "Example"},
    ///   "operations": {"Ping": {"name": "Ping", "http": {"method": "POST", "requestUri": "/"}}},
    ///   "shapes": {}
    /// }"#;
    /// let rules = r#"{"version": "1.0", "parameters": {}, "rules": []}"#;
    /// let code = Generator::from_bytes(model, "example.json")
    ///     .endpoint_rules(rules, "endpoint-rule-set-1.json")
    ///     .generate_string()?;
    /// assert!(code.contains(r#"endpoint_rules: b"AUER\x01"#));
    /// # Ok::<(), aws_union_codegen::Error>(())
    /// ```
    pub fn endpoint_rules(mut self, json: &str, origin: &str) -> Self {
        self.endpoint_rules = Some((json.to_owned(), origin.to_owned()));
        self
    }

    /// The service's paginators (`paginators-1.json`): each selected operation it names gets
    /// `*_pages` and `*_items` methods on the generated client; `origin` names it in errors. A
    /// generator reading its model from a path takes the `paginators-1.json` beside it unless
    /// given one.
    ///
    /// ```
    /// # use aws_union_codegen::Generator;
    /// let model = br#"{
    ///   "metadata": {"apiVersion": "2024-01-01", "protocol": "json", "jsonVersion": "1.0",
    ///                "serviceFullName": "Example Service", "serviceId": "Example",
    ///                "signingName": "example", "endpointPrefix": "example", "targetPrefix": "Example"},
    ///   "operations": {"List": {"name": "List", "http": {"method": "POST", "requestUri": "/"},
    ///                           "input": {"shape": "ListInput"}, "output": {"shape": "ListOutput"}}},
    ///   "shapes": {
    ///     "ListInput": {"type": "structure", "members": {"Next": {"shape": "Text"}}},
    ///     "ListOutput": {"type": "structure", "members": {"Next": {"shape": "Text"}, "Names": {"shape": "Names"}}},
    ///     "Names": {"type": "list", "member": {"shape": "Text"}},
    ///     "Text": {"type": "string"}
    ///   }
    /// }"#;
    /// let paginators = r#"{"pagination": {"List": {"input_token": "Next", "output_token": "Next", "result_key": "Names"}}}"#;
    /// let code = Generator::from_bytes(model, "example.json")
    ///     .paginators(paginators, "paginators-1.json")
    ///     .generate_string()?;
    /// assert!(code.contains("pub fn list_pages(&self, input: ListInput)"));
    /// assert!(code.contains("pub fn list_items(&self, input: ListInput)"));
    /// # Ok::<(), aws_union_codegen::Error>(())
    /// ```
    pub fn paginators(mut self, json: &str, origin: &str) -> Self {
        self.paginators = Some((json.to_owned(), origin.to_owned()));
        self
    }

    /// Whether the output starts with the module's inner `//!` documentation (default: yes).
    pub fn module_doc(mut self, on: bool) -> Self {
        self.module_doc = on;
        self
    }

    /// Reads the model and plans the output, without printing it.
    pub fn plan(&self) -> Result<plan::Plan, Error> {
        let (bytes, origin) = match &self.source {
            Source::Path(path) => {
                let origin = path.display().to_string();
                let bytes = std::fs::read(path)
                    .map_err(|e| Error::model(&origin, None, format!("cannot read: {e}")))?;
                (bytes, origin)
            }
            Source::Bytes(bytes, origin) => (bytes.clone(), origin.clone()),
        };
        let service = model::parse(&bytes, &origin)?;
        let protocol = validate::protocol(&service.metadata, self.options.protocol, &origin)?;
        validate::check(&service, &origin, protocol)?;
        let mut plan = plan::build(&service, &origin, &self.options, protocol)?;
        if let Some(service) = &mut plan.service {
            if let Some((json, origin)) =
                self.beside(&self.endpoint_rules, "endpoint-rule-set-1")?
            {
                service.endpoint_rules = endpoint_rules::compact_rule_set(&json, &origin)?;
            }
        }
        if plan.service.is_some() {
            let paginators = self.beside(&self.paginators, "paginators-1")?;
            let paginators = paginators
                .as_ref()
                .map(|(json, origin)| (json.as_str(), origin.as_str()));
            let mut client = plan::plan_client(&plan, paginators)?;
            client.client_type = !self.options.no_client;
            plan.client = Some(client);
        }
        Ok(plan)
    }

    /// A file of the service's (`endpoint-rule-set-1`, `paginators-1`): the one given, else
    /// the `{stem}.json` (or `.json.gz`) beside a model read from a path, if there is one.
    fn beside(
        &self,
        given: &Option<(String, String)>,
        stem: &str,
    ) -> Result<Option<(String, String)>, Error> {
        if let Some(given) = given {
            return Ok(Some(given.clone()));
        }
        let Source::Path(model) = &self.source else {
            return Ok(None);
        };
        let dir = model.parent().unwrap_or_else(|| Path::new("."));
        for extension in ["json", "json.gz"] {
            let path = dir.join(format!("{stem}.{extension}"));
            if !path.is_file() {
                continue;
            }
            let origin = path.display().to_string();
            let bytes = std::fs::read(&path)
                .map_err(|e| Error::model(&origin, None, format!("cannot read: {e}")))?;
            let json = model::inflate(&bytes, &origin)?;
            let json = String::from_utf8(json)
                .map_err(|_| Error::model(&origin, None, "not UTF-8".to_owned()))?;
            return Ok(Some((json, origin)));
        }
        Ok(None)
    }

    /// The generated module as tokens.
    pub fn generate(&self) -> Result<proc_macro2::TokenStream, Error> {
        emit::tokens(&self.plan()?, self.module_doc)
    }

    /// The generated module as formatted Rust source.
    pub fn generate_string(&self) -> Result<String, Error> {
        emit::format(&self.plan()?, self.module_doc)
    }
}
