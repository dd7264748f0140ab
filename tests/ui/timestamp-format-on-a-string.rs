use aws_union::AwsStructure;

#[derive(AwsStructure)]
struct Run {
    #[aws(timestamp = "date-time")]
    started: Option<String>,
}

fn main() {}
