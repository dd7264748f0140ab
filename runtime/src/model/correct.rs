//! Client error correction (Smithy spec, "Client error correction"): a required member the
//! service left out, or sent as `null`, is not a failure; it reads as the zero value of its
//! kind (the table is in the [module docs](super)).
//!
//! Each required member is declared
//! `#[serde(default = "zero", deserialize_with = "required")]`, and a required union also
//! `skip_serializing_if = "is_unset_union"`.

use std::collections::HashMap;

use serde::{Deserialize, Deserializer};

use super::Timestamp;

/// The value a missing required enum member gets, `"no value was set"`: aws-sdk-rust parses
/// that string into the enum's unknown variant.
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
