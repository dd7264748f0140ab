use aws_union::AwsStructure;

#[derive(AwsStructure)]
#[aws(sensitive)]
struct Secret {
    text: Option<String>,
}

fn main() {}
