use aws_union_derive::AwsUnion;

#[derive(AwsUnion)]
struct Output {
    s3: String,
}

fn main() {}
