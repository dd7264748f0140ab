//! Structures are JSON objects, nothing else.
//!
//! serde's derived `Deserialize` for a struct also accepts a sequence and fills the fields
//! by position, so `[]` would read as a structure whose members are all missing (and, with
//! client error correction, succeed). restJson1 has no such form and botocore rejects it.
//! Each structure therefore derives its serde code with `#[serde(remote = "Self")]`, which
//! turns the derived impls into inherent functions, and [`map_only_structures!`] implements
//! the traits on top: `Serialize` as derived, `Deserialize` through [`MapOnly`], which lets
//! only a map reach the derived visitor.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};

/// A deserializer that hands its visitor only maps; anything else is an "invalid type"
/// error worded by the visitor (`expected struct ProtectedQuery`).
pub(crate) struct MapOnly<D>(pub(crate) D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for MapOnly<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(OnlyMaps(visitor))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_struct(name, fields, OnlyMaps(visitor))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

/// Forwards `visit_map` and nothing else.
struct OnlyMaps<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for OnlyMaps<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(map)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<V::Value, A::Error> {
        Err(de::Error::invalid_type(de::Unexpected::Seq, &self))
    }
}

/// `Serialize` and `Deserialize` for structures whose derives say `#[serde(remote = "Self")]`.
macro_rules! map_only_structures {
    ($($ty:ident),* $(,)?) => {
        $(impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $ty::serialize(self, serializer)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $ty::deserialize($crate::model::map_only::MapOnly(deserializer))
            }
        })*
    };
}
pub(crate) use map_only_structures;
