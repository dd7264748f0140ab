use aws_union::AwsUnion;

#[derive(AwsUnion)]
#[aws(rename_all = "lowercase")]
enum Output {
    MemberList(Vec<String>),
    Memberlist(Vec<String>),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
