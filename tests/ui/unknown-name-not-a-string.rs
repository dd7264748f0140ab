use aws_union::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    Text(String),
    #[aws(unknown)]
    SdkUnknownMember { name: u32 },
}

fn main() {}
