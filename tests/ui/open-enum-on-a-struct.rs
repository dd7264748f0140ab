use aws_union::AwsEnum;

#[derive(AwsEnum)]
struct Status(String);

fn main() {}
