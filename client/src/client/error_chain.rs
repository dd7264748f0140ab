//! One line for an error and its causes.
//!
//! The errors of this client print their whole story in their `Display`: what failed, then
//! each cause (`could not connect: tcp connect error: Connection refused (os error 111)`), as
//! aws-sdk-rust's `DisplayErrorContext` prints a chain. A cause whose text the line already
//! holds is left out (HTTP stacks often repeat their cause in their own message). Since the
//! line says it all, their `source()` returns nothing more: a reporter that walks the chain
//! (anyhow's `{:#}`, eyre) prints each cause once.

use std::error::Error as StdError;
use std::fmt::{self, Write as _};

/// How many causes are followed at most: chains are short, and a cyclic one must not hang.
const MAX_DEPTH: usize = 16;

/// `Display`s an error and its `source()` chain as `message: cause: cause`.
pub(crate) struct Chain<'a>(pub(crate) &'a (dyn StdError + 'static));

impl fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut line = self.0.to_string();
        let mut cause = self.0.source();
        for _ in 0..MAX_DEPTH {
            let Some(error) = cause else { break };
            let text = error.to_string();
            if !text.is_empty() && !line.contains(&text) {
                let _ = write!(line, ": {text}");
            }
            cause = error.source();
        }
        f.write_str(&line)
    }
}

/// An error told by its cause: `Display` and `source()` are those of the error's own source
/// (or, without one, the error's own `Display`). For a wrapper whose own words add nothing
/// (hyper-util's `client error (Connect)`), or an error shared behind an `Arc` whose cause must
/// be handed on.
#[derive(Debug)]
pub(crate) struct ToldByCause<E>(pub(crate) E);

impl<E: StdError> fmt::Display for ToldByCause<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.source() {
            Some(cause) => fmt::Display::fmt(cause, f),
            None => fmt::Display::fmt(&self.0, f),
        }
    }
}

impl<E: StdError> StdError for ToldByCause<E> {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.0.source().and_then(StdError::source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Link(&'static str, Option<Box<Link>>);

    impl fmt::Display for Link {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.0)
        }
    }

    impl StdError for Link {
        fn source(&self) -> Option<&(dyn StdError + 'static)> {
            self.1.as_deref().map(|l| l as _)
        }
    }

    fn chain(links: &[&'static str]) -> Link {
        links
            .iter()
            .rev()
            .fold(None, |inner, text| Some(Link(text, inner.map(Box::new))))
            .unwrap()
    }

    #[test]
    fn every_cause_is_on_the_line() {
        let error = chain(&["tcp connect error", "Connection refused (os error 111)"]);
        assert_eq!(
            Chain(&error).to_string(),
            "tcp connect error: Connection refused (os error 111)"
        );
    }

    #[test]
    fn an_error_told_by_its_cause_shows_the_cause_and_goes_on_from_it() {
        let error = ToldByCause(chain(&[
            "client error (Connect)",
            "tcp connect error",
            "refused",
        ]));
        assert_eq!(error.to_string(), "tcp connect error");
        assert_eq!(Chain(&error).to_string(), "tcp connect error: refused");
        assert_eq!(ToldByCause(chain(&["alone"])).to_string(), "alone");
    }

    #[test]
    fn a_cause_already_said_is_left_out() {
        let error = chain(&["timed out: no byte in 60 s", "no byte in 60 s", "", "reset"]);
        assert_eq!(
            Chain(&error).to_string(),
            "timed out: no byte in 60 s: reset"
        );
    }
}
