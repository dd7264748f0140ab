//! What derive output and generated model code name, through `::aws_union::__private::…`,
//! so a model crate needs no other dependency; not a stable API.

pub use core;
pub use serde_core as serde;

pub use alloc::borrow::{Cow, ToOwned};
pub use alloc::boxed::Box;
pub use alloc::collections::BTreeMap;
pub use alloc::string::String;
pub use alloc::vec::Vec;

pub use crate::borrow_check::{
    owned_member, MemberReads, MemberType, NeedsAwsBorrow, ReadsAsItIs, ReadsOwned,
};
pub use crate::correction::ErrorCorrection;
pub use crate::debug_support::{debug_structure, debug_variant};
pub use crate::enum_support::{deserialize_open_enum, UnknownEnumValue};
pub use crate::float::{Float, FloatDe, FloatSpecials, FloatSpecialsDe};
pub use crate::sensitive_support::{Sensitive, SENSITIVE_VALUE_ERROR};
pub use crate::structure_support::{
    deserialize_structure, present, read_member, read_member_with, read_optional,
    read_optional_with, read_required, read_required_with, skip_value, MapWriter, OptionalMember,
    ReadStructure,
};
pub use crate::timestamp::TimestampFormat;
pub use crate::timestamp_as::{TimestampAs, TimestampFormatted};
pub use crate::union_support::{
    is_unit, Borrowed, Key, KeySeed, UnitMember, UnknownName, UnknownNameRef, REDACTED,
};
