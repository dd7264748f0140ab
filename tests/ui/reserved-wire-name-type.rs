use aws_union::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    #[aws(rename = "__type")]
    Type(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
