use aws_union_derive::AwsUnion;

#[derive(AwsUnion)]
#[aws(rename_all = "lowercase")]
enum Output {
    MemberList(Vec<String>),
    Memberlist(Vec<String>),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
