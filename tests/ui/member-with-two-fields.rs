use aws_union::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    S3(String, String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
