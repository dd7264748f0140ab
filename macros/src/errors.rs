//! Collects every error of one derive, so the user sees all mistakes at once.

use std::fmt::Display;

use proc_macro2::Span;
use quote::ToTokens;

pub struct Errors {
    combined: Option<syn::Error>,
}

impl Errors {
    pub fn new() -> Self {
        Errors { combined: None }
    }

    /// Records an error spanning the tokens of `at`.
    pub fn at(&mut self, at: impl ToTokens, message: impl Display) {
        self.push(syn::Error::new_spanned(at, message));
    }

    /// Records an error at `span`.
    pub fn at_span(&mut self, span: Span, message: impl Display) {
        self.push(syn::Error::new(span, message));
    }

    pub fn push(&mut self, error: syn::Error) {
        match &mut self.combined {
            Some(combined) => combined.combine(error),
            None => self.combined = Some(error),
        }
    }

    pub fn finish(self) -> Result<(), syn::Error> {
        self.combined.map_or(Ok(()), Err)
    }
}
