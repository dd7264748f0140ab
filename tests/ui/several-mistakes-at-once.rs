use aws_union::AwsUnion;

#[derive(AwsUnion)]
#[aws(rename_all = "Title Case", flatten)]
enum Output {
    S3(String, String),
    #[aws(rename = "__type")]
    Type(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
    #[aws(unknown)]
    Other { name: String },
}

fn main() {}
