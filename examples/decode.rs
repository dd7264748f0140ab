//! Decodes `UpdateProtectedQuery` response bodies, one per line, the way the conformance
//! suite (`conformance/run.sh`) feeds them:
//!
//! ```text
//! cargo run --release --example decode < bodies.jsonl
//! ```
//!
//! For each input line it writes one line: `{"ok": <the decoded output written back as
//! JSON>}` or `{"error": "<path>: <message>"}`. A bad line (not JSON, not UTF-8, a bad
//! union, …) never stops the run; lines may be many megabytes long. An empty line is an
//! empty body, which decodes (client error correction) like `{}`.

use std::io::{self, BufRead, BufWriter, Write};

use cleanrooms_runtime::model::{decode_update_protected_query_output, UpdateProtectedQueryOutput};
use serde::Serialize;

#[derive(Serialize)]
#[serde(rename_all = "lowercase")]
enum Outcome<'a> {
    Ok(&'a UpdateProtectedQueryOutput),
    Error(String),
}

fn main() -> io::Result<()> {
    let mut input = io::stdin().lock();
    let mut output = BufWriter::new(io::stdout().lock());
    let mut line = Vec::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        if line.last() == Some(&b'\n') {
            line.pop();
        }
        let decoded = decode_update_protected_query_output(&line);
        // The path as it is (a map key may hold anything): the JSON line escapes it, where
        // `Display` (for logs) writes control characters as escapes and so changes it.
        let outcome = match &decoded {
            Ok(output) => Outcome::Ok(output),
            Err(error) if error.path().is_empty() => Outcome::Error(error.to_string()),
            Err(error) => Outcome::Error(format!("{}: {}", error.path(), error.message())),
        };
        if let Err(error) = serde_json::to_writer(&mut output, &outcome) {
            // Only a write failure can get here: every decoded value writes back.
            return Err(io::Error::new(io::ErrorKind::Other, error));
        }
        output.write_all(b"\n")?;
    }
    output.flush()
}
