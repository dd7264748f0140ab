//! What every structure impl shares, written once here instead of in every expansion: writing
//! the members into a map, walking the map on read, and reading one member's value.
//!
//! Each generated member is one call to these functions, so a model of hundreds of structures
//! hands the compiler small bodies to check.

use alloc::vec;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use serde_core::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_core::ser::{Serialize, SerializeMap};

use crate::float::{Float, FloatSpecials};
use crate::timestamp::TimestampFormat;
use crate::timestamp_as::{TimestampAs, TimestampFormatted};
use crate::union_support::{Key, KeySeed};

/// Writes a structure's members into a map and keeps the first error; the members after it
/// are not written.
pub struct MapWriter<M: SerializeMap> {
    map: M,
    error: Option<M::Error>,
}

impl<M: SerializeMap> MapWriter<M> {
    /// Writes into `map`, which the serializer has started.
    #[inline]
    pub fn new(map: M) -> Self {
        MapWriter { map, error: None }
    }

    /// Writes the member `key` with its value.
    #[inline]
    pub fn entry<V: Serialize + ?Sized>(&mut self, key: &str, value: &V) {
        if self.error.is_none() {
            if let Err(error) = self.map.serialize_entry(key, value) {
                self.error = Some(error);
            }
        }
    }

    /// Writes the member `key` when it is set; `None` is left out.
    #[inline]
    pub fn entry_if_set<V: Serialize>(&mut self, key: &'static str, value: &Option<V>) {
        if let Some(value) = value {
            self.entry(key, value);
        }
    }

    /// Writes the member `key` with its floats' specials as strings (`#[aws(float)]`). The
    /// bound is on the member's type itself, so a type the attribute does not apply to is an
    /// error at the member.
    #[inline]
    pub fn float_entry<V: FloatSpecials + ?Sized>(&mut self, key: &str, value: &V) {
        self.entry(key, &Float(value));
    }

    /// Writes the member `key` with its timestamps in `format` (`#[aws(timestamp = "…")]`),
    /// bounded as [`MapWriter::float_entry`].
    #[inline]
    pub fn timestamp_entry<V: TimestampFormatted + ?Sized>(
        &mut self,
        key: &str,
        value: &V,
        format: TimestampFormat,
    ) {
        self.entry(key, &TimestampAs(value, format));
    }

    /// Ends the map, or returns the first error.
    #[inline]
    pub fn end(self) -> Result<M::Ok, M::Error> {
        match self.error {
            Some(error) => Err(error),
            None => self.map.end(),
        }
    }
}

/// The type of a member marked `#[aws(optional)]`: an `Option` under another name (an alias
/// the derive cannot see through), reached through this trait at the member's type, so that
/// the attribute on a type that is not an `Option` is an error there.
#[cfg_attr(
    aws_union_diagnostic,
    diagnostic::on_unimplemented(
        message = "`#[aws(optional)]` does not apply to `{Self}`, which is not an `Option`",
        label = "`#[aws(optional)]` is for an `Option` under another name (`type Maybe<T> = Option<T>`)",
        note = "remove `#[aws(optional)]`: a member that is not an `Option` must be present"
    )
)]
pub trait OptionalMember: Sized {
    /// `T` of `Option<T>`.
    type Inner;

    /// The member as the `Option` it is.
    fn as_option(&self) -> &Option<Self::Inner>;

    /// The member as the `Option` it is, to set.
    fn as_option_mut(&mut self) -> &mut Option<Self::Inner>;

    /// The member from an `Option`.
    fn from_option(value: Option<Self::Inner>) -> Self;

    /// The member left unset.
    #[inline]
    fn none() -> Self {
        Self::from_option(None)
    }
}

impl<T> OptionalMember for Option<T> {
    type Inner = T;

    #[inline]
    fn as_option(&self) -> &Option<T> {
        self
    }

    #[inline]
    fn as_option_mut(&mut self) -> &mut Option<T> {
        self
    }

    #[inline]
    fn from_option(value: Option<T>) -> Self {
        value
    }
}

/// Reads the value of the member `wire` of structure `structure` into `slot`: `null` leaves
/// it unset, a second value is an error.
#[inline]
pub fn read_member<'de, A, T>(
    map: &mut A,
    slot: &mut Option<T>,
    wire: &str,
    structure: &str,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    match map.next_value::<Option<T>>()? {
        Some(value) => set_once(slot, value, wire, structure),
        None => Ok(()),
    }
}

/// [`read_member`] through a wrapper `W` that reads what `T` alone does not (floats' string
/// specials, borrowed strings), unwrapped by `unwrap`.
#[inline]
pub fn read_member_with<'de, A, W, T>(
    map: &mut A,
    slot: &mut Option<T>,
    unwrap: fn(W) -> T,
    wire: &str,
    structure: &str,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    W: Deserialize<'de>,
{
    match map.next_value::<Option<W>>()? {
        Some(value) => set_once(slot, unwrap(value), wire, structure),
        None => Ok(()),
    }
}

fn set_once<T, E: de::Error>(
    slot: &mut Option<T>,
    value: T,
    wire: &str,
    structure: &str,
) -> Result<(), E> {
    if slot.is_some() {
        return Err(E::custom(format_args!(
            "member `{wire}` of structure `{structure}` is set twice"
        )));
    }
    *slot = Some(value);
    Ok(())
}

/// Skips the value of a key the structure does not know (or `__type`).
#[inline]
pub fn skip_value<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// The value of a member that is neither `Option` nor required: an error when it is missing.
#[inline]
pub fn present<T, E: de::Error>(slot: Option<T>, wire: &str, structure: &str) -> Result<T, E> {
    match slot {
        Some(value) => Ok(value),
        None => Err(E::custom(format_args!(
            "missing member `{wire}` of structure `{structure}`"
        ))),
    }
}

/// A structure that reads itself member by member, implemented by `#[derive(AwsStructure)]`
/// for structures without generics whose every member is `Option` or required: the value
/// starts with every member unset (`None`, or a required member's zero value) and each member
/// read replaces its field. The map walk, key lookup and repeat check are
/// [`deserialize_structure`]'s, written once here.
pub trait ReadStructure<'de>: Sized {
    /// The members' wire names, in declaration order.
    const NAMES: &'static [&'static str];
    /// The structure's name, for errors.
    const NAME: &'static str;

    /// The value with no member read.
    fn unset() -> Self;

    /// Reads the value of the member at `index` of [`NAMES`](Self::NAMES) into its field;
    /// `Ok(false)` when the value is `null` (the member is not set, its field untouched).
    fn read_member<A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<bool, A::Error>;
}

/// `Deserialize` of a [`ReadStructure`]: a map key by key (`__type` and unknown members
/// skipped, `null` unset, a member set twice an error); anything but a map is an error naming
/// the structure.
#[inline]
pub fn deserialize_structure<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: ReadStructure<'de>,
{
    deserializer.deserialize_any(StructureVisitor(PhantomData))
}

struct StructureVisitor<T>(PhantomData<fn() -> T>);

impl<'de, T: ReadStructure<'de>> Visitor<'de> for StructureVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "structure `{}`: a map of its members", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut value = T::unset();
        let mut seen = Seen::new(T::NAMES.len());
        while let Some(key) = map.next_key_seed(KeySeed::known(T::NAMES))? {
            match key {
                Key::Member(index) => {
                    if value.read_member(index, &mut map)? && seen.set_again(index) {
                        let wire = T::NAMES.get(index).copied().unwrap_or_default();
                        return Err(de::Error::custom(format_args!(
                            "member `{wire}` of structure `{}` is set twice",
                            T::NAME
                        )));
                    }
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(value)
    }
}

/// Which members are set: a bit each, in a word up to 64 members.
enum Seen {
    Word(u64),
    Flags(Vec<bool>),
}

impl Seen {
    fn new(members: usize) -> Self {
        if members <= 64 {
            Seen::Word(0)
        } else {
            Seen::Flags(vec![false; members])
        }
    }

    /// Marks `index` set; whether it was already.
    fn set_again(&mut self, index: usize) -> bool {
        match self {
            Seen::Word(word) => {
                let bit = 1u64 << (index % 64);
                let again = *word & bit != 0;
                *word |= bit;
                again
            }
            Seen::Flags(flags) => match flags.get_mut(index) {
                Some(flag) => core::mem::replace(flag, true),
                None => false,
            },
        }
    }
}

/// Reads a member's value as a `W` and stores it in `field` through `store`: `Ok(false)` for
/// `null`, which leaves the field as it was. The four readers below are this one.
#[inline]
fn read_into<'de, A, W, F>(
    map: &mut A,
    field: &mut F,
    store: impl FnOnce(W) -> F,
) -> Result<bool, A::Error>
where
    A: MapAccess<'de>,
    W: Deserialize<'de>,
{
    Ok(match map.next_value::<Option<W>>()? {
        Some(value) => {
            *field = store(value);
            true
        }
        None => false,
    })
}

/// Reads an `Option` member's value into its field: `Ok(false)` for `null`, which leaves the
/// field as it was.
#[inline]
pub fn read_optional<'de, A, T>(map: &mut A, field: &mut Option<T>) -> Result<bool, A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    read_into(map, field, Some::<T>)
}

/// Reads a required member's value into its field: `Ok(false)` for `null`, which leaves the
/// field at its zero value.
#[inline]
pub fn read_required<'de, A, T>(map: &mut A, field: &mut T) -> Result<bool, A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    read_into(map, field, |value: T| value)
}

/// [`read_optional`] through a wrapper `W` (floats' string specials), unwrapped by `unwrap`.
#[inline]
pub fn read_optional_with<'de, A, W, T>(
    map: &mut A,
    field: &mut Option<T>,
    unwrap: fn(W) -> T,
) -> Result<bool, A::Error>
where
    A: MapAccess<'de>,
    W: Deserialize<'de>,
{
    read_into(map, field, |value: W| Some(unwrap(value)))
}

/// [`read_required`] through a wrapper `W` (floats' string specials), unwrapped by `unwrap`.
#[inline]
pub fn read_required_with<'de, A, W, T>(
    map: &mut A,
    field: &mut T,
    unwrap: fn(W) -> T,
) -> Result<bool, A::Error>
where
    A: MapAccess<'de>,
    W: Deserialize<'de>,
{
    read_into(map, field, unwrap)
}
