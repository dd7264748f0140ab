use aws_union::AwsUnion;

// The derive fails, but its fallback impls keep the rest of the crate free of
// follow-on "Serialize is not implemented" errors.
#[derive(Debug, AwsUnion)]
enum Output {
    S3(String, String),
}

fn write(output: &Output) -> String {
    serde_json::to_string(output).unwrap()
}

fn read(body: &str) -> Output {
    serde_json::from_str(body).unwrap()
}

fn main() {
    let _ = write(&read("{}"));
}
