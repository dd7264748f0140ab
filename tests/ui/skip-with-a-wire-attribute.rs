use aws_union::{AwsStructure, Timestamp};

#[derive(AwsStructure)]
struct Request {
    #[aws(skip, rename = "Name")]
    name: Option<String>,
    #[aws(skip, required)]
    id: String,
    #[aws(skip, timestamp = "http-date")]
    since: Option<Timestamp>,
}

fn main() {}
