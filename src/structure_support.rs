//! What every structure impl shares, written once here instead of in every expansion: writing
//! the members into a map, and reading one member's value into its slot.
//!
//! Each generated member is one call to these functions, so a model of hundreds of structures
//! hands the compiler small bodies to check.

use serde_core::de::{self, Deserialize, IgnoredAny, MapAccess};
use serde_core::ser::{Serialize, SerializeMap};

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
    pub fn entry<V: Serialize + ?Sized>(&mut self, key: &'static str, value: &V) {
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

    /// Ends the map, or returns the first error.
    #[inline]
    pub fn end(self) -> Result<M::Ok, M::Error> {
        match self.error {
            Some(error) => Err(error),
            None => self.map.end(),
        }
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
