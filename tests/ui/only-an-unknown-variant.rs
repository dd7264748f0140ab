use aws_union::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
