//! The generator's one error type.

use std::fmt;

/// Why a model could not be turned into Rust.
///
/// Displayed as `FILE: shape `NAME`: MESSAGE` (or `FILE: MESSAGE` when no shape is at fault).
///
/// ```
/// # use aws_union_codegen::Generator;
/// let model = br#"{"metadata": {"protocol": "rest-xml"}, "shapes": {}}"#;
/// let err = Generator::from_bytes(model, "s3.json").generate_string().unwrap_err();
/// assert!(err.to_string().contains("protocol `rest-xml` is not supported"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    origin: String,
    shape: Option<String>,
    message: String,
}

impl Error {
    pub(crate) fn model(origin: &str, shape: Option<&str>, message: impl Into<String>) -> Self {
        Error {
            origin: origin.to_owned(),
            shape: shape.map(str::to_owned),
            message: message.into(),
        }
    }

    /// The file (or name given to the bytes) the model came from.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The shape at fault, when there is one.
    pub fn shape(&self) -> Option<&str> {
        self.shape.as_deref()
    }

    /// What is wrong.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.shape {
            Some(shape) => write!(f, "{}: shape `{shape}`: {}", self.origin, self.message),
            None => write!(f, "{}: {}", self.origin, self.message),
        }
    }
}

impl std::error::Error for Error {}
