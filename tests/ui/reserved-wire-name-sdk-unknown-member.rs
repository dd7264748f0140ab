use aws_union::AwsUnion;

#[derive(AwsUnion)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE")]
enum Output {
    S3(String),
    SdkUnknownMember(String),
    #[aws(unknown)]
    Unknown { name: String },
}

fn main() {}
