use aws_union::AwsUnion;

#[derive(AwsUnion)]
#[aws(rename_all = "camelCase")]
enum Output {
    S3(String),
    #[aws(rename = "s3")]
    LegacyS3(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
