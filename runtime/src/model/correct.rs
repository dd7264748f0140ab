//! Client error correction (Smithy spec, "Client error correction"): a required member the
//! service left out, or sent as `null`, is not a failure; it reads as the zero value of its
//! kind, the values aws-sdk-rust's generated `*_correct_errors` functions fill in:
//!
//! | kind | zero value |
//! |---|---|
//! | string | `""` |
//! | integer, long, double | `0` |
//! | boolean | `false` |
//! | timestamp | the epoch, `0` |
//! | list, map | empty |
//! | enum | the unknown value `"no value was set"` (aws-sdk-rust parses that string) |
//! | structure | the structure with its own required members corrected, optional ones absent |
//! | union | the unknown member with an empty name and a `null` value, which is written back as nothing |
//!
//! aws-sdk-rust's zero union is its unit `Unknown` variant; ours keeps the name and value of
//! an unknown member, so the corrected one has an empty name and no value, and the member
//! holding it is left out when written (see [`is_unset_union`]), as the service left it out.
//! Written output therefore always reads back to the same value.
//!
//! Each required member is declared
//! `#[serde(default = "zero", deserialize_with = "required")]`.

use std::collections::HashMap;

use serde::{Deserialize, Deserializer};

use super::Timestamp;

/// The enum value a missing required enum member gets, as in aws-sdk-rust.
pub const UNSET_ENUM_VALUE: &str = "no value was set";

/// The zero value of a member's kind, for client error correction.
pub(crate) trait Zero {
    fn zero() -> Self;
}

/// The zero value of `T`; the `default` of every required member.
pub(crate) fn zero<T: Zero>() -> T {
    T::zero()
}

/// Reads a required member; `null` reads as its zero value.
pub(crate) fn required<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Zero,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_else(T::zero))
}

macro_rules! zero_by_default {
    ($($ty:ty),* $(,)?) => {
        $(impl Zero for $ty {
            fn zero() -> Self {
                <$ty as Default>::default()
            }
        })*
    };
}

zero_by_default!(String, bool, i32, i64, f64, Timestamp);

impl<T> Zero for Vec<T> {
    fn zero() -> Self {
        Vec::new()
    }
}

impl<K, V> Zero for HashMap<K, V> {
    fn zero() -> Self {
        HashMap::new()
    }
}

/// `Zero` for open enums: the unknown value [`UNSET_ENUM_VALUE`].
macro_rules! zero_enum {
    ($($ty:ty),* $(,)?) => {
        $(impl $crate::model::correct::Zero for $ty {
            fn zero() -> Self {
                <$ty as ::core::convert::From<&str>>::from($crate::model::correct::UNSET_ENUM_VALUE)
            }
        })*
    };
}
pub(crate) use zero_enum;

/// `Zero` for unions: the unknown member with an empty name and a `null` value.
macro_rules! zero_union {
    ($($ty:ident),* $(,)?) => {
        $(impl $crate::model::correct::Zero for $ty {
            fn zero() -> Self {
                $ty::SdkUnknownMember {
                    name: ::std::string::String::new(),
                    value: ::serde_json::Value::Null,
                }
            }
        }

        impl $crate::model::correct::UnsetUnion for $ty {
            fn is_unset(&self) -> bool {
                ::core::matches!(
                    self,
                    $ty::SdkUnknownMember { name, value: ::serde_json::Value::Null } if name.is_empty()
                )
            }
        })*
    };
}
pub(crate) use zero_union;

/// A union that can hold the corrected zero value.
pub(crate) trait UnsetUnion {
    fn is_unset(&self) -> bool;
}

/// Whether a required union holds the corrected zero value, which is written as nothing;
/// the `skip_serializing_if` of every required union member.
pub(crate) fn is_unset_union<U: UnsetUnion>(union: &U) -> bool {
    union.is_unset()
}
