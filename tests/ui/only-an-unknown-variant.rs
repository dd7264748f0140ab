use aws_union_derive::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
