use aws_union::AwsStructure;

#[derive(AwsStructure)]
#[aws(skip)]
struct Request {
    name: Option<String>,
}

fn main() {}
