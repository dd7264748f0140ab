//! Model types declared as a crate that depends on `aws-union` (without its `json` feature)
//! and on `serde_json` itself declares them: each form the facade documents compiles here,
//! whatever the facade's features.

/// The unknown-member forms the facade documents, written out.
pub mod unknown_forms;

/// The facade, for the crates that use [`union!`] without depending on it.
pub use aws_union;

/// Declares an `AwsUnion` (with `Debug`) in another crate, which needs no dependency on
/// `aws-union`: the derive reaches it through `#[aws(crate = $crate::aws_union)]`.
#[macro_export]
macro_rules! union {
    ($($item:tt)*) => {
        #[derive(Debug, $crate::aws_union::AwsUnion)]
        #[aws(crate = $crate::aws_union)]
        $($item)*
    };
}
