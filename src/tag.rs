//! CBOR tags through serde, in the convention of the `ciborium` crate: a tagged item is the
//! tuple variant `@@TAGGED@@(tag, value)` of an enum named `@@TAG@@`. Its serializer writes
//! that variant as a tag header and the value; its `deserialize_any` hands a tagged item to
//! `Visitor::visit_enum` the same way. Other formats never see it, except through the types
//! here that write it on purpose (binary formats only).

use alloc::string::{String, ToString};
use core::fmt;

use serde_core::de::{self, DeserializeSeed, EnumAccess, SeqAccess, VariantAccess, Visitor};
use serde_core::ser::{SerializeTupleVariant, Serializer};
use serde_core::Serialize;

/// CBOR tag 1: epoch-based date/time, a number of seconds.
pub(crate) const EPOCH_SECONDS: u64 = 1;

const TAG_ENUM: &str = "@@TAG@@";
const TAGGED: &str = "@@TAGGED@@";
const UNTAGGED: &str = "@@UNTAGGED@@";

/// Writes `value` behind `tag`.
pub(crate) fn serialize_tagged<S, T>(serializer: S, tag: u64, value: &T) -> Result<S::Ok, S::Error>
where
    S: Serializer,
    T: Serialize + ?Sized,
{
    let mut variant = serializer.serialize_tuple_variant(TAG_ENUM, 0, TAGGED, 2)?;
    variant.serialize_field(&tag)?;
    variant.serialize_field(value)?;
    variant.end()
}

/// What `visit_enum` was handed: a tagged item, an untagged one, or a real enum variant.
pub(crate) enum Marker {
    Tagged,
    Untagged,
    Variant(String),
}

impl<'de> de::Deserialize<'de> for Marker {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(MarkerVisitor)
    }
}

struct MarkerVisitor;

impl Visitor<'_> for MarkerVisitor {
    type Value = Marker;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a CBOR tag or an enum variant")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Marker, E> {
        Ok(match v {
            TAGGED => Marker::Tagged,
            UNTAGGED => Marker::Untagged,
            _ => Marker::Variant(v.into()),
        })
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Marker, E> {
        Ok(Marker::Variant(v.to_string()))
    }
}

/// Reads the item behind a CBOR tag with `seed`, whatever the tag; a real enum variant is
/// an error saying what was `expected`.
pub(crate) fn look_through<'de, A, S>(
    data: A,
    seed: S,
    expected: &str,
) -> Result<S::Value, A::Error>
where
    A: EnumAccess<'de>,
    S: DeserializeSeed<'de>,
{
    let (marker, variant) = data.variant::<Marker>()?;
    match marker {
        Marker::Variant(name) => Err(de::Error::custom(format_args!(
            "expected {expected}, found the enum variant `{name}`"
        ))),
        marker => tagged_value(marker, variant, seed),
    }
}

/// The item behind a tag (`Marker::Tagged`) or the untagged item (`Marker::Untagged`).
pub(crate) fn tagged_value<'de, V, S>(
    marker: Marker,
    variant: V,
    seed: S,
) -> Result<S::Value, V::Error>
where
    V: VariantAccess<'de>,
    S: DeserializeSeed<'de>,
{
    match marker {
        Marker::Untagged => variant.newtype_variant_seed(seed),
        _ => variant.tuple_variant(2, TaggedVisitor(seed)),
    }
}

/// The two elements of a tagged item: the tag number (skipped) and the item.
struct TaggedVisitor<S>(S);

impl<'de, S: DeserializeSeed<'de>> Visitor<'de> for TaggedVisitor<S> {
    type Value = S::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a tag number and a tagged item")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<S::Value, A::Error> {
        if seq.next_element::<u64>()?.is_none() {
            return Err(de::Error::invalid_length(0, &self));
        }
        match seq.next_element_seed(self.0)? {
            Some(value) => Ok(value),
            None => Err(de::Error::custom("a CBOR tag without its item")),
        }
    }
}
