use aws_union::AwsEnum;

#[derive(AwsEnum)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
enum Status {
    Started,
    #[aws(unknown)]
    Unknown(String),
}

fn main() {}
