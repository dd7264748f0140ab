use aws_union_derive::AwsEnum;

#[derive(AwsEnum)]
struct Status(String);

fn main() {}
