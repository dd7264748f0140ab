use aws_union::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    #[aws(skip)]
    S3(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
