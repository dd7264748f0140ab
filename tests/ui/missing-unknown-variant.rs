use aws_union::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    S3(String),
    MemberList(Vec<String>),
}

fn main() {}
