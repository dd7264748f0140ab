use aws_union::AwsUnion;

macro_rules! union_of {
    ($variant:ident($ty:ty)) => {
        #[derive(AwsUnion)]
        enum Output {
            $variant($ty),
            #[aws(unknown)]
            SdkUnknownMember { name: String },
        }
    };
}

union_of!(Text(Option<String>));

fn main() {}
