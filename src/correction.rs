//! Placeholder until the scalar types land.
use alloc::string::String;
use alloc::vec::Vec;
/// The zero value of a required member.
pub trait ErrorCorrection {
    /// The zero value.
    fn error_correction() -> Self;
}
impl ErrorCorrection for String {
    fn error_correction() -> Self {
        String::new()
    }
}
impl<T> ErrorCorrection for Vec<T> {
    fn error_correction() -> Self {
        Vec::new()
    }
}
impl<T> ErrorCorrection for Option<T> {
    fn error_correction() -> Self {
        None
    }
}
#[cfg(feature = "json")]
impl ErrorCorrection for serde_json::Value {
    fn error_correction() -> Self {
        serde_json::Value::Null
    }
}
