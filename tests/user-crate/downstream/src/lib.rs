//! Models declared through the user crate's macro, with no dependency on `aws-union`.

aws_union_user_crate_check::union! {
    /// A union whose derive reaches the facade through the user crate's re-export.
    #[aws(rename_all = "camelCase")]
    pub enum Output {
        Text(String),
        #[aws(unknown)]
        SdkUnknownMember { name: String },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_union_declared_through_another_crates_macro_reads_and_writes() {
        let read: Output = serde_json::from_str(r#"{"newer": 1}"#).unwrap();
        assert_eq!(read.member_name(), "newer");
        let text: Output = serde_json::from_str(r#"{"text": "t"}"#).unwrap();
        assert_eq!(serde_json::to_string(&text).unwrap(), r#"{"text":"t"}"#);
    }
}
