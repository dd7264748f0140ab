use aws_union::AwsEnum;

#[derive(AwsEnum)]
enum Status {
    Started,
    #[aws(unknown)]
    Unknown { value: String },
}

fn main() {}
