use aws_union::AwsUnion;

struct NotSerde;

#[derive(AwsUnion)]
enum Output {
    S3(NotSerde),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
