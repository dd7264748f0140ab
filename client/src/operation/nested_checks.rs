//! botocore's parameter validation below the input's own members: required members, `min`
//! lengths and `min` values of nested structures and unions, of list items and of map keys and
//! values, at any depth. A refused value is named by its path from the input, as botocore
//! names it (`Statements[2].Name`, `Item["pk"].S`).
//!
//! Generated code implements [`Validate`] for each structure and union that holds something to
//! check, and calls the functions here, one per rule; a type that holds nothing to check gets
//! no implementation and is never walked, so an input without nested constraints (DynamoDB's
//! `PutItem` and its attribute values) costs nothing more.
//!
//! ```
//! use aws_union_client::operation::checks::{self, At, Validate};
//! use aws_union_client::operation::InputError;
//!
//! struct Statement { name: String }
//!
//! impl Validate for Statement {
//!     fn validate(&self, at: &At<'_>) -> Result<(), InputError> {
//!         checks::min_len_at(at, "Name", &self.name, 1)
//!     }
//! }
//!
//! let statements = Some(vec![Statement { name: "a".into() }, Statement { name: String::new() }]);
//! let error = checks::nested(&At::root("ExecuteTransaction"), "Statements", &statements).unwrap_err();
//! assert_eq!(error.member(), "Statements[1].Name");
//! assert_eq!(
//!     error.to_string(),
//!     "ExecuteTransaction: invalid input: member `Statements[1].Name` has length 0, below the minimum of 1"
//! );
//! ```

use std::collections::BTreeMap;
use std::fmt;

use super::checks::{Measured, Number};
pub use super::member_values::{ItemCheck, ItemValue, Items, MemberValue};
use super::{InputError, InputErrorKind};

/// The value a plain enum holds when nothing set it: its error-corrected zero value, as
/// aws-sdk-rust and `aws_union::ErrorCorrection` write it.
pub const UNSET_ENUM_VALUE: &str = "no value was set";

/// Where a value is in the input: the operation, then members, list indexes and map keys.
/// Built on the stack as the walk goes down; written out only for an error.
#[derive(Clone, Copy)]
#[non_exhaustive]
pub enum At<'a> {
    /// The input of the operation.
    Root(&'static str),
    /// A member of a structure or union, by its model name.
    Member(&'a At<'a>, &'static str),
    /// An item of a list.
    Index(&'a At<'a>, usize),
    /// The entry of a map with this key.
    Key(&'a At<'a>, &'a dyn fmt::Display),
}

impl<'a> At<'a> {
    /// The input of `operation`.
    pub fn root(operation: &'static str) -> Self {
        At::Root(operation)
    }

    /// The operation whose input this is.
    pub fn operation(&self) -> &'static str {
        match self {
            At::Root(operation) => operation,
            At::Member(parent, _) | At::Index(parent, _) | At::Key(parent, _) => parent.operation(),
        }
    }

    fn error(&self, kind: InputErrorKind) -> InputError {
        InputError::new(self.operation(), self.to_string(), kind)
    }
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            At::Root(_) => Ok(()),
            At::Member(At::Root(_), name) => f.write_str(name),
            At::Member(parent, name) => write!(f, "{parent}.{name}"),
            At::Index(parent, index) => write!(f, "{parent}[{index}]"),
            At::Key(parent, key) => write!(f, "{parent}[{:?}]", key.to_string()),
        }
    }
}

impl fmt::Debug for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "At({}: {self})", self.operation())
    }
}

/// A value that holds something botocore's validation checks: generated for each structure
/// and union that does, and for lists, maps, options and boxes of them.
pub trait Validate {
    /// Checks the value found at `at`.
    ///
    /// # Errors
    ///
    /// The first [`InputError`] found, naming the value by its path.
    fn validate(&self, at: &At<'_>) -> Result<(), InputError>;
}

impl<T: Validate> Validate for Option<T> {
    fn validate(&self, at: &At<'_>) -> Result<(), InputError> {
        match self {
            Some(value) => value.validate(at),
            None => Ok(()),
        }
    }
}

impl<T: Validate> Validate for Box<T> {
    fn validate(&self, at: &At<'_>) -> Result<(), InputError> {
        T::validate(self, at)
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate(&self, at: &At<'_>) -> Result<(), InputError> {
        for (index, item) in self.iter().enumerate() {
            item.validate(&At::Index(at, index))?;
        }
        Ok(())
    }
}

impl<K: fmt::Display, V: Validate> Validate for BTreeMap<K, V> {
    fn validate(&self, at: &At<'_>) -> Result<(), InputError> {
        for (key, value) in self {
            value.validate(&At::Key(at, key))?;
        }
        Ok(())
    }
}

/// A nested member holding structures or unions (alone, or in lists, maps and boxes): each is
/// checked, at its path.
///
/// # Errors
///
/// The first [`InputError`] found below the member.
pub fn nested<T: Validate + ?Sized>(
    at: &At<'_>,
    member: &'static str,
    value: &T,
) -> Result<(), InputError> {
    value.validate(&At::Member(at, member))
}

/// A member the model marks required, held as an `Option` (an input structure used inside
/// another input), must be set.
///
/// # Errors
///
/// [`InputErrorKind::Missing`] when it is `None`.
pub fn required_at<T>(
    at: &At<'_>,
    member: &'static str,
    value: &Option<T>,
) -> Result<(), InputError> {
    set_or_missing(at, member, value.is_some())
}

/// A required enum of a nested structure must be set: a plain enum left at its default (the
/// unset value, `"no value was set"`, or empty) is missing.
///
/// # Errors
///
/// [`InputErrorKind::Missing`] for the unset value.
pub fn enum_set<T: AsRef<str>>(
    at: &At<'_>,
    member: &'static str,
    value: &T,
) -> Result<(), InputError> {
    let value = value.as_ref();
    set_or_missing(at, member, !value.is_empty() && value != UNSET_ENUM_VALUE)
}

/// A required union of a nested structure must have a member set: a union left at its default
/// (the unknown member with an empty name) is missing, as botocore refuses a union with no
/// member.
///
/// # Errors
///
/// [`InputErrorKind::Missing`] when `member_name` (the union's `member_name()`) is empty.
pub fn union_set(at: &At<'_>, member: &'static str, member_name: &str) -> Result<(), InputError> {
    set_or_missing(at, member, !member_name.is_empty())
}

/// [`InputErrorKind::Missing`] at `member` unless it `is_set`.
fn set_or_missing(at: &At<'_>, member: &'static str, is_set: bool) -> Result<(), InputError> {
    if is_set {
        Ok(())
    } else {
        Err(At::Member(at, member).error(InputErrorKind::Missing))
    }
}

fn len_of<T: Measured + ?Sized>(at: &At<'_>, value: &T, min: u64) -> Result<(), InputError> {
    let len = value.measure() as u64;
    if len < min {
        Err(at.error(InputErrorKind::TooShort { min, len }))
    } else {
        Ok(())
    }
}

fn value_of<T: Number>(at: &At<'_>, value: T, min: f64) -> Result<(), InputError> {
    let value = value.to_f64();
    if value < min {
        Err(at.error(InputErrorKind::TooSmall { min, value }))
    } else {
        Ok(())
    }
}

/// A nested string (characters), list, map or blob, when set, is at least `min` long.
///
/// # Errors
///
/// [`InputErrorKind::TooShort`].
pub fn min_len_at<T>(
    at: &At<'_>,
    member: &'static str,
    value: &T,
    min: u64,
) -> Result<(), InputError>
where
    T: MemberValue + ?Sized,
    T::Value: Measured,
{
    when_set(at, member, value, |at, value| len_of(at, value, min))
}

/// A nested number, when set, is at least `min`.
///
/// # Errors
///
/// [`InputErrorKind::TooSmall`].
pub fn min_value_at<T>(
    at: &At<'_>,
    member: &'static str,
    value: &T,
    min: f64,
) -> Result<(), InputError>
where
    T: MemberValue + ?Sized,
    T::Value: Number + Sized,
{
    when_set(at, member, value, |at, value| value_of(at, *value, min))
}

/// Runs `check` on the value a member holds, at its place, when it is set.
fn when_set<T: MemberValue + ?Sized>(
    at: &At<'_>,
    member: &'static str,
    value: &T,
    check: impl FnOnce(&At<'_>, &T::Value) -> Result<(), InputError>,
) -> Result<(), InputError> {
    match value.get() {
        Some(value) => check(&At::Member(at, member), value),
        None => Ok(()),
    }
}

/// Each item of a list (or value of a map), when set, is at least `min` long.
///
/// # Errors
///
/// [`InputErrorKind::TooShort`], naming the item.
pub fn items_min_len<T, I>(
    at: &At<'_>,
    member: &'static str,
    value: &T,
    min: u64,
) -> Result<(), InputError>
where
    T: MemberValue + ?Sized,
    T::Value: Items<Item = I>,
    I: ItemValue,
    I::Value: Measured,
{
    each_set_item(at, member, value, |at, item| len_of(at, item, min))
}

/// Runs `check` on each set item of the list or map `value` holds, at its place.
fn each_set_item<T, I>(
    at: &At<'_>,
    member: &'static str,
    value: &T,
    check: impl Fn(&At<'_>, &I::Value) -> Result<(), InputError>,
) -> Result<(), InputError>
where
    T: MemberValue + ?Sized,
    T::Value: Items<Item = I>,
    I: ItemValue,
{
    when_set(at, member, value, |at, items| {
        items.each(at, &mut |at, item| match item.get() {
            Some(item) => check(at, item),
            None => Ok(()),
        })
    })
}

/// Each item of a list (or value of a map), when set, is at least `min`.
///
/// # Errors
///
/// [`InputErrorKind::TooSmall`], naming the item.
pub fn items_min_value<T, I>(
    at: &At<'_>,
    member: &'static str,
    value: &T,
    min: f64,
) -> Result<(), InputError>
where
    T: MemberValue + ?Sized,
    T::Value: Items<Item = I>,
    I: ItemValue,
    I::Value: Number + Sized,
{
    each_set_item(at, member, value, |at, item| value_of(at, *item, min))
}

/// Each key of a map is at least `min` characters long.
///
/// # Errors
///
/// [`InputErrorKind::TooShort`], naming the entry.
pub fn keys_min_len<T, K, V>(
    at: &At<'_>,
    member: &'static str,
    value: &T,
    min: u64,
) -> Result<(), InputError>
where
    T: MemberValue<Value = BTreeMap<K, V>> + ?Sized,
    K: fmt::Display + AsRef<str>,
{
    let Some(map) = value.get() else {
        return Ok(());
    };
    let at = At::Member(at, member);
    for key in map.keys() {
        let len = key.as_ref().chars().count() as u64;
        if len < min {
            return Err(At::Key(&at, key).error(InputErrorKind::TooShort { min, len }));
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "nested_checks_tests.rs"]
mod tests;
