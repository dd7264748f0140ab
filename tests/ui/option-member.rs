use aws_union::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    Text(Option<String>),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
