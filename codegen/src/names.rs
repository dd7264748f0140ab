//! Rust names for shapes, members and enum values.
//!
//! The rules (each has a test in `tests/names.rs`):
//! - A shape name that is already UpperCamelCase (`^[A-Z][A-Za-z0-9]*$`) is the type name as it
//!   is. Any other shape name is converted: leading and trailing underscores are dropped, each
//!   `_`-separated part gets an upper-case first letter, and the underscores go, except one
//!   between two digits, which stays so a version reads as one (`AbpV1_0_x` → `AbpV1_0X`,
//!   `logicalOperator` → `LogicalOperator`, `__AdTriggersElement` → `AdTriggersElement`).
//!   A name already taken (by another shape, or `Self`) gets `Shape` appended until it is free.
//! - A member is a field in `snake_case`: words split at `_` and other punctuation, before an
//!   upper-case letter that follows a lower-case letter or digit, and before the last capital of
//!   an acronym that starts a word (`SSEDescription` → `sse_description`). A Rust keyword becomes
//!   a raw identifier (`r#type`); `self`, `super`, `crate` cannot be raw and get a `_` suffix.
//! - A union member or enum value is a variant: the same words, each with an upper-case first
//!   letter and the rest lower-case (`memberList` → `MemberList`, `IN_PROGRESS` → `InProgress`,
//!   `ml.m5.large` → `MlM5Large`); a `_` stays between two digits (`0.5` → `V0_5`) and a name
//!   starting with a digit gets a `V` in front. A variant name already taken (by an earlier
//!   value or by the reserved `Unknown` / `SdkUnknownMember`) gets `Value` appended.

use std::collections::BTreeSet;

/// Rust keywords of edition 2021 and the reserved words (raw identifiers are needed for them).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["self", "super", "crate", "Self"];

/// Splits a name into words (see the module doc for where it splits).
pub fn words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut words = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        if c.is_ascii_uppercase() && !current.is_empty() {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            let boundary = prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower);
            if boundary {
                words.push(std::mem::take(&mut current));
            }
        }
        current.push(c);
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// Is `name` UpperCamelCase as shape names usually are?
pub fn is_upper_camel(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// The type name for a shape name, before collisions are resolved.
pub fn type_name(shape: &str) -> String {
    if is_upper_camel(shape) {
        return shape.to_owned();
    }
    let parts: Vec<&str> = shape
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect();
    let mut out = String::new();
    for part in parts {
        if out.ends_with(|c: char| c.is_ascii_digit())
            && part.starts_with(|c: char| c.is_ascii_digit())
        {
            out.push('_');
        }
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.push_str(chars.as_str());
        }
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

/// The field name (a Rust identifier as text, maybe `r#…`) for a member name.
pub fn field_name(member: &str) -> String {
    let mut out = words(member)
        .iter()
        .map(|w| w.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_");
    if out.is_empty() {
        out.push_str("member");
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert_str(0, "m_");
    }
    if NOT_RAW.contains(&out.as_str()) {
        out.push('_');
    } else if KEYWORDS.contains(&out.as_str()) {
        out.insert_str(0, "r#");
    }
    out
}

/// The variant name for a union member name or an enum value, before collisions are resolved.
pub fn variant_name(value: &str) -> String {
    let mut out = String::new();
    for word in words(value) {
        if out.ends_with(|c: char| c.is_ascii_digit())
            && word.starts_with(|c: char| c.is_ascii_digit())
        {
            out.push('_');
        }
        let lower = word.to_ascii_lowercase();
        let mut chars = lower.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.push_str(chars.as_str());
        }
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    if out == "Self" {
        out.push_str("Value");
    }
    out
}

/// Returns `name`, or `name` + `suffix` (repeated) until it is not in `taken`; records it.
pub fn claim(taken: &mut BTreeSet<String>, name: String, suffix: &str) -> String {
    let mut name = name;
    while taken.contains(&name) {
        name.push_str(suffix);
    }
    taken.insert(name.clone());
    name
}

/// Field-name variant of [`claim`]: a taken field name gets `_2`, `_3`, … appended.
pub fn claim_field(taken: &mut BTreeSet<String>, name: String) -> String {
    let mut candidate = name.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{}_{n}", name.trim_start_matches("r#"));
        n += 1;
    }
    taken.insert(candidate.clone());
    candidate
}
