//! The bodies of `#[aws(debug)]`'s `Debug` impls, written once here: a generated impl is one
//! call with its names and values, and the formatting code is compiled once, in this crate.

use core::fmt::{self, Debug, Formatter};

/// `Name { a: …, b: … }`: `names[i]` with `values[i]`, through [`Formatter::debug_struct`].
pub fn debug_structure(
    f: &mut Formatter<'_>,
    name: &str,
    names: &[&str],
    values: &[&dyn Debug],
) -> fmt::Result {
    let mut out = f.debug_struct(name);
    for (name, value) in names.iter().zip(values) {
        out.field(name, value);
    }
    out.finish()
}

/// `Name(…)`: a variant holding one value, through [`Formatter::debug_tuple`].
pub fn debug_variant(f: &mut Formatter<'_>, name: &str, value: &dyn Debug) -> fmt::Result {
    f.debug_tuple(name).field(value).finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;

    struct Probe;

    impl Debug for Probe {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            debug_structure(f, "Probe", &["id", "count"], &[&"x", &Some(2)])?;
            f.write_str(" ")?;
            debug_variant(f, "One", &1)
        }
    }

    #[test]
    fn debug_helpers_print_as_the_std_builders() {
        assert_eq!(
            format!("{Probe:?}"),
            r#"Probe { id: "x", count: Some(2) } One(1)"#
        );
    }
}
