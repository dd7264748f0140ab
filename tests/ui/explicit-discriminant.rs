use aws_union_derive::AwsEnum;

#[derive(AwsEnum)]
enum Status {
    Started = 1,
    #[aws(unknown)]
    Unknown(String),
}

fn main() {}
