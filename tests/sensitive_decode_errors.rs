//! Decode errors under a member the model marks sensitive, one test per rule: the error never
//! repeats the bad value (serde's `invalid type: string "…"`), and still says where it is.

use aws_union::{AwsStructure, AwsUnion, Blob};

const NOT_SHOWN: &str = "invalid value in a sensitive member (not shown)";

#[derive(Debug, Clone, PartialEq, AwsStructure)]
#[aws(rename_all = "PascalCase")]
struct Inner {
    code: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, AwsStructure)]
#[aws(rename_all = "PascalCase")]
struct Secret {
    name: Option<String>,
    #[aws(sensitive)]
    pin: Option<i32>,
    #[aws(sensitive)]
    password: Option<String>,
    #[aws(sensitive)]
    inner: Option<Inner>,
    #[aws(sensitive)]
    key: Option<Blob>,
    #[aws(sensitive, float)]
    weight: Option<f64>,
    #[aws(required, sensitive)]
    count: i64,
    plain: Option<i32>,
}

/// A structure read through its own visitor (a member neither `Option` nor required).
#[derive(Debug, Clone, PartialEq, AwsStructure)]
#[aws(rename_all = "PascalCase")]
struct Present {
    #[aws(sensitive)]
    token: String,
}

/// A sensitive type: every member is sensitive.
#[derive(Clone, PartialEq, AwsStructure)]
#[aws(rename_all = "PascalCase", debug, sensitive)]
struct Vault {
    combination: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "PascalCase")]
enum Credential {
    #[aws(sensitive)]
    Pin(i32),
    Label(String),
    #[aws(unknown)]
    SdkUnknownMember {
        name: String,
    },
}

/// The message of the error reading a body as some type.
type ErrorOf = fn(&str) -> String;

fn json_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(body: &str) -> String {
    match serde_json::from_str::<T>(body) {
        Ok(value) => panic!("{body} read as {value:?}"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn a_sensitive_members_bad_value_is_not_in_the_decode_error() {
    let bodies: [(&str, ErrorOf); 10] = [
        (r#"{"Pin":"hunter2-pin"}"#, json_error::<Secret>),
        (r#"{"Password":424242}"#, json_error::<Secret>),
        (
            r#"{"Password":{"v":"hunter2-nested"}}"#,
            json_error::<Secret>,
        ),
        (
            r#"{"Inner":{"Code":"hunter2-inner"}}"#,
            json_error::<Secret>,
        ),
        (r#"{"Key":"hunter2 is not base64!"}"#, json_error::<Secret>),
        (r#"{"Weight":"hunter2-float"}"#, json_error::<Secret>),
        (r#"{"Count":"hunter2-count"}"#, json_error::<Secret>),
        (r#"{"Token":424242}"#, json_error::<Present>),
        (r#"{"Pin":"hunter2-variant"}"#, json_error::<Credential>),
        (r#"{"Combination":"hunter2-vault"}"#, json_error::<Vault>),
    ];
    for (body, read) in bodies {
        let error = read(body);
        assert!(error.starts_with(NOT_SHOWN), "{body}: {error}");
        assert!(!error.contains("hunter2"), "{body}: {error}");
        assert!(!error.contains("424242"), "{body}: {error}");
    }
    // A member that is not sensitive keeps serde's message, value and all.
    let error = json_error::<Secret>(r#"{"Plain":"shown-value"}"#);
    assert!(error.contains("shown-value"), "{error}");
    let error = json_error::<Credential>(r#"{"Label":424242}"#);
    assert!(error.contains("424242"), "{error}");
    // A value that reads is the value.
    let secret: Secret = serde_json::from_str(
        r#"{"Pin":7,"Password":"p","Inner":{"Code":1},"Weight":"NaN","Count":3}"#,
    )
    .unwrap();
    assert_eq!(secret.pin, Some(7));
    assert_eq!(secret.password.as_deref(), Some("p"));
    assert_eq!(secret.inner, Some(Inner { code: Some(1) }));
    assert!(secret.weight.is_some_and(f64::is_nan));
    assert_eq!(secret.count, 3);
}

#[test]
fn a_decode_error_under_a_sensitive_member_still_names_its_position() {
    // serde_json's position: the line and column of the bad value, as for any other error.
    let body = "{\"Name\": \"n\",\n \"Pin\": \"hunter2\"}";
    let error = json_error::<Secret>(body);
    assert!(
        error.starts_with(&format!("{NOT_SHOWN} at line 2 column ")),
        "{error}"
    );
    // serde_path_to_error's path: the member, or the member inside it that is bad.
    for (body, path) in [
        (r#"{"Name":"n","Password":{"v":"hunter2"}}"#, "Password"),
        (r#"{"Inner":{"Code":"hunter2"}}"#, "Inner.Code"),
    ] {
        let mut deserializer = serde_json::Deserializer::from_str(body);
        let error = serde_path_to_error::deserialize::<_, Secret>(&mut deserializer).unwrap_err();
        assert_eq!(error.path().to_string(), path, "{body}");
        assert!(!error.to_string().contains("hunter2"), "{error}");
    }
    // CBOR, read through serde_path_to_error as the rpcv2Cbor parser reads it.
    let mut body = Vec::new();
    ciborium::into_writer(
        &serde_json::json!({"Name": "n", "Pin": "hunter2"}),
        &mut body,
    )
    .unwrap();
    let error = match ciborium::from_reader::<Tracked<Secret>, _>(body.as_slice()) {
        Err(ciborium::de::Error::Semantic(_, message)) => message,
        other => panic!("{:?}", other.map(|_| ())),
    };
    let (path, message) = error.split_once('\u{0}').unwrap();
    assert_eq!(path, "Pin");
    assert!(message.contains(NOT_SHOWN), "{message}");
    assert!(!message.contains("hunter2"), "{message}");
}

/// Reads a `T` through `serde_path_to_error` (ciborium's deserializer is not public): an error
/// says `path`, a NUL, then the message.
struct Tracked<T>(#[allow(dead_code)] T);

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Tracked<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut track = serde_path_to_error::Track::new();
        let tracked = serde_path_to_error::Deserializer::new(deserializer, &mut track);
        T::deserialize(tracked)
            .map(Tracked)
            .map_err(|error| serde::de::Error::custom(format!("{}\u{0}{error}", track.path())))
    }
}

#[test]
fn a_syntax_error_under_a_sensitive_member_keeps_its_message() {
    // Text that is not JSON names no value: the parser's own message says why.
    for (body, why) in [
        (r#"{"Password":"hunt"#, "EOF while parsing a string"),
        (r#"{"Inner":{"Code" 1}}"#, "expected `:`"),
        ("{\"Password\":\"\\q\"}", "invalid escape"),
    ] {
        let error = json_error::<Secret>(body);
        assert!(error.starts_with(why), "{body}: {error}");
    }
}
