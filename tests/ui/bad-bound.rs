use aws_union::AwsUnion;

#[derive(AwsUnion)]
#[aws(bound = "T: !!")]
enum Output<T> {
    Item(T),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
