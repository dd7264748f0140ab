use aws_union::AwsUnion;

#[derive(AwsUnion)]
#[aws(deny_unknown_members)]
enum Output {
    S3(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
