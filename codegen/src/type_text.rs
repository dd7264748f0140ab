//! The text of a type in the glue written as text (the client, paginators and setters).

use crate::plan::Ty;

/// The type as generated code writes it (owned strings: operations own what they read).
pub(crate) fn ty_text(ty: &Ty) -> String {
    match ty {
        Ty::String | Ty::CowStr => "::aws_union::__private::String".to_owned(),
        Ty::Bool => "bool".to_owned(),
        Ty::I32 => "i32".to_owned(),
        Ty::I64 => "i64".to_owned(),
        Ty::F32 => "f32".to_owned(),
        Ty::F64 => "f64".to_owned(),
        Ty::Blob => "::aws_union::Blob".to_owned(),
        Ty::Timestamp => "::aws_union::Timestamp".to_owned(),
        Ty::Document => "::aws_union::Document".to_owned(),
        Ty::Named(name) => name.clone(),
        Ty::List(item, sparse) => {
            format!("::aws_union::__private::Vec<{}>", item_text(item, *sparse))
        }
        Ty::Map(key, value, sparse) => format!(
            "::aws_union::__private::BTreeMap<{}, {}>",
            ty_text(key),
            item_text(value, *sparse)
        ),
        Ty::Boxed(inner) => format!("::aws_union::__private::Box<{}>", ty_text(inner)),
    }
}

pub(crate) fn item_text(ty: &Ty, sparse: bool) -> String {
    if sparse {
        format!("::core::option::Option<{}>", ty_text(ty))
    } else {
        ty_text(ty)
    }
}
