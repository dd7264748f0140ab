use aws_union_derive::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    S3(String),
    #[aws(unknown)]
    SdkUnknownMember,
}

fn main() {}
