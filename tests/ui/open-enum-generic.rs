use aws_union_derive::AwsEnum;

#[derive(AwsEnum)]
enum Status<T> {
    Started,
    #[aws(unknown)]
    Unknown(T),
}

fn main() {}
