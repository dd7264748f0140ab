use aws_union_derive::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    Unknown(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
