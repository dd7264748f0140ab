use aws_union::AwsUnion;

#[derive(AwsUnion)]
struct Output {
    s3: String,
}

fn main() {}
