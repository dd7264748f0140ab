use aws_union::AwsUnion;

#[derive(AwsUnion)]
#[aws(rename_all = "camelCase")]
enum Output {
    #[aws(rename = "s3")]
    #[aws(rename = "S3")]
    S3(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
