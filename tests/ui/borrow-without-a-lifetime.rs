use aws_union::AwsStructure;

#[derive(AwsStructure)]
struct Query {
    #[aws(borrow)]
    sql: Option<String>,
}

fn main() {}
