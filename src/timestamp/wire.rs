//! `Serialize` and `Deserialize` for [`Timestamp`]: epoch seconds out (tag 1 in binary
//! formats), every accepted form in.

use core::fmt;
use core::marker::PhantomData;

use serde_core::de::{self, Deserializer, EnumAccess, Visitor};
use serde_core::{Deserialize, Serialize, Serializer};

use super::{write, Timestamp, TimestampError};
use crate::tag;

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            EpochNumber(*self).serialize(serializer)
        } else {
            tag::serialize_tagged(serializer, tag::EPOCH_SECONDS, &EpochNumber(*self))
        }
    }
}

/// Epoch seconds as a number: an integer for a whole second, else the double nearest to
/// the seconds with three decimals (which prints back as those decimals).
struct EpochNumber(Timestamp);

impl Serialize for EpochNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let millis = self.0.epoch_millis();
        if millis % 1000 == 0 {
            return serializer.serialize_i64(self.0.secs);
        }
        // The decimal text, parsed, is the double nearest to `secs.mmm`: at most 15
        // significant digits in this range, so it prints back as exactly those digits.
        let mut buffer = TextBuffer::default();
        write::write_epoch_seconds(&mut buffer, millis).map_err(serde_core::ser::Error::custom)?;
        match buffer.as_str().parse::<f64>() {
            Ok(secs) => serializer.serialize_f64(secs),
            Err(_) => Err(serde_core::ser::Error::custom("unrepresentable timestamp")),
        }
    }
}

/// Room for `-62135596800.999`, the longest epoch-seconds text, without allocating.
#[derive(Default)]
struct TextBuffer {
    bytes: [u8; 24],
    len: usize,
}

impl TextBuffer {
    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

impl fmt::Write for TextBuffer {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        let room = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        room.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TimestampVisitor)
    }
}

struct TimestampVisitor;

const EXPECTING: &str = "a timestamp: epoch seconds, or an RFC 3339 or HTTP date string";

impl<'de> Visitor<'de> for TimestampVisitor {
    type Value = Timestamp;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(EXPECTING)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Timestamp, E> {
        Timestamp::from_secs(v).map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Timestamp, E> {
        let secs = i64::try_from(v).map_err(|_| E::custom(TimestampError::out_of_range(v)))?;
        self.visit_i64(secs)
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Timestamp, E> {
        let secs = i64::try_from(v).map_err(|_| E::custom(TimestampError::out_of_range(v)))?;
        self.visit_i64(secs)
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Timestamp, E> {
        let secs = i64::try_from(v).map_err(|_| E::custom(TimestampError::out_of_range(v)))?;
        self.visit_i64(secs)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Timestamp, E> {
        Timestamp::from_fractional_secs(v).map_err(E::custom)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Timestamp, E> {
        v.parse().map_err(E::custom)
    }

    /// A CBOR tag: tag 1 holds epoch seconds; any other tag is looked through.
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Timestamp, A::Error> {
        tag::look_through(data, PhantomData::<Timestamp>, EXPECTING)
    }
}
