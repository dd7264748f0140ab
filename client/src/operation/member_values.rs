//! How the input checks reach a member's value: held plain or as an `Option` (a structure's
//! member), and a list's items or a map's values each with its place.

use std::collections::BTreeMap;
use std::fmt;

use aws_union::Blob;

use super::nested_checks::At;
use super::InputError;

/// A member as a structure holds it: a required member of a nested structure is a plain
/// value, any other an `Option`.
pub trait MemberValue {
    /// The value's type.
    type Value: ?Sized;
    /// The value, if set.
    fn get(&self) -> Option<&Self::Value>;
}

impl<T> MemberValue for Option<T> {
    type Value = T;
    fn get(&self) -> Option<&T> {
        self.as_ref()
    }
}

macro_rules! plain_member_values {
    ($($ty:ty),*) => {$(
        impl MemberValue for $ty {
            type Value = $ty;
            fn get(&self) -> Option<&$ty> {
                Some(self)
            }
        }
    )*};
}
plain_member_values!(String, Blob, i32, i64, f32, f64);

impl<T> MemberValue for Vec<T> {
    type Value = Vec<T>;
    fn get(&self) -> Option<&Vec<T>> {
        Some(self)
    }
}

impl<K, V> MemberValue for BTreeMap<K, V> {
    type Value = BTreeMap<K, V>;
    fn get(&self) -> Option<&BTreeMap<K, V>> {
        Some(self)
    }
}

/// A check of one item, given its place.
pub type ItemCheck<'c, T> = dyn FnMut(&At<'_>, &T) -> Result<(), InputError> + 'c;

/// A list's items or a map's values, each with its place, for the checks of the items.
pub trait Items {
    /// The item's type.
    type Item;
    /// Calls `check` on each item (a sparse list's or map's unset items are skipped).
    ///
    /// # Errors
    ///
    /// The first error `check` gives.
    fn each(&self, at: &At<'_>, check: &mut ItemCheck<'_, Self::Item>) -> Result<(), InputError>;
}

impl<T> Items for Vec<T> {
    type Item = T;
    fn each(&self, at: &At<'_>, check: &mut ItemCheck<'_, T>) -> Result<(), InputError> {
        for (index, item) in self.iter().enumerate() {
            check(&At::Index(at, index), item)?;
        }
        Ok(())
    }
}

impl<K: fmt::Display, V> Items for BTreeMap<K, V> {
    type Item = V;
    fn each(&self, at: &At<'_>, check: &mut ItemCheck<'_, V>) -> Result<(), InputError> {
        for (key, value) in self {
            check(&At::Key(at, key), value)?;
        }
        Ok(())
    }
}

/// A list item or map value: plain, or an `Option` in a sparse list or map.
pub trait ItemValue {
    /// The value's type.
    type Value: ?Sized;
    /// The value, if set.
    fn get(&self) -> Option<&Self::Value>;
}

impl<T: MemberValue> ItemValue for T {
    type Value = T::Value;
    fn get(&self) -> Option<&T::Value> {
        MemberValue::get(self)
    }
}
