use aws_union::AwsStructure;

#[derive(AwsStructure)]
struct Query {
    #[aws(unknown)]
    rest: Option<String>,
}

fn main() {}
