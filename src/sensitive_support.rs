//! Reading a sensitive member's value: an error raised while reading it never repeats the
//! value (serde's `invalid type: string "…"`), so a bad response cannot leak a secret into logs.

use core::fmt::{self, Write as _};

use serde_core::de::{self, Deserialize, Deserializer};

/// The message of an error raised while reading a sensitive member's value. The format's
/// position (serde_json's ` at line L column C`) and the path (`serde_path_to_error`) still
/// say where the value is.
pub const SENSITIVE_VALUE_ERROR: &str = "invalid value in a sensitive member (not shown)";

/// The beginnings of the messages kept as they are: none repeats a value. The formats' errors
/// for text that is not a value (serde_json's syntax and end-of-input errors, ciborium's) say
/// why; an error already redacted (a sensitive member inside another) keeps its position.
const NOT_A_VALUE: &[&str] = &[
    SENSITIVE_VALUE_ERROR,
    // serde_json
    "EOF while parsing",
    "expected `",
    "expected ident",
    "expected value",
    "invalid escape",
    "invalid number",
    "number out of range",
    "invalid unicode code point",
    "control character",
    "key must be a string",
    "lone leading surrogate",
    "unexpected end of hex escape",
    "trailing comma",
    "trailing characters",
    "recursion limit exceeded",
    // ciborium
    "Io(",
    "Syntax(",
    "RecursionLimitExceeded",
];

/// A sensitive member's value, read as `T`. A `T` that reads is returned as it is (no copy, no
/// allocation); any error in between but the format's own errors about text that is not a value
/// is replaced by one saying only [`SENSITIVE_VALUE_ERROR`].
pub struct Sensitive<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Sensitive<T> {
    #[inline]
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match T::deserialize(deserializer) {
            Ok(value) => Ok(Sensitive(value)),
            Err(error) => Err(not_shown(error)),
        }
    }
}

/// `error` unless it may show the value: then [`SENSITIVE_VALUE_ERROR`].
#[cold]
fn not_shown<E: de::Error>(error: E) -> E {
    let mut start = Start {
        bytes: [0; 48],
        len: 0,
    };
    // The writer stops the formatting once it has enough: its error is expected.
    let _ = write!(start, "{error}");
    let start = &start.bytes[..start.len];
    if NOT_A_VALUE.iter().any(|p| start.starts_with(p.as_bytes())) {
        error
    } else {
        E::custom(SENSITIVE_VALUE_ERROR)
    }
}

/// The first bytes of a message, without allocating: as long as the longest of [`NOT_A_VALUE`].
struct Start {
    bytes: [u8; 48],
    len: usize,
}

impl fmt::Write for Start {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let room = self.bytes.len() - self.len;
        let taken = text.len().min(room);
        self.bytes[self.len..self.len + taken].copy_from_slice(&text.as_bytes()[..taken]);
        self.len += taken;
        if taken < text.len() {
            return Err(fmt::Error);
        }
        Ok(())
    }
}
