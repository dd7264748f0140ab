//! The plan of the service client: its name, one method per generated operation, each
//! operation's paginator from botocore's `paginators-1.json` (how the token moves, where the
//! items are), and the structures that get setters (those an input reaches).
//!
//! Pure: decided from the plan of the types and operations, after it is built, so that a
//! selection of operations selects their methods and paginators and nothing else.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::{Field, ItemKind, Plan, Ty};
use crate::{names, Error};

/// The service client.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientPlan {
    /// The client type's name (`Client`, unless a shape has it).
    pub name: String,
    /// One method per generated operation, in the operations' order.
    pub methods: Vec<Method>,
    /// The structures that get a setter per member: every structure an input reaches.
    pub setters: BTreeSet<String>,
    /// Whether the `Client` type itself is generated: not with
    /// [`Generator::no_client`](crate::Generator::no_client), for a crate with its own client.
    pub client_type: bool,
}

/// A client method: one operation's call, and its paginator's.
#[derive(Debug, Clone, PartialEq)]
pub struct Method {
    /// The method's name (`get_item`).
    pub name: String,
    /// The operation's model name (`GetItem`).
    pub operation: String,
    /// The paginator, when `paginators-1.json` has one for the operation.
    pub paginator: Option<PaginatorPlan>,
}

/// How one operation's pages follow each other.
#[derive(Debug, Clone, PartialEq)]
pub struct PaginatorPlan {
    /// The method returning the pages (`query_pages`).
    pub pages_method: String,
    /// The method returning the items (`query_items`), when the pages hold one list of items.
    pub items_method: Option<String>,
    /// The input field holding the token.
    pub input_token: String,
    /// The token's type.
    pub token: Ty,
    /// Where the output holds the next token.
    pub output_token: Vec<Step>,
    /// Where the output says whether more pages follow (botocore's `more_results`).
    pub more_results: Option<Vec<Step>>,
    /// Where the items are, and the type of one.
    pub items: Option<(Vec<Step>, Ty)>,
    /// The input member that sets the page size (botocore's `limit_key`), by field name.
    pub limit: Option<String>,
    /// Why there is no items method, when there is none.
    pub no_items: Option<String>,
}

/// A step of a path into an output.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// A field, plain when the member is required, else an `Option`.
    Field {
        /// The field's name.
        name: String,
        /// A plain field.
        required: bool,
    },
    /// The last item of a list (JMESPath's `[-1]`).
    Last,
}

/// One entry of `paginators-1.json`.
#[derive(Debug, Deserialize)]
struct Config {
    input_token: OneOrMany,
    output_token: OneOrMany,
    #[serde(default)]
    limit_key: Option<String>,
    #[serde(default)]
    result_key: Option<OneOrMany>,
    #[serde(default)]
    more_results: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Debug, Deserialize)]
struct File {
    pagination: BTreeMap<String, Config>,
}

/// Method names the client type has besides the operations'.
const OWN_METHODS: [&str; 3] = ["new", "client", "from_config"];

/// The client of `plan`'s operations, with the paginators of `paginators` (the JSON of
/// `paginators-1.json` and where it came from) for those of them it names.
pub fn plan_client(plan: &Plan, paginators: Option<(&str, &str)>) -> Result<ClientPlan, Error> {
    let configs = match paginators {
        Some((json, origin)) => {
            serde_json::from_str::<File>(json)
                .map_err(|e| Error::model(origin, None, format!("not a paginators file: {e}")))?
                .pagination
        }
        None => BTreeMap::new(),
    };
    let origin = paginators.map_or("", |(_, origin)| origin);
    let mut taken: BTreeSet<String> = plan.items.iter().map(|i| i.name.clone()).collect();
    for op in &plan.operations {
        taken.insert(op.rust_name.clone());
        taken.insert(op.error.clone());
    }
    taken.insert("SERVICE".to_owned());
    let name = names::claim(&mut taken, "Client".to_owned(), "Service");

    let mut method_names: BTreeSet<String> = OWN_METHODS.iter().map(|m| (*m).to_owned()).collect();
    let mut methods: Vec<Method> = plan
        .operations
        .iter()
        .map(|op| Method {
            name: names::claim_field(&mut method_names, names::field_name(&op.name)),
            operation: op.name.clone(),
            paginator: None,
        })
        .collect();
    for method in &mut methods {
        let Some(config) = configs.get(&method.operation) else {
            continue;
        };
        let base = method.name.trim_start_matches("r#").to_owned();
        let error = |message: String| {
            Error::model(
                origin,
                None,
                format!("paginator of `{}`: {message}", method.operation),
            )
        };
        let mut paginator = paginator(plan, &method.operation, config).map_err(error)?;
        paginator.pages_method = names::claim_field(&mut method_names, format!("{base}_pages"));
        if paginator.items.is_some() {
            paginator.items_method = Some(names::claim_field(
                &mut method_names,
                format!("{base}_items"),
            ));
        }
        method.paginator = Some(paginator);
    }
    Ok(ClientPlan {
        name,
        methods,
        setters: reached_from_inputs(plan),
        client_type: true,
    })
}

/// The fields of the structure named `name`.
fn fields_of<'p>(plan: &'p Plan, name: &str) -> Option<&'p [Field]> {
    match &plan.item_named(name)?.kind {
        ItemKind::Structure(fields) => Some(fields),
        _ => None,
    }
}

/// The paginator of `operation`, method names left to the caller.
fn paginator(plan: &Plan, operation: &str, config: &Config) -> Result<PaginatorPlan, String> {
    let op = plan
        .operation(operation)
        .ok_or_else(|| "no such operation".to_owned())?;
    let (OneOrMany::One(input_token), OneOrMany::One(output_token)) =
        (&config.input_token, &config.output_token)
    else {
        return Err("several tokens, which JSON and CBOR services do not have".to_owned());
    };
    let input = op.input.as_deref().ok_or("the operation has no input")?;
    let output = op.output.as_deref().ok_or("the operation has no output")?;
    let input_fields = fields_of(plan, input).ok_or("the input is not a structure")?;
    let field = |member: &str| {
        input_fields
            .iter()
            .find(|f| f.member == member)
            .ok_or_else(|| format!("the input has no member `{member}`"))
    };
    let token_field = field(input_token)?;
    let (output_token, token) = path(plan, output, output_token)?;
    if token != token_field.ty {
        return Err(format!(
            "the output token `{output_token:?}` is not of the input token's type"
        ));
    }
    let more_results = match &config.more_results {
        Some(more) => {
            let (steps, ty) = path(plan, output, more)?;
            if ty != Ty::Bool {
                return Err(format!("`more_results` ({more}) is not a boolean"));
            }
            Some(steps)
        }
        None => None,
    };
    let limit = match &config.limit_key {
        Some(limit) => Some(field(limit)?.name.clone()),
        None => None,
    };
    let keys: Vec<&String> = match &config.result_key {
        None => Vec::new(),
        Some(OneOrMany::One(key)) => vec![key],
        Some(OneOrMany::Many(keys)) => keys.iter().collect(),
    };
    // The items are the one list among the result keys (DynamoDB's `Query` also names its
    // counts, which are not items).
    let mut lists = Vec::new();
    let mut sparse = false;
    for key in &keys {
        match path(plan, output, key)? {
            (steps, Ty::List(item, false)) => lists.push((steps, *item)),
            (_, Ty::List(_, true)) => sparse = true,
            _ => {}
        }
    }
    let (items, no_items) = match (lists.len(), sparse) {
        (1, false) => (lists.pop(), None),
        (0, false) if keys.is_empty() => (None, Some("the model names no results")),
        (0, false) => (
            None,
            Some("its results are not a list: read them from the pages"),
        ),
        (_, true) => (
            None,
            Some("its list of results may hold nulls: read them from the pages"),
        ),
        _ => (
            None,
            Some("its pages hold several lists of results: read them from the pages"),
        ),
    };
    Ok(PaginatorPlan {
        pages_method: String::new(),
        items_method: None,
        input_token: token_field.name.clone(),
        token,
        output_token,
        more_results,
        items,
        limit,
        no_items: no_items.map(str::to_owned),
    })
}

/// The steps of a path (`A.B[-1].C`) from the structure `start`, and the type at its end.
fn path(plan: &Plan, start: &str, expression: &str) -> Result<(Vec<Step>, Ty), String> {
    let mut steps = Vec::new();
    let mut at = Ty::Named(start.to_owned());
    for segment in expression.split('.') {
        let (member, last) = match segment.strip_suffix("[-1]") {
            Some(member) => (member, true),
            None => (segment, false),
        };
        let structure = match &at {
            Ty::Named(name) => name.clone(),
            Ty::Boxed(inner) => match &**inner {
                Ty::Named(name) => name.clone(),
                _ => return Err(format!("`{expression}`: `{member}` is not in a structure")),
            },
            _ => return Err(format!("`{expression}`: `{member}` is not in a structure")),
        };
        let fields = fields_of(plan, &structure)
            .ok_or_else(|| format!("`{expression}`: `{structure}` is not a structure"))?;
        let field = fields
            .iter()
            .find(|f| f.member == member)
            .ok_or_else(|| format!("`{expression}`: `{structure}` has no member `{member}`"))?;
        steps.push(Step::Field {
            name: field.name.clone(),
            required: field.required,
        });
        at = field.ty.clone();
        if last {
            match at {
                Ty::List(item, false) => {
                    steps.push(Step::Last);
                    at = *item;
                }
                _ => return Err(format!("`{expression}`: `{member}` is not a list")),
            }
        }
    }
    Ok((steps, at))
}

/// The structures reached from the operations' inputs, through members, lists, maps and boxes.
fn reached_from_inputs(plan: &Plan) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo: Vec<String> = plan
        .operations
        .iter()
        .filter_map(|op| op.input.clone())
        .collect();
    while let Some(name) = todo.pop() {
        let Some(fields) = fields_of(plan, &name) else {
            continue;
        };
        if !seen.insert(name) {
            continue;
        }
        for field in fields {
            let mut named = Vec::new();
            crate::emit_operations::named_in(&field.ty, &mut named);
            todo.extend(named);
        }
    }
    seen
}
