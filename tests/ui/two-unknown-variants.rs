use aws_union::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    S3(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
    #[aws(unknown)]
    Other { name: String },
}

fn main() {}
