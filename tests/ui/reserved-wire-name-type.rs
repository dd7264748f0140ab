use aws_union_derive::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    #[aws(rename = "__type")]
    Type(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
