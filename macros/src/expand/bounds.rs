//! The where clauses of the generated impls: bounds on what each member type uses, inferred as
//! serde infers them, or the container's `#[aws(bound = "…")]` instead.

use proc_macro2::{TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::{GenericArgument, Generics, Ident, PathArguments, ReturnType, Type, WherePredicate};

use super::copy_generics;
use crate::check::Model;

/// Which impl the bounds are for.
#[derive(Clone, Copy)]
pub enum Impl {
    Serialize,
    Deserialize,
    Other,
}

/// `generics` plus `bound` on what `types` use of the type parameters (serde's rule: `T` for a
/// member `T` or `Vec<T>`, never a whole member type, so recursive generics stay usable; the
/// associated type itself for `T::Out` or `<T as Trait>::Out`), or the container's
/// `#[aws(bound = "…")]` instead.
pub fn with_bounds(
    model: &Model,
    generics: &Generics,
    types: &[&Type],
    bound: &TokenStream,
    which: Impl,
) -> Generics {
    let mut generics = copy_generics(generics);
    let custom = model.bound.as_ref().and_then(|b| match which {
        Impl::Serialize => b.serialize.as_ref(),
        Impl::Deserialize => b.deserialize.as_ref(),
        Impl::Other => None,
    });
    if let Some(custom) = custom {
        generics.make_where_clause().predicates.extend(
            custom
                .iter()
                .filter_map(|p| syn::parse2::<WherePredicate>(p.to_token_stream()).ok()),
        );
        return generics;
    }
    let params: Vec<&Ident> = model.generics.type_params().map(|p| &p.ident).collect();
    let mut used = Used {
        params: &params,
        bounded: Vec::new(),
    };
    for ty in types {
        used.visit(ty);
    }
    let predicates: Vec<WherePredicate> = used
        .bounded
        .iter()
        .filter_map(|target| syn::parse2(quote!(#target: #bound)).ok())
        .collect();
    if !predicates.is_empty() {
        generics.make_where_clause().predicates.extend(predicates);
    }
    generics
}

/// `generics` plus `for<'__aws> ty: bound` for each `(ty, bound)` of `used`: a bound on exactly
/// what the impl uses, spanned at the member that uses it. Higher-ranked, because a bound on a
/// type without parameters that does not hold is an error where it is written, and a
/// higher-ranked one is not: the impl is then simply missing, and only code that needs it is
/// an error (a union whose kept value has no zero value is fine until it is a required member).
pub fn with_used_bounds(generics: &Generics, used: &[(&Type, TokenStream)]) -> Generics {
    let mut generics = copy_generics(generics);
    if !used.is_empty() {
        let predicates = used.iter().filter_map(|(ty, bound)| {
            let bound = quote_spanned!(ty.span()=> #bound);
            syn::parse2::<WherePredicate>(quote!(for<'__aws> #ty: #bound)).ok()
        });
        generics.make_where_clause().predicates.extend(predicates);
    }
    generics
}

/// Whether `ty` uses one of the model's type parameters.
pub fn is_generic(model: &Model, ty: &Type) -> bool {
    let params: Vec<&Ident> = model.generics.type_params().map(|p| &p.ident).collect();
    let mut used = Used {
        params: &params,
        bounded: Vec::new(),
    };
    used.visit(ty);
    !used.bounded.is_empty()
}

/// What member types need of the type parameters, each once: a parameter, or an associated
/// type of one as written.
struct Used<'a> {
    params: &'a [&'a Ident],
    bounded: Vec<TokenStream>,
}

impl Used<'_> {
    fn visit(&mut self, ty: &Type) {
        match ty {
            Type::Path(path) => {
                if let Some(qself) = &path.qself {
                    // `<T as Trait>::Out`: the projection is what the member holds.
                    if self.mentions(qself.ty.to_token_stream()) {
                        self.add(ty.to_token_stream());
                    }
                    return;
                }
                let segments = &path.path.segments;
                let first_is_param = path.path.leading_colon.is_none()
                    && segments
                        .first()
                        .is_some_and(|s| self.params.iter().any(|p| s.ident == **p));
                if first_is_param {
                    if segments.len() == 1 {
                        self.add(segments[0].ident.to_token_stream());
                    } else {
                        // `T::Out`: bound the associated type, as serde does, not `T`.
                        self.add(ty.to_token_stream());
                    }
                    return;
                }
                for segment in segments {
                    // `PhantomData<T>` is serde (and `Debug`) whatever `T` is.
                    if segment.ident == "PhantomData" {
                        continue;
                    }
                    match &segment.arguments {
                        PathArguments::AngleBracketed(args) => {
                            for arg in &args.args {
                                match arg {
                                    GenericArgument::Type(ty) => self.visit(ty),
                                    other => self.add_mentioned(other.to_token_stream()),
                                }
                            }
                        }
                        PathArguments::Parenthesized(args) => {
                            for input in &args.inputs {
                                self.visit(input);
                            }
                            if let ReturnType::Type(_, output) = &args.output {
                                self.visit(output);
                            }
                        }
                        PathArguments::None => {}
                    }
                }
            }
            Type::Reference(r) => self.visit(&r.elem),
            Type::Slice(s) => self.visit(&s.elem),
            Type::Array(a) => self.visit(&a.elem),
            Type::Paren(p) => self.visit(&p.elem),
            Type::Group(g) => self.visit(&g.elem),
            Type::Ptr(p) => self.visit(&p.elem),
            Type::Tuple(t) => t.elems.iter().for_each(|ty| self.visit(ty)),
            other => self.add_mentioned(other.to_token_stream()),
        }
    }

    /// Every parameter named anywhere in `tokens` (trait objects, `impl Trait`, macros).
    fn add_mentioned(&mut self, tokens: TokenStream) {
        for param in self.params {
            if tokens_mention(tokens.clone(), param) {
                self.add(param.to_token_stream());
            }
        }
    }

    fn mentions(&self, tokens: TokenStream) -> bool {
        self.params
            .iter()
            .any(|param| tokens_mention(tokens.clone(), param))
    }

    fn add(&mut self, target: TokenStream) {
        let text = target.to_string();
        if !self.bounded.iter().any(|t| t.to_string() == text) {
            self.bounded.push(target);
        }
    }
}

fn tokens_mention(tokens: TokenStream, param: &Ident) -> bool {
    tokens.into_iter().any(|tree| match tree {
        TokenTree::Ident(ident) => ident == *param,
        TokenTree::Group(group) => tokens_mention(group.stream(), param),
        _ => false,
    })
}
