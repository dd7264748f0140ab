use aws_union::AwsStructure;

#[derive(AwsStructure)]
#[derive(Debug)]
#[aws(debug)]
struct Query {
    #[aws(sensitive)]
    sql: Option<String>,
}

fn main() {}
