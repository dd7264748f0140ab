use aws_union_derive::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    S3(String),
    #[aws(unknown, rename = "other")]
    SdkUnknownMember { name: String },
}

fn main() {}
