use aws_union_derive::AwsEnum;

#[derive(AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE")]
enum Status {
    Started,
    TimedOut,
}

fn main() {}
