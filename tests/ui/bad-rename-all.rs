use aws_union::AwsUnion;

#[derive(AwsUnion)]
#[aws(rename_all = "lowerCamelCase")]
enum Output {
    S3(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
