use aws_union::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    #[serde(rename = "s3")]
    S3(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
