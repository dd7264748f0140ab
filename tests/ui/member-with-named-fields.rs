use aws_union_derive::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    S3 { location: String },
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
