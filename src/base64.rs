//! Standard base64 (RFC 4648 §4): written with padding, read with or without it. A few dozen
//! lines here instead of a dependency, since a blob is all this crate encodes.

use alloc::vec::Vec;
use core::fmt;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Bytes as padded base64 text, written piece by piece (no allocation).
pub(crate) struct Base64<'a>(pub &'a [u8]);

impl fmt::Display for Base64<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = [0u8; 1024];
        for chunk in self.0.chunks(768) {
            let mut len = 0;
            for group in chunk.chunks(3) {
                let byte = |i: usize| u32::from(group.get(i).copied().unwrap_or(0));
                let bits = byte(0) << 16 | byte(1) << 8 | byte(2);
                let sextet = |shift: u32| ALPHABET[(bits >> shift) as usize & 63];
                text[len] = sextet(18);
                text[len + 1] = sextet(12);
                text[len + 2] = if group.len() > 1 { sextet(6) } else { b'=' };
                text[len + 3] = if group.len() > 2 { sextet(0) } else { b'=' };
                len += 4;
            }
            f.write_str(core::str::from_utf8(&text[..len]).map_err(|_| fmt::Error)?)?;
        }
        Ok(())
    }
}

/// What is wrong with a base64 text.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Base64Error {
    /// A character outside the alphabet, at this byte offset.
    Symbol(char, usize),
    /// A length no base64 text has (one character past a group of four).
    Length,
    /// More `=` than the length asks for.
    Padding,
    /// The last character leaves bits set that no byte holds, at this byte offset.
    LastSymbol(char, usize),
}

impl fmt::Display for Base64Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Base64Error::Symbol(c, at) => write!(f, "invalid character {c:?} at offset {at}"),
            Base64Error::Length => f.write_str("invalid length"),
            Base64Error::Padding => f.write_str("invalid padding"),
            Base64Error::LastSymbol(c, at) => {
                write!(f, "invalid last character {c:?} at offset {at}")
            }
        }
    }
}

fn sextet(byte: u8) -> Option<u32> {
    let value = match byte {
        b'A'..=b'Z' => byte - b'A',
        b'a'..=b'z' => byte - b'a' + 26,
        b'0'..=b'9' => byte - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    };
    Some(u32::from(value))
}

/// Decodes standard base64, padded or not; padding, when there is some, is no more than the
/// length asks for, and the last character carries no bits past the last byte.
pub(crate) fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    let bytes = text.as_bytes();
    let data = bytes.iter().rposition(|&b| b != b'=').map_or(0, |i| i + 1);
    if let Some(at) = bytes[..data].iter().position(|&b| sextet(b).is_none()) {
        let found = text[at..].chars().next().unwrap_or('=');
        return Err(Base64Error::Symbol(found, at));
    }
    let tail = data % 4;
    if tail == 1 {
        return Err(Base64Error::Length);
    }
    let padding = bytes.len() - data;
    if padding > (4 - tail) % 4 {
        return Err(Base64Error::Padding);
    }
    let mut out = Vec::with_capacity(data / 4 * 3 + tail);
    for (group_index, group) in bytes[..data].chunks(4).enumerate() {
        let mut bits = 0u32;
        for (i, &byte) in group.iter().enumerate() {
            bits |= sextet(byte).unwrap_or(0) << (18 - 6 * i);
        }
        let full = [(bits >> 16) as u8, (bits >> 8) as u8, bits as u8];
        let kept = group.len() - 1;
        // Bits past the last whole byte must be zero.
        if bits & (0x00FF_FFFF >> (8 * kept)) != 0 {
            let at = group_index * 4 + kept;
            let last = group.get(kept).copied().unwrap_or(b'=');
            return Err(Base64Error::LastSymbol(char::from(last), at));
        }
        out.extend_from_slice(&full[..kept]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn encoding_pads_to_groups_of_four() {
        assert_eq!(Base64(b"").to_string(), "");
        assert_eq!(Base64(b"h").to_string(), "aA==");
        assert_eq!(Base64(b"hi").to_string(), "aGk=");
        assert_eq!(Base64(b"hi!").to_string(), "aGkh");
        assert_eq!(Base64(&[0xfb, 0xff]).to_string(), "+/8=");
    }

    #[test]
    fn decoding_takes_padding_or_none() {
        assert_eq!(decode("aGVsbG8=").unwrap(), b"hello");
        assert_eq!(decode("aGVsbG8").unwrap(), b"hello");
        assert_eq!(decode("aA").unwrap(), b"h");
        assert_eq!(decode("aA=").unwrap(), b"h");
        assert_eq!(decode("+/8=").unwrap(), [0xfb, 0xff]);
    }

    #[test]
    fn decoding_rejects_what_is_not_base64() {
        assert_eq!(decode("a"), Err(Base64Error::Length));
        assert_eq!(decode("aGVsbG8=="), Err(Base64Error::Padding));
        assert_eq!(decode("aGkh="), Err(Base64Error::Padding));
        assert_eq!(decode("aGVs bG8="), Err(Base64Error::Symbol(' ', 4)));
        assert_eq!(decode("aG=s"), Err(Base64Error::Symbol('=', 2)));
        assert_eq!(decode("aB=="), Err(Base64Error::LastSymbol('B', 1)));
    }
}
