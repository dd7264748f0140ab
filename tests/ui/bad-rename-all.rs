use aws_union_derive::AwsUnion;

#[derive(AwsUnion)]
#[aws(rename_all = "lowerCamelCase")]
enum Output {
    S3(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
