use aws_union::AwsEnum;

#[derive(AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE")]
enum Status {
    Started,
    TimedOut,
}

fn main() {}
