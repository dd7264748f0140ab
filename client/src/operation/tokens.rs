//! Idempotency tokens: a member marked `idempotencyToken` that the caller leaves unset gets a
//! fresh one, so that a retried call is recognised by the service as the same call.

use std::fmt;

/// Where idempotency tokens come from. [`RandomTokens`] by default; replace it to make
/// requests deterministic in tests.
///
/// ```
/// use aws_union_client::operation::IdempotencyTokens;
///
/// #[derive(Debug)]
/// struct Fixed;
/// impl IdempotencyTokens for Fixed {
///     fn next_token(&self) -> String {
///         "00000000-0000-4000-8000-000000000000".to_owned()
///     }
/// }
/// assert_eq!(Fixed.next_token().len(), 36);
/// ```
pub trait IdempotencyTokens: Send + Sync + fmt::Debug {
    /// A new token.
    fn next_token(&self) -> String;
}

/// Random UUIDs (version 4), as the AWS SDKs fill idempotency tokens.
///
/// ```
/// use aws_union_client::operation::{IdempotencyTokens, RandomTokens};
///
/// let token = RandomTokens.next_token();
/// assert_eq!(token.len(), 36);
/// assert_eq!(&token[14..15], "4");
/// assert_ne!(token, RandomTokens.next_token());
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct RandomTokens;

impl IdempotencyTokens for RandomTokens {
    fn next_token(&self) -> String {
        uuid_v4(fastrand::u128(..))
    }
}

/// A version 4 UUID from 128 random bits: `xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx`, lowercase,
/// written digit by digit (a call makes one per attempt, so it is kept cheap).
pub(crate) fn uuid_v4(bits: u128) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let bits = (bits & !(0xf << 76) | (0x4 << 76)) & !(0x3 << 62) | (0x2 << 62);
    let mut text = String::with_capacity(36);
    for (i, shift) in (0..32).rev().map(|n| n * 4).enumerate() {
        if matches!(i, 8 | 12 | 16 | 20) {
            text.push('-');
        }
        text.push(char::from(DIGITS[((bits >> shift) & 0xf) as usize]));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_the_bits_in_hex_in_groups_of_8_4_4_4_12() {
        assert_eq!(
            uuid_v4(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef),
            "01234567-89ab-4def-8123-456789abcdef"
        );
    }

    #[test]
    fn tokens_are_version_4_variant_1_uuids() {
        for bits in [0, u128::MAX, 0x0123_4567_89ab_cdef_0123_4567_89ab_cdef] {
            let id = uuid_v4(bits);
            assert_eq!(id.len(), 36);
            assert_eq!(&id[14..15], "4", "{id}");
            assert!("89ab".contains(&id[19..20]), "{id}");
            assert!(id.bytes().all(|b| b == b'-' || b.is_ascii_hexdigit()));
        }
    }
}
