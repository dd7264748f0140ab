use aws_union::AwsEnum;

#[derive(AwsEnum)]
enum Status<T> {
    Started,
    #[aws(unknown)]
    Unknown(T),
}

fn main() {}
