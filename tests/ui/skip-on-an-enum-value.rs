use aws_union::AwsEnum;

#[derive(AwsEnum)]
enum Status {
    #[aws(skip)]
    Started,
    #[aws(unknown)]
    Unknown(String),
}

fn main() {}
