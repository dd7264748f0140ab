use aws_union::{AwsEnum, AwsStructure};

#[derive(AwsStructure)]
#[aws(sensitive)]
struct Secret {
    text: Option<String>,
}

#[derive(AwsEnum)]
#[aws(sensitive)]
enum Level {
    Low,
    #[aws(unknown)]
    Unknown(String),
}

fn main() {}
