use aws_union::AwsUnion;

#[derive(AwsUnion)]
enum Output {
    #[aws(rename = "unknownThing")]
    Thing(String),
    Pair(String, String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {
    let output = Output::Thing("x".into());
    let _: Option<&String> = output.as_thing();
    let _: bool = output.is_thing();
}
