use aws_union::AwsStructure;

#[derive(AwsStructure)]
struct Query {
    #[aws(optional)]
    note: Option<String>,
}

fn main() {}
