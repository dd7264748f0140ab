//! [`Blob`]: a Smithy `blob`, base64 text in JSON and a byte string in CBOR.

use alloc::vec::Vec;
use core::fmt;
use core::ops::Deref;

use base64::alphabet;
use base64::display::Base64Display;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine as _;
use serde_core::de::{self, Deserializer, EnumAccess, Visitor};
use serde_core::{Deserialize, Serialize, Serializer};

use crate::tag;

/// Standard base64 written with padding; read with or without it.
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Binary data, as AWS services carry a `blob` member.
///
/// Written as standard base64 text (with padding) in human-readable formats (JSON) and as
/// a byte string in binary formats (CBOR); read from either in any format, base64 with or
/// without padding. Text that is not base64 is an error.
///
/// Deliberately absent: a mutable buffer API (`DerefMut`, `push`, `extend`), since a blob is a
/// value read whole and written whole: edit a `Vec<u8>` ([`into_inner`](Self::into_inner)
/// gives it back) and convert it; shared, reference-counted bytes (`bytes::Bytes`), a
/// dependency the crate does not take; and streaming: a streaming blob (an operation's
/// payload) is the client's business, not a model type's.
///
/// ```
/// use aws_union::Blob;
///
/// let blob = Blob::from(b"hi!".to_vec());
/// assert_eq!(serde_json::to_string(&blob)?, r#""aGkh""#);
/// let back: Blob = serde_json::from_str(r#""aGkh""#)?;
/// assert_eq!(&*back, b"hi!");
/// assert!(serde_json::from_str::<Blob>(r#""not base64!""#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Blob(Vec<u8>);

impl Blob {
    /// A blob holding `bytes`.
    ///
    /// ```
    /// # use aws_union::Blob;
    /// assert_eq!(Blob::new(vec![1, 2]).as_bytes(), [1, 2]);
    /// ```
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Self(bytes.into())
    }

    /// The bytes.
    ///
    /// ```
    /// # use aws_union::Blob;
    /// assert!(Blob::default().as_bytes().is_empty());
    /// ```
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The bytes, given back.
    ///
    /// ```
    /// # use aws_union::Blob;
    /// assert_eq!(Blob::new(*b"ab").into_inner(), b"ab".to_vec());
    /// ```
    pub fn into_inner(self) -> Vec<u8> {
        self.0
    }
}

impl Deref for Blob {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl AsRef<[u8]> for Blob {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl From<Vec<u8>> for Blob {
    fn from(bytes: Vec<u8>) -> Self {
        Self(bytes)
    }
}

impl From<&[u8]> for Blob {
    fn from(bytes: &[u8]) -> Self {
        Self(bytes.into())
    }
}

impl From<Blob> for Vec<u8> {
    fn from(blob: Blob) -> Self {
        blob.0
    }
}

impl Serialize for Blob {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_bytes(&self.0, serializer)
    }
}

/// Bytes as base64 text in human-readable formats, a byte string in binary ones.
pub(crate) fn serialize_bytes<S: Serializer>(
    bytes: &[u8],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        serializer.collect_str(&Base64Display::new(bytes, &BASE64))
    } else {
        serializer.serialize_bytes(bytes)
    }
}

/// Decodes base64 text; the error says what was wrong and where.
pub(crate) fn decode_base64<E: de::Error>(text: &str) -> Result<Vec<u8>, E> {
    BASE64
        .decode(text)
        .map_err(|err| E::custom(format_args!("invalid base64 in a blob: {err}")))
}

impl<'de> Deserialize<'de> for Blob {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(BlobVisitor)
    }
}

struct BlobVisitor;

const EXPECTING: &str = "a blob: base64 text or a byte string";

impl<'de> Visitor<'de> for BlobVisitor {
    type Value = Blob;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(EXPECTING)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Blob, E> {
        decode_base64(v).map(Blob)
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Blob, E> {
        Ok(Blob(v.into()))
    }

    fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<Blob, E> {
        Ok(Blob(v))
    }

    /// A CBOR tag is looked through.
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Blob, A::Error> {
        tag::look_through(data, core::marker::PhantomData::<Blob>, EXPECTING)
    }
}
