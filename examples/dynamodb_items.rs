//! Reads a DynamoDB `Query` response with types generated from botocore's model, and turns its
//! items into the application's own struct:
//!
//! ```text
//! cargo run --example dynamodb_items
//! ```
//!
//! The types in `models/dynamodb_query.rs` were generated, not written by hand
//! (`examples/models/regenerate.sh` makes them again from the pinned botocore):
//!
//! ```text
//! cargo run -p aws-union-codegen -- --model …/dynamodb/2012-08-10/service-2.json.gz \
//!     --operation Query --docs facts --out examples/models/dynamodb_query.rs
//! ```
//!
//! botocore's model does not mark `AttributeValue` as a union; the generator applies that
//! override by default, so an item is a map from attribute names to an `AttributeValue` enum.
//! The response (`bodies/query_response.json`) uses every member: `S`, `N`, `B`, `SS`, `NS`,
//! `BS`, `M`, `L`, `NULL` and `BOOL`, with maps and lists nested in each other.

use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;

// Generated (prettyplease-formatted): kept byte for byte as the generator writes it.
#[rustfmt::skip]
#[allow(dead_code, clippy::enum_variant_names)]
#[path = "models/dynamodb_query.rs"]
mod dynamodb;

use dynamodb::{AttributeValue, QueryOutput};

const BODY: &str = include_str!("bodies/query_response.json");

/// An item as DynamoDB returns it: attribute name to value.
type Item = BTreeMap<String, AttributeValue>;

/// The application's own view of an order.
struct Order {
    customer: String,
    order_id: u64,
    total: f64,
    paid: bool,
    gift_note: Option<String>,
    receipt: Vec<u8>,
    tags: Vec<String>,
    quantities: Vec<u32>,
    thumbnails: Vec<Vec<u8>>,
    shipping: Address,
    lines: Vec<Line>,
}

struct Address {
    street: String,
    city: String,
    lat: f64,
    lon: f64,
}

struct Line {
    sku: String,
    qty: u32,
    /// `None` where the list holds a `NULL`.
    options: Vec<Option<String>>,
}

fn main() -> Result<(), Box<dyn Error>> {
    let output: QueryOutput = serde_json::from_str(BODY)?;
    let items = output.items.as_deref().unwrap_or_default();
    println!(
        "{} items (count {:?}, scanned {:?}); capacity used: {:?}",
        items.len(),
        output.count,
        output.scanned_count,
        output
            .consumed_capacity
            .as_ref()
            .and_then(|c| c.capacity_units)
    );
    if let Some(key) = &output.last_evaluated_key {
        println!("next page starts after {key:?}");
    }

    for item in items {
        let order = order_from_item(item)?;
        println!();
        print_order(&order);
    }

    // What a conversion error looks like: a missing attribute, a wrong type.
    let mut broken = items.first().cloned().unwrap_or_default();
    broken.insert("paid".into(), AttributeValue::S("yes".into()));
    if let Err(e) = order_from_item(&broken) {
        println!("\nwith `paid` a string: {e}");
    }
    broken.remove("shipping");
    if let Err(e) = order_from_item(&broken) {
        println!("without `shipping`: {e}");
    }
    Ok(())
}

fn print_order(order: &Order) {
    let paid = if order.paid { "paid" } else { "unpaid" };
    println!(
        "order {} of {}: {:.2}, {paid}",
        order.order_id, order.customer, order.total
    );
    if let Some(note) = &order.gift_note {
        println!("  gift note: {note:?}");
    }
    println!(
        "  receipt: {} bytes {:?}; thumbnails: {:?} bytes",
        order.receipt.len(),
        String::from_utf8_lossy(&order.receipt),
        order.thumbnails.iter().map(Vec::len).collect::<Vec<_>>()
    );
    println!("  tags {:?}, quantities {:?}", order.tags, order.quantities);
    let a = &order.shipping;
    println!("  ship to {}, {} ({}, {})", a.street, a.city, a.lat, a.lon);
    for line in &order.lines {
        println!("  {} x{} {:?}", line.sku, line.qty, line.options);
    }
}

/// Why an item does not make an [`Order`]: the attribute's path and what was wrong.
#[derive(Debug)]
struct ItemError {
    path: String,
    problem: String,
}

impl fmt::Display for ItemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

impl Error for ItemError {}

fn error(path: &str, problem: impl Into<String>) -> ItemError {
    ItemError {
        path: path.to_owned(),
        problem: problem.into(),
    }
}

/// The conversion: one attribute at a time, every member of `AttributeValue` used.
fn order_from_item(item: &Item) -> Result<Order, ItemError> {
    let shipping = match get(item, "shipping")? {
        AttributeValue::M(map) => address_from_map(map)?,
        other => return Err(wrong("shipping", "M", other)),
    };
    let lines = match get(item, "lines")? {
        AttributeValue::L(list) => list
            .iter()
            .enumerate()
            .map(|(i, value)| line_from_value(&format!("lines[{i}]"), value))
            .collect::<Result<_, _>>()?,
        other => return Err(wrong("lines", "L", other)),
    };
    Ok(Order {
        customer: string(item, "customer")?,
        order_id: number(item, "orderId")?,
        total: number(item, "total")?,
        paid: match get(item, "paid")? {
            AttributeValue::Bool(paid) => *paid,
            other => return Err(wrong("paid", "BOOL", other)),
        },
        gift_note: match get(item, "giftNote")? {
            AttributeValue::Null(_) => None,
            AttributeValue::S(note) => Some(note.clone()),
            other => return Err(wrong("giftNote", "S or NULL", other)),
        },
        receipt: match get(item, "receipt")? {
            AttributeValue::B(bytes) => bytes.to_vec(),
            other => return Err(wrong("receipt", "B", other)),
        },
        tags: match get(item, "tags")? {
            AttributeValue::Ss(tags) => tags.clone(),
            other => return Err(wrong("tags", "SS", other)),
        },
        quantities: match get(item, "quantities")? {
            AttributeValue::Ns(numbers) => numbers
                .iter()
                .map(|n| parse("quantities", n))
                .collect::<Result<_, _>>()?,
            other => return Err(wrong("quantities", "NS", other)),
        },
        thumbnails: match get(item, "thumbnails")? {
            AttributeValue::Bs(blobs) => blobs.iter().map(|b| b.to_vec()).collect(),
            other => return Err(wrong("thumbnails", "BS", other)),
        },
        shipping,
        lines,
    })
}

fn address_from_map(map: &Item) -> Result<Address, ItemError> {
    let geo = match get(map, "geo")? {
        AttributeValue::M(geo) => geo,
        other => return Err(wrong("shipping.geo", "M", other)),
    };
    Ok(Address {
        street: string(map, "street")?,
        city: string(map, "city")?,
        lat: number(geo, "lat")?,
        lon: number(geo, "lon")?,
    })
}

fn line_from_value(path: &str, value: &AttributeValue) -> Result<Line, ItemError> {
    let AttributeValue::M(map) = value else {
        return Err(wrong(path, "M", value));
    };
    let options = match get(map, "options")? {
        AttributeValue::L(options) => options
            .iter()
            .map(|option| match option {
                AttributeValue::S(text) => Ok(Some(text.clone())),
                AttributeValue::Null(_) => Ok(None),
                other => Err(wrong(&format!("{path}.options"), "S or NULL", other)),
            })
            .collect::<Result<_, _>>()?,
        other => return Err(wrong(&format!("{path}.options"), "L", other)),
    };
    Ok(Line {
        sku: string(map, "sku")?,
        qty: number(map, "qty")?,
        options,
    })
}

fn get<'a>(item: &'a Item, name: &str) -> Result<&'a AttributeValue, ItemError> {
    item.get(name).ok_or_else(|| error(name, "missing"))
}

fn string(item: &Item, name: &str) -> Result<String, ItemError> {
    match get(item, name)? {
        AttributeValue::S(text) => Ok(text.clone()),
        other => Err(wrong(name, "S", other)),
    }
}

/// DynamoDB sends numbers as decimal text (`N`); the application picks the Rust type.
fn number<T: std::str::FromStr>(item: &Item, name: &str) -> Result<T, ItemError> {
    match get(item, name)? {
        AttributeValue::N(text) => parse(name, text),
        other => Err(wrong(name, "N", other)),
    }
}

fn parse<T: std::str::FromStr>(path: &str, text: &str) -> Result<T, ItemError> {
    text.parse().map_err(|_| {
        error(
            path,
            format!("{text:?} does not fit the field's number type"),
        )
    })
}

fn wrong(path: &str, expected: &str, found: &AttributeValue) -> ItemError {
    error(path, format!("expected {expected}, found {found:?}"))
}
