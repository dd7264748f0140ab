use aws_union::AwsStructure;

#[derive(Debug, AwsStructure)]
#[aws(debug)]
struct Query {
    #[aws(sensitive)]
    sql: Option<String>,
}

fn main() {}
