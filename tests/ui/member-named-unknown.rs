use aws_union::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    Unknown(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
