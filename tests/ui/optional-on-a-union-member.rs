use aws_union::AwsUnion;

type Maybe<T> = Option<T>;

#[derive(AwsUnion)]
enum Output {
    #[aws(optional)]
    Text(Maybe<String>),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

fn main() {}
