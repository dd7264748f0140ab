use aws_union::AwsUnion;

#[derive(AwsUnion)]
enum Output<'de> {
    Text(&'de str),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
