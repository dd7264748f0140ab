use aws_union::{AwsEnum, AwsUnion};

#[derive(AwsUnion)]
#[aws(default)]
enum Output {
    #[aws(required)]
    S3(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

#[derive(AwsEnum)]
#[aws(default)]
enum Status {
    #[aws(float)]
    Started,
    #[aws(unknown)]
    Unknown(String),
}

fn main() {}
