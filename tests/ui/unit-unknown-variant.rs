use aws_union::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    S3(String),
    #[aws(unknown)]
    SdkUnknownMember,
}

fn main() {}
