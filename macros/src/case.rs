//! `rename_all`: serde's case conventions, applied to variant names exactly as serde does.

#[derive(Clone, Copy)]
pub enum RenameRule {
    Lower,
    Upper,
    Pascal,
    Camel,
    Snake,
    ScreamingSnake,
    Kebab,
    ScreamingKebab,
}

const RULES: &[(&str, RenameRule)] = &[
    ("lowercase", RenameRule::Lower),
    ("UPPERCASE", RenameRule::Upper),
    ("PascalCase", RenameRule::Pascal),
    ("camelCase", RenameRule::Camel),
    ("snake_case", RenameRule::Snake),
    ("SCREAMING_SNAKE_CASE", RenameRule::ScreamingSnake),
    ("kebab-case", RenameRule::Kebab),
    ("SCREAMING-KEBAB-CASE", RenameRule::ScreamingKebab),
];

impl RenameRule {
    pub fn from_str(name: &str) -> Option<Self> {
        RULES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, rule)| *rule)
    }

    pub fn unknown_message(name: &str) -> String {
        let names: Vec<String> = RULES.iter().map(|(n, _)| format!("\"{n}\"")).collect();
        format!(
            "unknown rename_all rule \"{name}\"; expected one of {}",
            names.join(", ")
        )
    }

    /// Applies the rule to a variant name written in PascalCase.
    pub fn apply(self, variant: &str) -> String {
        match self {
            RenameRule::Pascal => variant.to_owned(),
            RenameRule::Lower => variant.to_ascii_lowercase(),
            RenameRule::Upper => variant.to_ascii_uppercase(),
            RenameRule::Camel => {
                let mut chars = variant.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_ascii_lowercase().to_string() + chars.as_str()
                })
            }
            RenameRule::Snake => separated(variant, '_'),
            RenameRule::ScreamingSnake => separated(variant, '_').to_ascii_uppercase(),
            RenameRule::Kebab => separated(variant, '-'),
            RenameRule::ScreamingKebab => separated(variant, '-').to_ascii_uppercase(),
        }
    }
}

impl RenameRule {
    /// Applies the rule to a field name written in snake_case, as serde does for fields.
    pub fn apply_to_field(self, field: &str) -> String {
        match self {
            RenameRule::Lower | RenameRule::Snake => field.to_owned(),
            RenameRule::Upper | RenameRule::ScreamingSnake => field.to_ascii_uppercase(),
            RenameRule::Pascal => pascal(field),
            RenameRule::Camel => {
                let pascal = pascal(field);
                let mut chars = pascal.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_ascii_lowercase().to_string() + chars.as_str()
                })
            }
            RenameRule::Kebab => field.replace('_', "-"),
            RenameRule::ScreamingKebab => field.replace('_', "-").to_ascii_uppercase(),
        }
    }
}

/// `member_list` → `MemberList`.
fn pascal(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut capitalize = true;
    for ch in field.chars() {
        if ch == '_' {
            capitalize = true;
        } else if capitalize {
            out.push(ch.to_ascii_uppercase());
            capitalize = false;
        } else {
            out.push(ch);
        }
    }
    out
}

/// serde's snake case: a separator before every uppercase letter but the first, all lowercase.
fn separated(variant: &str, separator: char) -> String {
    let mut out = String::with_capacity(variant.len() + 4);
    for (i, ch) in variant.char_indices() {
        if i > 0 && ch.is_uppercase() {
            out.push(separator);
        }
        out.push(ch.to_ascii_lowercase());
    }
    out
}

/// The snake-case word used in generated helper names (`as_member_list`): word boundaries at
/// lower-to-upper and at the last capital of an acronym (`HTTPServer` → `http_server`).
pub fn helper_word(variant: &str) -> String {
    let chars: Vec<char> = variant.chars().collect();
    let mut out = String::with_capacity(variant.len() + 4);
    for (i, &ch) in chars.iter().enumerate() {
        if ch.is_uppercase() && i > 0 && chars[i - 1] != '_' {
            let prev = chars[i - 1];
            let next_is_lower = chars.get(i + 1).is_some_and(|c| c.is_lowercase());
            if prev.is_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_uppercase() && next_is_lower)
            {
                out.push('_');
            }
        }
        out.extend(ch.to_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rename_all_follows_serde_for_variants() {
        let cases = [
            ("camelCase", "MemberList", "memberList"),
            ("snake_case", "MemberList", "member_list"),
            ("SCREAMING_SNAKE_CASE", "TimedOut", "TIMED_OUT"),
            ("kebab-case", "TimedOut", "timed-out"),
            ("SCREAMING-KEBAB-CASE", "TimedOut", "TIMED-OUT"),
            ("lowercase", "TimedOut", "timedout"),
            ("UPPERCASE", "TimedOut", "TIMEDOUT"),
            ("PascalCase", "TimedOut", "TimedOut"),
            ("camelCase", "S3", "s3"),
        ];
        for (rule, variant, wire) in cases {
            assert_eq!(
                RenameRule::from_str(rule).unwrap().apply(variant),
                wire,
                "{rule} {variant}"
            );
        }
    }

    #[test]
    fn rename_all_follows_serde_for_fields() {
        let cases = [
            ("camelCase", "member_list", "memberList"),
            ("PascalCase", "member_list", "MemberList"),
            ("SCREAMING_SNAKE_CASE", "timed_out", "TIMED_OUT"),
            ("kebab-case", "timed_out", "timed-out"),
            ("snake_case", "timed_out", "timed_out"),
            ("camelCase", "s3", "s3"),
        ];
        for (rule, field, wire) in cases {
            assert_eq!(
                RenameRule::from_str(rule).unwrap().apply_to_field(field),
                wire,
                "{rule} {field}"
            );
        }
    }

    #[test]
    fn helper_words_split_acronyms_and_digits() {
        assert_eq!(helper_word("S3"), "s3");
        assert_eq!(helper_word("MemberList"), "member_list");
        assert_eq!(helper_word("S3Output"), "s3_output");
        assert_eq!(helper_word("HTTPServer"), "http_server");
        assert_eq!(helper_word("Cr1X"), "cr1_x");
    }
}
