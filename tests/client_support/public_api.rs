//! A list of the public API of `cleanrooms-runtime`, read from its source: every `pub` item
//! with its signature, the variants and fields of public enums and structs (marked when the
//! type is exhaustive, since adding to those breaks users), derives, `#[non_exhaustive]`, and
//! trait impls. Test modules, inline or in their own files, are left out.
//!
//! It reads source text, not types: it is a tripwire for changes, not a compiler.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The public API of the crate whose sources are under `src`, one item a line, sorted by
/// file then order of appearance.
pub fn public_api(src: &Path) -> String {
    let mut files = Vec::new();
    collect(src, &mut files);
    files.sort();
    let mut out = String::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let name = file
            .strip_prefix(src)
            .unwrap_or(&file)
            .to_string_lossy()
            .replace('\\', "/");
        for item in items(&text) {
            let _ = writeln!(out, "{name}: {item}");
        }
    }
    out
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") && !is_test_file(&path) {
            files.push(path);
        }
    }
}

/// A test module kept in its own file (`tests.rs`, `*_tests.rs`): not part of the API.
fn is_test_file(path: &Path) -> bool {
    path.file_stem()
        .and_then(|stem| stem.to_str())
        .is_some_and(|stem| stem == "tests" || stem.ends_with("_tests"))
}

/// What kind of block the parser is in, and whether it is exhaustive.
#[derive(Clone)]
enum Block {
    Enum { name: String, exhaustive: bool },
    Struct { name: String, exhaustive: bool },
    Impl(String),
    Other,
}

fn items(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    // The blocks open at each brace depth.
    let mut stack: Vec<Block> = Vec::new();
    let mut attributes: Vec<String> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim();
        i += 1;
        if line == "#[cfg(test)]" {
            let next = lines.get(i).map_or("", |l| l.trim());
            if next.starts_with("mod ") {
                break;
            }
        }
        if line.starts_with("//") || line.is_empty() {
            continue;
        }
        if line.starts_with("#[") {
            if line.starts_with("#[derive(") || line == "#[non_exhaustive]" {
                attributes.push(line.to_owned());
            }
            if !line.ends_with(']') {
                // A multi-line attribute: skip to its end.
                while i < lines.len() && !lines[i].trim_end().ends_with(']') {
                    i += 1;
                }
                i += 1;
            }
            continue;
        }
        // A whole item header, joined over lines until `{`, `;` or `}` ends it.
        let mut header = line.to_owned();
        if line.starts_with("pub use ") {
            while !header.ends_with(';') {
                let Some(next) = lines.get(i) else { break };
                header.push(' ');
                header.push_str(next.trim());
                i += 1;
            }
        } else if is_item_start(line) {
            while !header.ends_with('{') && !header.ends_with(';') && !header.ends_with('}') {
                let Some(next) = lines.get(i) else { break };
                header.push(' ');
                header.push_str(next.trim());
                i += 1;
            }
        }
        let exhaustive = !attributes.iter().any(|a| a == "#[non_exhaustive]");
        let attrs = std::mem::take(&mut attributes);
        let signature = clean(&header);
        let in_type = stack.last().cloned();

        if header.starts_with("pub ") {
            let context = match &in_type {
                Some(Block::Impl(name)) => format!("{name} :: "),
                _ => String::new(),
            };
            let prefix = if attrs.is_empty() {
                String::new()
            } else {
                format!("{} ", attrs.join(" "))
            };
            match &in_type {
                Some(Block::Struct { name, exhaustive }) => {
                    let kind = if *exhaustive { " (exhaustive)" } else { "" };
                    out.push(format!("struct {name}{kind} field {signature}"));
                }
                _ => out.push(format!("{prefix}{context}{signature}")),
            }
        } else if let Some(Block::Enum { name, exhaustive }) = &in_type {
            if line.starts_with(|c: char| c.is_ascii_uppercase()) {
                let kind = if *exhaustive { " (exhaustive)" } else { "" };
                out.push(format!("enum {name}{kind} variant {signature}"));
            }
        } else if stack.is_empty() && header.starts_with("impl") && header.contains(" for ") {
            out.push(signature.clone());
        }

        let opens = header.matches('{').count();
        let closes = header.matches('}').count();
        if opens > closes {
            let block = if header.starts_with("pub enum ") {
                Block::Enum {
                    name: type_name(&header, "pub enum "),
                    exhaustive,
                }
            } else if header.starts_with("pub struct ") {
                Block::Struct {
                    name: type_name(&header, "pub struct "),
                    exhaustive,
                }
            } else if header.starts_with("impl") && stack.is_empty() {
                Block::Impl(clean(&header))
            } else {
                Block::Other
            };
            stack.push(block);
            for _ in 1..opens - closes {
                stack.push(Block::Other);
            }
        } else {
            for _ in 0..closes - opens {
                stack.pop();
            }
        }
    }
    out
}

fn is_item_start(line: &str) -> bool {
    let line = line.strip_prefix("pub ").unwrap_or(line);
    [
        "fn ",
        "const fn ",
        "async fn ",
        "struct ",
        "enum ",
        "trait ",
        "impl",
        "type ",
        "use ",
    ]
    .iter()
    .any(|start| line.starts_with(start))
}

/// The header without its body, spaces collapsed.
fn clean(header: &str) -> String {
    let header = header.trim_end_matches(['{', ';']).trim();
    let header = match header.find(" {") {
        Some(at) if header.starts_with("pub fn") || header.contains(" fn ") => &header[..at],
        _ => header,
    };
    header.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn type_name(header: &str, after: &str) -> String {
    header[after.len()..]
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .next()
        .unwrap_or_default()
        .to_owned()
}
