use aws_union_derive::AwsEnum;

#[derive(AwsEnum)]
enum Status {
    Started,
    #[aws(unknown)]
    Unknown { value: String },
}

fn main() {}
