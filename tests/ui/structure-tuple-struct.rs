use aws_union::AwsStructure;

#[derive(AwsStructure)]
struct Query(String, u32);

fn main() {}
