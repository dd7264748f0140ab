use aws_union::{AwsStructure, Timestamp};

#[derive(AwsStructure)]
struct Times {
    #[aws(timestamp = "unix")]
    at: Option<Timestamp>,
}

fn main() {}
