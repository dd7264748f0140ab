//! [`ErrorCorrection`]: the zero value a required member gets when the service left it out.

use alloc::borrow::{Cow, ToOwned};
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use crate::{AnyValue, Blob, Timestamp};

/// The value of a required member that the service left out or sent as `null`, by Smithy's
/// client error correction (as aws-sdk-rust applies it): `""`, `false`, `0`, `0.0`, empty
/// lists and maps, the epoch for a timestamp, an empty blob, `None` for an `Option`, `null`
/// for a document or an [`AnyValue`].
///
/// `#[derive(AwsStructure)]` implements it for structures (each required member
/// corrected), `#[derive(AwsEnum)]` for open enums (the unknown value
/// `"no value was set"`) and `#[derive(AwsUnion)]` for unions with an unknown member (that
/// member, with an empty name and its value's correction).
///
/// ```
/// use aws_union::{ErrorCorrection, Timestamp};
///
/// assert_eq!(String::error_correction(), "");
/// assert_eq!(i32::error_correction(), 0);
/// assert_eq!(Timestamp::error_correction(), Timestamp::UNIX_EPOCH);
/// assert!(Vec::<u8>::error_correction().is_empty());
/// assert_eq!(Option::<bool>::error_correction(), None);
/// ```
#[cfg_attr(
    aws_union_diagnostic,
    diagnostic::on_unimplemented(
        message = "`{Self}` has no zero value for a required member",
        label = "a required member's type needs a zero value (`aws_union::ErrorCorrection`)",
        note = "implement `aws_union::ErrorCorrection` for `{Self}`, or make the member an `Option` without `#[aws(required)]`"
    )
)]
pub trait ErrorCorrection {
    /// The zero value of this type.
    fn error_correction() -> Self;
}

macro_rules! corrected_by_default {
    ($($ty:ty),* $(,)?) => {$(
        impl ErrorCorrection for $ty {
            fn error_correction() -> Self {
                <$ty as Default>::default()
            }
        }
    )*};
}

corrected_by_default!(
    String, bool, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64,
    Timestamp, Blob, AnyValue,
);

impl ErrorCorrection for &str {
    fn error_correction() -> Self {
        ""
    }
}

impl<B> ErrorCorrection for Cow<'_, B>
where
    B: ToOwned + ?Sized,
    B::Owned: ErrorCorrection,
{
    fn error_correction() -> Self {
        Cow::Owned(B::Owned::error_correction())
    }
}

impl<T> ErrorCorrection for Option<T> {
    fn error_correction() -> Self {
        None
    }
}

impl<T: ErrorCorrection> ErrorCorrection for Box<T> {
    fn error_correction() -> Self {
        Box::new(T::error_correction())
    }
}

impl<T> ErrorCorrection for Vec<T> {
    fn error_correction() -> Self {
        Vec::new()
    }
}

impl<K, V> ErrorCorrection for BTreeMap<K, V> {
    fn error_correction() -> Self {
        BTreeMap::new()
    }
}

#[cfg(feature = "std")]
impl<K, V, H: Default> ErrorCorrection for std::collections::HashMap<K, V, H> {
    fn error_correction() -> Self {
        std::collections::HashMap::with_hasher(H::default())
    }
}

#[cfg(feature = "json")]
impl ErrorCorrection for serde_json::Value {
    fn error_correction() -> Self {
        serde_json::Value::Null
    }
}
