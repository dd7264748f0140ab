//! The wire path of the value at a position of a JSON body (`Items[3].pk`), found by walking the
//! text: a body that does not read names where, without reading it a second time through a
//! path-tracking deserializer, which would compile every output's `Deserialize` twice.

use std::fmt::Write as _;

/// Where the walk is inside a container.
enum Frame {
    /// In an object: the member whose value is being read, if one is.
    Object(Option<String>),
    /// In an array: the index of the item being read.
    Array(usize),
}

/// What the next token must be.
#[derive(Clone, Copy, PartialEq)]
enum Expect {
    Value,
    KeyOrEnd,
    Colon,
    CommaOrEnd,
}

/// The path, `serde_path_to_error`'s way: `a.b[3].c`, `.` for the body itself.
fn render(frames: &[Frame]) -> String {
    let mut out = String::new();
    for frame in frames {
        match frame {
            Frame::Object(Some(key)) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => {
                let _ = write!(out, "[{index}]");
            }
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

/// The path of a container: its frames but the last (whose member is not part of it).
fn container(frames: &[Frame]) -> String {
    render(&frames[..frames.len().saturating_sub(1)])
}

/// The end of the string starting at `start` (its opening quote), past its closing quote, and
/// its text (escapes other than `\uXXXX` decoded; a key with those is rare and kept as written).
fn string_at(body: &[u8], start: usize) -> (usize, String) {
    let mut i = start + 1;
    let mut text = Vec::new();
    while i < body.len() {
        match body[i] {
            b'"' => return (i + 1, String::from_utf8_lossy(&text).into_owned()),
            b'\\' if i + 1 < body.len() => {
                let escaped = body[i + 1];
                text.push(match escaped {
                    b'n' => b'\n',
                    b't' => b'\t',
                    b'r' => b'\r',
                    b'b' => 8,
                    b'f' => 12,
                    b'u' => {
                        text.extend_from_slice(b"\\u");
                        i += 2;
                        continue;
                    }
                    other => other,
                });
                i += 2;
            }
            byte => {
                text.push(byte);
                i += 1;
            }
        }
    }
    (body.len(), String::from_utf8_lossy(&text).into_owned())
}

/// The path of the value holding byte `target` of `body`: the innermost member or item whose
/// text spans it (a container's opening or closing bracket belongs to the container). Past the
/// end, or in a body that is not JSON, the path where the walk stopped.
pub(crate) fn path_at(body: &[u8], target: usize) -> String {
    let mut frames: Vec<Frame> = Vec::new();
    let mut expect = Expect::Value;
    let mut i = 0;
    while i < body.len() {
        let byte = body[i];
        if byte.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        match (expect, byte) {
            (Expect::Value, b'{' | b'[') => {
                if i >= target {
                    return render(&frames);
                }
                if byte == b'{' {
                    frames.push(Frame::Object(None));
                    expect = Expect::KeyOrEnd;
                } else {
                    frames.push(Frame::Array(0));
                    expect = Expect::Value;
                }
                i += 1;
            }
            (Expect::KeyOrEnd | Expect::CommaOrEnd | Expect::Value, b'}' | b']') => {
                if i >= target {
                    return container(&frames);
                }
                frames.pop();
                expect = Expect::CommaOrEnd;
                i += 1;
            }
            (Expect::KeyOrEnd, b'"') => {
                let (end, key) = string_at(body, i);
                if end > target {
                    // A key that does not read names no member yet: the object is at fault.
                    return render(&frames);
                }
                if let Some(Frame::Object(member)) = frames.last_mut() {
                    *member = Some(key);
                }
                expect = Expect::Colon;
                i = end;
            }
            (Expect::Colon, b':') => {
                expect = Expect::Value;
                i += 1;
            }
            (Expect::CommaOrEnd, b',') => {
                if i >= target {
                    return container(&frames);
                }
                match frames.last_mut() {
                    Some(Frame::Object(member)) => {
                        *member = None;
                        expect = Expect::KeyOrEnd;
                    }
                    Some(Frame::Array(index)) => {
                        *index += 1;
                        expect = Expect::Value;
                    }
                    None => return render(&frames),
                }
                i += 1;
            }
            (Expect::Value, b'"') => {
                let (end, _) = string_at(body, i);
                if end > target {
                    return render(&frames);
                }
                expect = Expect::CommaOrEnd;
                i = end;
            }
            (Expect::Value, _) => {
                let end = body[i..]
                    .iter()
                    .position(|b| matches!(b, b',' | b'}' | b']') || b.is_ascii_whitespace())
                    .map_or(body.len(), |n| i + n);
                if end > target {
                    return render(&frames);
                }
                expect = Expect::CommaOrEnd;
                i = end;
            }
            // A key without its colon: no member's value is being read, the object is at fault.
            (Expect::Colon, _) => {
                if let Some(Frame::Object(member)) = frames.last_mut() {
                    *member = None;
                }
                return render(&frames);
            }
            // Not JSON here: the walk stops where the parser did.
            _ => return render(&frames),
        }
    }
    if expect == Expect::Colon {
        // The body ended after a key: the object is at fault, as above.
        if let Some(Frame::Object(member)) = frames.last_mut() {
            *member = None;
        }
    }
    render(&frames)
}

/// The byte offset a `serde_json` error points past (its line and column, both counted as the
/// parser counts them: columns in bytes), and so the byte it blames: the one before.
pub(crate) fn blamed_byte(body: &[u8], line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match body[start..].iter().position(|b| *b == b'\n') {
            Some(n) => start += n + 1,
            None => break,
        }
    }
    (start + column).saturating_sub(1)
}

/// The byte to blame for a sensitive member's bad value, from the byte serde_json's error
/// blames. That error is raised once the value is given up on, without a position; serde_json
/// places it where the enclosing object stopped, after closing the containers it was in (each
/// `}` or `]` read). The last byte read before those closings is where the value went bad.
pub(crate) fn sensitive_value_byte(body: &[u8], blamed: usize) -> usize {
    let mut at = blamed.min(body.len().saturating_sub(1));
    while at > 0 && matches!(body[at], b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path of the value at the first occurrence of `marker` in `body`.
    fn path_of(body: &str, marker: &str) -> String {
        path_at(body.as_bytes(), body.find(marker).unwrap())
    }

    #[test]
    fn a_member_value_is_named_by_its_keys_and_indexes() {
        let body = r#"{"Items": [{"pk": 1}, {"pk": "x"}], "Count": 2}"#;
        assert_eq!(path_of(body, "\"x\""), "Items[1].pk");
        assert_eq!(path_of(body, "2}"), "Count");
        assert_eq!(path_of(body, "1}"), "Items[0].pk");
    }

    #[test]
    fn a_sensitive_members_error_blames_its_value_not_the_enclosing_object() {
        for (body, path) in [
            (r#"{"a": 1, "s": "v"}"#, "s"),
            ("{\"s\": \"v\" \n}", "s"),
            (r#"{"s": "v" , "a": 1}"#, "s"),
            (r#"{"s": {"n": [1, "v"] }}"#, "s.n[1]"),
        ] {
            // Where serde_json stops: past the closing brackets it read, or before the `,`.
            let stopped = body.find(" ,").unwrap_or(body.len() - 1);
            let value = sensitive_value_byte(body.as_bytes(), stopped);
            assert_eq!(path_at(body.as_bytes(), value), path, "{body}");
        }
    }

    #[test]
    fn a_container_owns_its_brackets() {
        let body = r#"{"a": {"b": [1, 2]}}"#;
        assert_eq!(path_of(body, "{\"b\""), "a");
        assert_eq!(path_of(body, "[1"), "a.b");
        assert_eq!(path_at(body.as_bytes(), body.len() - 1), ".");
        assert_eq!(path_at(body.as_bytes(), body.len() - 2), "a");
    }

    #[test]
    fn escaped_quotes_and_brackets_in_strings_are_text() {
        let body = r#"{"a\"]": "}{", "b": true}"#;
        assert_eq!(path_of(body, "true"), "b");
    }

    #[test]
    fn a_truncated_or_broken_body_names_where_the_walk_stopped() {
        assert_eq!(path_at(br#"{"a": [1, {"b": "#, 100), "a[1].b");
        assert_eq!(path_at(b"<html>", 3), ".");
        assert_eq!(path_at(b"", 0), ".");
    }

    #[test]
    fn a_key_without_its_colon_or_cut_short_names_the_object() {
        let body = r#"{"a": {"ok": 1, "b" 2}}"#;
        assert_eq!(path_of(body, "2}"), "a");
        assert_eq!(path_at(br#"{"a": {"b""#, 100), "a");
        assert_eq!(path_at(br#"{"a": {"b"#, 100), "a");
    }

    #[test]
    fn the_blamed_byte_is_the_one_before_the_error_position() {
        let body = b"{\n  \"a\": \"x\"\n}";
        // serde_json reports the error on "x" at line 2, column 10 (past its closing quote).
        assert_eq!(body[blamed_byte(body, 2, 10)], b'"');
        assert_eq!(path_at(body, blamed_byte(body, 2, 10)), "a");
    }
}
