use aws_union_derive::AwsUnion;

#[derive(AwsUnion)]
#[aws(deny_unknown_members)]
enum Output {
    S3(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
