//! Pagination, pure: how a paginated operation moves its token from one page's output to the
//! next page's input ([`Paginated`], generated per operation), where its items are
//! ([`PaginatedItems`]), and the cursor that walks the pages and refuses a token the service
//! answers twice ([`Cursor`]). The client's streams ([`Pages`](crate::client::Pages),
//! [`Items`](crate::client::Items)) drive a cursor with calls.

use core::fmt;

use super::Operation;

/// An operation whose output says where the next page starts: generated from botocore's
/// `paginators-1.json`. The token is whatever the model says it is (a string, or DynamoDB's
/// `LastEvaluatedKey`, a map of attribute values): the cursor only compares it.
pub trait Paginated: Operation {
    /// The token's type, as the input holds it.
    type Token: PartialEq;

    /// The token the input starts from (unset on the first page, unless the caller set it).
    fn input_token(input: &Self::Input) -> Option<&Self::Token>;

    /// Sets the input's token for the next page.
    fn set_input_token(input: &mut Self::Input, token: Self::Token);

    /// The token of the next page, or `None` when this page is the last: the output token is
    /// absent, or the output's `more_results` member says there are no more.
    fn output_token(output: &Self::Output) -> Option<Self::Token>;
}

/// A paginated operation whose pages each hold a list of items (botocore's `result_key`).
pub trait PaginatedItems: Paginated {
    /// One item.
    type Item;

    /// The page's items, taken out of its output (none when the page has none).
    fn items(output: Self::Output) -> Vec<Self::Item>;
}

/// The service answered the token it was sent: asking again would give the same page
/// forever, so the pages end with this error.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RepeatedToken {
    /// The operation.
    pub operation: &'static str,
    /// The page (from 1) whose output repeated its input's token.
    pub page: u64,
}

impl fmt::Display for RepeatedToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: page {} answered the same pagination token it was sent; the pages stop here \
             instead of asking for the same page forever",
            self.operation, self.page
        )
    }
}

impl std::error::Error for RepeatedToken {}

/// Where a walk over the pages stands: the input of the next page, or the end.
///
/// ```
/// use aws_union_client::operation::{Cursor, Next, Operation, Paginated};
/// # use aws_union_client::operation::{InputError, RequestContext, ResponseError, ServiceInfo, Unhandled};
/// # use aws_union_client::protocol::Protocol;
/// # static SERVICE: ServiceInfo = ServiceInfo { service_id: "Example", signing_name: "example", protocol: Protocol::AwsJson1_0, endpoint_rules: &[] };
///
/// /// An operation whose input and output carry `Option<String>` tokens.
/// struct List;
/// # impl Operation for List {
/// #     type Input = Option<String>;
/// #     type Output = Option<String>;
/// #     type Error = Unhandled;
/// #     const NAME: &'static str = "List";
/// #     const SERVICE: &'static ServiceInfo = &SERVICE;
/// #     fn build_request(_: &Self::Input, _: &RequestContext<'_>) -> Result<http::Request<Vec<u8>>, InputError> { unimplemented!() }
/// #     fn parse_response(_: &http::Response<Vec<u8>>) -> Result<Self::Output, ResponseError<Unhandled>> { unimplemented!() }
/// # }
/// impl Paginated for List {
///     type Token = String;
///     fn input_token(input: &Option<String>) -> Option<&String> { input.as_ref() }
///     fn set_input_token(input: &mut Option<String>, token: String) { *input = Some(token) }
///     fn output_token(output: &Option<String>) -> Option<String> { output.clone() }
/// }
///
/// let mut cursor = Cursor::<List>::new(None);
/// assert!(matches!(cursor.next_step(), Next::Page(None)));
/// cursor.advance(&Some("b".to_owned())); // page 1 says: the next starts at "b"
/// assert!(matches!(cursor.next_step(), Next::Page(Some(token)) if token == "b"));
/// cursor.advance(&Some("b".to_owned())); // page 2 says "b" again
/// assert!(matches!(cursor.next_step(), Next::RepeatedToken(e) if e.page == 2));
/// assert!(matches!(cursor.next_step(), Next::Done));
/// ```
pub struct Cursor<Op: Paginated> {
    input: Op::Input,
    state: State,
    /// Pages answered so far.
    pages: u64,
}

enum State {
    /// The input holds the next page's token.
    More,
    /// The service repeated a token: said once, then done.
    Repeated(RepeatedToken),
    /// No more pages.
    Done,
}

/// What comes next in a walk over the pages.
#[derive(Debug)]
#[non_exhaustive]
pub enum Next<'c, Input> {
    /// Ask for a page with this input.
    Page(&'c Input),
    /// The last page repeated the token it was sent: the walk ends with this error.
    RepeatedToken(RepeatedToken),
    /// No more pages.
    Done,
}

impl<Op: Paginated> Cursor<Op> {
    /// A walk starting with `input` (its token, if set, is where the first page starts).
    pub fn new(input: Op::Input) -> Self {
        Self {
            input,
            state: State::More,
            pages: 0,
        }
    }

    /// What comes next: a page to ask for, the repeated-token error (once), or the end.
    pub fn next_step(&mut self) -> Next<'_, Op::Input> {
        match core::mem::replace(&mut self.state, State::Done) {
            State::More => {
                self.state = State::More;
                Next::Page(&self.input)
            }
            State::Repeated(error) => Next::RepeatedToken(error),
            State::Done => Next::Done,
        }
    }

    /// Takes in the output of the page asked for: its token becomes the next input's, or the
    /// walk ends (no token, or the token the page was asked with).
    pub fn advance(&mut self, output: &Op::Output) {
        self.pages += 1;
        self.state = match Op::output_token(output) {
            None => State::Done,
            Some(token) if Op::input_token(&self.input) == Some(&token) => {
                State::Repeated(RepeatedToken {
                    operation: Op::NAME,
                    page: self.pages,
                })
            }
            Some(token) => {
                Op::set_input_token(&mut self.input, token);
                State::More
            }
        };
    }

    /// Ends the walk (after an error of a call: a stream of pages does not retry past the
    /// client's own retries).
    pub fn finish(&mut self) {
        self.state = State::Done;
    }
}
