//! What every union and structure impl shares, written once here instead of in every
//! expansion: member-key lookup, the `{}` of a Unit member, boto3's `{"name": …}` form of an
//! unknown member, and the probe that tells a value of nothing.

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;
use core::marker::PhantomData;

use serde_core::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_core::ser::{self, Serialize, SerializeMap, Serializer};

/// What sensitive members print in a generated `Debug`, as aws-sdk-rust prints them.
pub const REDACTED: &str = "*** Sensitive Data Redacted ***";

/// A member key as the impls see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// The member at this index of the known names.
    Member(usize),
    /// `__type`, ignored whatever its value.
    Type,
    /// `SDK_UNKNOWN_MEMBER`, boto3's form of an unknown member.
    SdkUnknown,
    /// Any other key; its name is in the seed's slot when one was given.
    Other,
}

impl Key {
    /// The key's wire name.
    pub fn wire<'a>(&self, names: &'a [&'a str], other: &'a str) -> &'a str {
        match *self {
            Key::Member(i) => names.get(i).copied().unwrap_or(other),
            Key::Type => "__type",
            Key::SdkUnknown => "SDK_UNKNOWN_MEMBER",
            Key::Other => other,
        }
    }
}

/// Reads one map key into a [`Key`], matching it as `&str` without allocating; the name of a
/// key the model does not know is copied into the slot (reused across keys) when there is one.
pub struct KeySeed<'a> {
    names: &'static [&'static str],
    other: Option<&'a mut String>,
}

impl<'a> KeySeed<'a> {
    /// Keys of a union: an unknown key's name is kept in `other`.
    pub fn new(names: &'static [&'static str], other: &'a mut String) -> Self {
        KeySeed {
            names,
            other: Some(other),
        }
    }
}

impl KeySeed<'static> {
    /// Keys of a structure: unknown names are not kept.
    pub fn known(names: &'static [&'static str]) -> Self {
        KeySeed { names, other: None }
    }
}

impl<'de, 'a> DeserializeSeed<'de> for KeySeed<'a> {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, 'a> Visitor<'de> for KeySeed<'a> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        if let Some(i) = position(self.names, key) {
            return Ok(Key::Member(i));
        }
        let found = match key {
            "__type" => return Ok(Key::Type),
            "SDK_UNKNOWN_MEMBER" => Key::SdkUnknown,
            _ => Key::Other,
        };
        if let Some(slot) = self.other {
            slot.clear();
            slot.push_str(key);
        }
        Ok(found)
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Key, E> {
        match core::str::from_utf8(key) {
            Ok(key) => self.visit_str(key),
            Err(_) => Err(de::Error::invalid_value(de::Unexpected::Bytes(key), &self)),
        }
    }
}

/// The index of `key` in `names`. Member names are short, so the bytes are compared in line
/// (after the lengths) instead of through a `memcmp` call per name of the same length.
#[inline]
fn position(names: &[&str], key: &str) -> Option<usize> {
    let key = key.as_bytes();
    names.iter().position(|name| {
        let name = name.as_bytes();
        name.len() == key.len() && name.iter().zip(key).all(|(a, b)| a == b)
    })
}

/// The value of a Unit member: `{}`.
pub struct UnitMember;

impl Serialize for UnitMember {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_map(Some(0))?.end()
    }
}

/// boto3's form of an unknown member, written: `{"name": "<member>"}`.
pub struct UnknownNameRef<'a>(pub &'a str);

impl Serialize for UnknownNameRef<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry("name", self.0)?;
        map.end()
    }
}

/// boto3's form of an unknown member, read: `{"name": "<member>"}`; other keys are ignored.
pub struct UnknownName(pub String);

impl<'de> serde_core::Deserialize<'de> for UnknownName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FormVisitor;

        impl<'de> Visitor<'de> for FormVisitor {
            type Value = UnknownName;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("the unknown member's form {\"name\": \"<member name>\"}")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<UnknownName, A::Error> {
                let mut name = None;
                while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                    if key != "name" {
                        map.next_value::<de::IgnoredAny>()?;
                    } else if name.is_some() {
                        return Err(de::Error::duplicate_field("name"));
                    } else {
                        name = Some(map.next_value::<String>()?);
                    }
                }
                name.map(UnknownName)
                    .ok_or_else(|| de::Error::missing_field("name"))
            }
        }

        deserializer.deserialize_any(FormVisitor)
    }
}

/// Reads a `Cow` member asked to borrow (`#[aws(borrow)]`): borrowed when the input lends.
pub struct Borrowed<T>(pub T);

impl<'de: 'a, 'a> serde_core::Deserialize<'de> for Borrowed<Cow<'a, str>> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StrVisitor<'a>(PhantomData<&'a ()>);

        impl<'de: 'a, 'a> Visitor<'de> for StrVisitor<'a> {
            type Value = Cow<'a, str>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Cow::Borrowed(v))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Cow::Owned(v.into()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(Cow::Owned(v))
            }
        }

        deserializer
            .deserialize_str(StrVisitor(PhantomData))
            .map(Borrowed)
    }
}

impl<'de: 'a, 'a> serde_core::Deserialize<'de> for Borrowed<Cow<'a, [u8]>> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct BytesVisitor<'a>(PhantomData<&'a ()>);

        impl<'de: 'a, 'a> Visitor<'de> for BytesVisitor<'a> {
            type Value = Cow<'a, [u8]>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("bytes")
            }

            fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<Self::Value, E> {
                Ok(Cow::Borrowed(v))
            }

            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Cow::Borrowed(v.as_bytes()))
            }

            fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Self::Value, E> {
                Ok(Cow::Owned(v.into()))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Cow::Owned(v.as_bytes().into()))
            }
        }

        deserializer
            .deserialize_bytes(BytesVisitor(PhantomData))
            .map(Borrowed)
    }
}

/// Whether a value serializes as nothing (`()`, `None`, `null`).
///
/// A value-keeping unknown member read from boto3's form holds such a value; written as
/// `{"<name>": null}` it would read back as a union with no member set, so it is written in
/// boto3's form again. The probe looks at the value's first call only and allocates nothing.
pub fn is_unit<T: Serialize + ?Sized>(value: &T) -> bool {
    value.serialize(UnitProbe).is_ok()
}

/// Not a unit: the probe stops at the value's first call.
#[derive(Debug)]
struct NotUnit;

impl fmt::Display for NotUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a unit value")
    }
}

impl ser::Error for NotUnit {
    fn custom<T: fmt::Display>(_: T) -> Self {
        NotUnit
    }
}

#[cfg(feature = "std")]
impl std::error::Error for NotUnit {}

#[cfg(not(feature = "std"))]
impl ser::StdError for NotUnit {}

struct UnitProbe;

macro_rules! not_unit {
    ($($method:ident($($arg:ty),*);)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<(), NotUnit> {
            Err(NotUnit)
        }
    )*};
}

impl Serializer for UnitProbe {
    type Ok = ();
    type Error = NotUnit;
    type SerializeSeq = ser::Impossible<(), NotUnit>;
    type SerializeTuple = ser::Impossible<(), NotUnit>;
    type SerializeTupleStruct = ser::Impossible<(), NotUnit>;
    type SerializeTupleVariant = ser::Impossible<(), NotUnit>;
    type SerializeMap = ser::Impossible<(), NotUnit>;
    type SerializeStruct = ser::Impossible<(), NotUnit>;
    type SerializeStructVariant = ser::Impossible<(), NotUnit>;

    not_unit! {
        serialize_bool(bool);
        serialize_i8(i8);
        serialize_i16(i16);
        serialize_i32(i32);
        serialize_i64(i64);
        serialize_i128(i128);
        serialize_u8(u8);
        serialize_u16(u16);
        serialize_u32(u32);
        serialize_u64(u64);
        serialize_u128(u128);
        serialize_f32(f32);
        serialize_f64(f64);
        serialize_char(char);
        serialize_str(&str);
        serialize_bytes(&[u8]);
        serialize_unit_variant(&'static str, u32, &'static str);
    }

    fn serialize_none(self) -> Result<(), NotUnit> {
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), NotUnit> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), NotUnit> {
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), NotUnit> {
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), NotUnit> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), NotUnit> {
        Err(NotUnit)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, NotUnit> {
        Err(NotUnit)
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, NotUnit> {
        Err(NotUnit)
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, NotUnit> {
        Err(NotUnit)
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, NotUnit> {
        Err(NotUnit)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, NotUnit> {
        Err(NotUnit)
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, NotUnit> {
        Err(NotUnit)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, NotUnit> {
        Err(NotUnit)
    }

    fn collect_str<T: fmt::Display + ?Sized>(self, _: &T) -> Result<(), NotUnit> {
        Err(NotUnit)
    }
}
