//! [`TimestampAs`]: a timestamp member written in its `#[aws(timestamp = "…")]` format.

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::vec::Vec;

use serde_core::{Serialize, Serializer};

use crate::{Timestamp, TimestampFormat};

/// Serializes `*self.0` with its timestamps in the format `self.1`; what a member with
/// `#[aws(timestamp = "…")]` is written through.
///
/// In human-readable formats (JSON) [`TimestampFormat::DateTime`] and
/// [`TimestampFormat::HttpDate`] are strings; binary formats (CBOR) always carry epoch
/// seconds in tag 1, as the Smithy CBOR protocol does.
///
/// ```
/// use aws_union::__private::TimestampAs;
/// use aws_union::{Timestamp, TimestampFormat};
///
/// let t = Timestamp::from_millis(1_700_000_000_500)?;
/// let json = serde_json::to_string(&TimestampAs(&Some(t), TimestampFormat::DateTime))?;
/// assert_eq!(json, r#""2023-11-14T22:13:20.500Z""#);
/// let json = serde_json::to_string(&TimestampAs(&vec![t], TimestampFormat::EpochSeconds))?;
/// assert_eq!(json, "[1700000000.5]");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct TimestampAs<'a, T: ?Sized>(pub &'a T, pub TimestampFormat);

impl<T: TimestampFormatted + ?Sized> Serialize for TimestampAs<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_formatted(self.1, serializer)
    }
}

/// A member type holding timestamps that [`TimestampAs`] writes in a format: [`Timestamp`],
/// and `Option`, `Vec`, `BTreeMap`, `HashMap` (feature `std`) and `Box` of such types.
///
/// ```
/// use std::collections::BTreeMap;
/// use aws_union::__private::TimestampFormatted;
/// use aws_union::{Timestamp, TimestampFormat};
///
/// let map = BTreeMap::from([("at", Timestamp::UNIX_EPOCH)]);
/// let mut out = Vec::new();
/// map.serialize_formatted(TimestampFormat::HttpDate, &mut serde_json::Serializer::new(&mut out))?;
/// assert_eq!(out, br#"{"at":"Thu, 01 Jan 1970 00:00:00 GMT"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg_attr(
    aws_union_diagnostic,
    diagnostic::on_unimplemented(
        message = "`#[aws(timestamp = \"…\")]` does not apply to `{Self}`",
        label = "a timestamp format is for `aws_union::Timestamp`, alone or in `Option`, `Box`, `Vec` and maps",
        note = "remove `#[aws(timestamp = \"…\")]`, or make the member a `Timestamp`"
    )
)]
pub trait TimestampFormatted {
    /// Serializes `self` with its timestamps written in `format`.
    fn serialize_formatted<S: Serializer>(
        &self,
        format: TimestampFormat,
        serializer: S,
    ) -> Result<S::Ok, S::Error>;
}

impl TimestampFormatted for Timestamp {
    fn serialize_formatted<S: Serializer>(
        &self,
        format: TimestampFormat,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        if format == TimestampFormat::EpochSeconds || !serializer.is_human_readable() {
            self.serialize(serializer)
        } else {
            serializer.collect_str(&self.fmt_as(format))
        }
    }
}

impl<T: TimestampFormatted> TimestampFormatted for Option<T> {
    fn serialize_formatted<S: Serializer>(
        &self,
        format: TimestampFormat,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Some(value) => serializer.serialize_some(&TimestampAs(value, format)),
            None => serializer.serialize_none(),
        }
    }
}

impl<T: TimestampFormatted + ?Sized> TimestampFormatted for Box<T> {
    fn serialize_formatted<S: Serializer>(
        &self,
        format: TimestampFormat,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        (**self).serialize_formatted(format, serializer)
    }
}

impl<T: TimestampFormatted> TimestampFormatted for [T] {
    fn serialize_formatted<S: Serializer>(
        &self,
        format: TimestampFormat,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter().map(|value| TimestampAs(value, format)))
    }
}

impl<T: TimestampFormatted> TimestampFormatted for Vec<T> {
    fn serialize_formatted<S: Serializer>(
        &self,
        format: TimestampFormat,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize_formatted(format, serializer)
    }
}

impl<K: Serialize, T: TimestampFormatted> TimestampFormatted for BTreeMap<K, T> {
    fn serialize_formatted<S: Serializer>(
        &self,
        format: TimestampFormat,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter().map(|(k, v)| (k, TimestampAs(v, format))))
    }
}

#[cfg(feature = "std")]
impl<K: Serialize, T: TimestampFormatted, H> TimestampFormatted
    for std::collections::HashMap<K, T, H>
{
    fn serialize_formatted<S: Serializer>(
        &self,
        format: TimestampFormat,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter().map(|(k, v)| (k, TimestampAs(v, format))))
    }
}
