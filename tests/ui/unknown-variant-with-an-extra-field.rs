use aws_union::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    S3(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String, seen_at: u64 },
}

fn main() {}
