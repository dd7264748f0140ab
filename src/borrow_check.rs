//! A member whose type only reads by borrowing from the input ([`CowStr`], or a list, map,
//! `Option` or `Box` of it) needs `#[aws(borrow)]`; without it the compiler would only say that
//! a lifetime `'de` must outlive `'a`. The derive emits one check per member that names a
//! lifetime and is not marked `borrow`, and the check turns that into an error at the member
//! that says what to write.
//!
//! How: [`MemberType::reads_owned`] has two candidates, an inherent method for types that
//! borrow (preferred by method resolution when its bound holds) and the method of
//! [`ReadsOwned`] for every other type. Only the inherent one returns a value that
//! [`owned_member`] refuses.

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use core::marker::PhantomData;

use crate::CowStr;

/// A type that reads only by borrowing from the input, wherever it is held.
pub trait BorrowsFromInput {}

impl BorrowsFromInput for CowStr<'_> {}
impl<T: BorrowsFromInput> BorrowsFromInput for Option<T> {}
impl<T: BorrowsFromInput> BorrowsFromInput for Box<T> {}
impl<T: BorrowsFromInput> BorrowsFromInput for Vec<T> {}
impl<K, T: BorrowsFromInput> BorrowsFromInput for BTreeMap<K, T> {}
#[cfg(feature = "std")]
impl<K, T: BorrowsFromInput, H> BorrowsFromInput for std::collections::HashMap<K, T, H> {}

/// The type of one member, probed by method resolution.
pub struct MemberType<T: ?Sized>(PhantomData<T>);

impl<T: ?Sized> MemberType<T> {
    /// The probe.
    pub const NEW: Self = MemberType(PhantomData);
}

impl<T: BorrowsFromInput + ?Sized> MemberType<T> {
    /// A member of this type borrows from the input.
    #[inline]
    pub fn reads_owned(&self) -> NeedsAwsBorrow {
        NeedsAwsBorrow
    }
}

/// Every other member type reads without borrowing.
pub trait ReadsOwned {
    /// A member of this type reads as it is.
    #[inline]
    fn reads_owned(&self) -> ReadsAsItIs {
        ReadsAsItIs
    }
}

impl<T: ?Sized> ReadsOwned for MemberType<T> {}

/// What the probe of a member type that borrows returns.
pub struct NeedsAwsBorrow;

/// What the probe of any other member type returns.
pub struct ReadsAsItIs;

/// The outcome of a probe that lets the derive go on.
#[cfg_attr(
    aws_union_diagnostic,
    diagnostic::on_unimplemented(
        message = "this member borrows from the input: mark it `#[aws(borrow)]`",
        label = "reads only by borrowing from the input, which `#[aws(borrow)]` allows",
        note = "`#[aws(borrow)]` makes the input outlive the member's lifetime (`'de: 'a`)"
    )
)]
pub trait MemberReads {}

impl MemberReads for ReadsAsItIs {}

/// Accepts a member type whose probe says it reads without borrowing.
#[inline]
pub fn owned_member<T: MemberReads>(_: T) {}
