use aws_union::AwsStructure;

#[derive(AwsStructure)]
struct Query {
    #[aws(required)]
    id: Option<String>,
}

fn main() {}
