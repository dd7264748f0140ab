//! What derive output and generated model code name, through `::aws_union::__private::…`,
//! so a model crate needs no other dependency; not a stable API.

pub use core;
pub use serde;

pub use alloc::borrow::{Cow, ToOwned};
pub use alloc::boxed::Box;
pub use alloc::collections::BTreeMap;
pub use alloc::string::String;
pub use alloc::vec::Vec;

pub use crate::float::{Float, FloatDe, FloatSpecials};
pub use crate::timestamp_as::{TimestampAs, TimestampFormatted};
