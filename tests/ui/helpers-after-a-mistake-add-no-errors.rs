use aws_union::{AwsEnum, AwsUnion};

#[derive(AwsUnion)]
#[aws(rename_all = "no such case")]
enum Output {
    S3(String),
    Quit,
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

#[derive(AwsEnum)]
#[aws(rename_all = "no such case")]
enum Status {
    Started,
    #[aws(unknown)]
    Unknown(String),
}

fn use_them(output: &Output, status: &Status) -> usize {
    let _ = (output.member_name(), output.is_unknown(), output.as_s3(), output.is_quit());
    let _ = (status.as_str(), status.is_unknown(), status.to_string());
    let _: Result<Status, _> = "STARTED".parse();
    Output::MEMBERS.len() + Status::VALUES.len()
}

fn main() {
    let _ = use_them;
}
