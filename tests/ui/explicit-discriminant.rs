use aws_union::AwsEnum;

#[derive(AwsEnum)]
enum Status {
    Started = 1,
    #[aws(unknown)]
    Unknown(String),
}

fn main() {}
