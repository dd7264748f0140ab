use aws_union::AwsEnum;

#[derive(AwsEnum)]
enum Status {
    Started(u32),
    #[aws(unknown)]
    Unknown(String),
}

fn main() {}
