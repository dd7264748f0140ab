//! [`Pages`] and [`Items`]: a paginated operation's pages, and the items in them, as
//! `futures_core::Stream`s, each page one call of the client (signed, retried, time-limited
//! as any call). The token's moves and the repeated-token guard are the pure
//! [`Cursor`](crate::operation::Cursor)'s; here they are driven by calls.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;

use super::{Client, Error};
use crate::operation::{Cursor, Next, Paginated, PaginatedItems};

/// The call of one page, owning what it needs so that the stream can hold it.
type PageCall<Op> = Pin<
    Box<
        dyn Future<
                Output = Result<
                    <Op as crate::operation::Operation>::Output,
                    Error<<Op as crate::operation::Operation>::Error>,
                >,
            > + Send,
    >,
>;

/// The pages of a paginated operation, as a `futures_core::Stream` of
/// `Result<Output, Error<E>>`, asked one at a time (the next page's call starts when the
/// stream is polled for it). Generated clients return it from their `*_pages` methods.
///
/// It ends after the page without a next token (or whose `more_results` member says there are
/// no more), after an error (the client has already retried what it retries), or with
/// [`Error::Pagination`] when the service answers the token it was sent, which would
/// otherwise ask for the same page forever. [`Pages::next`] reads it without a `futures`
/// crate.
///
/// ```no_run
/// # use aws_union_client::operation::{InputError, Operation, Paginated, RequestContext, ResponseError, ServiceInfo, Unhandled};
/// # use aws_union_client::protocol::Protocol;
/// # static SERVICE: ServiceInfo = ServiceInfo { service_id: "Example", signing_name: "example", protocol: Protocol::AwsJson1_0, endpoint_rules: &[] };
/// # struct ListThings;
/// # impl Operation for ListThings {
/// #     type Input = Option<String>;
/// #     type Output = Option<String>;
/// #     type Error = Unhandled;
/// #     const NAME: &'static str = "ListThings";
/// #     const SERVICE: &'static ServiceInfo = &SERVICE;
/// #     fn build_request(_: &Self::Input, _: &RequestContext<'_>) -> Result<http::Request<Vec<u8>>, InputError> { unimplemented!() }
/// #     fn parse_response(_: &http::Response<Vec<u8>>) -> Result<Self::Output, ResponseError<Unhandled>> { unimplemented!() }
/// # }
/// # impl Paginated for ListThings {
/// #     type Token = String;
/// #     fn input_token(input: &Option<String>) -> Option<&String> { input.as_ref() }
/// #     fn set_input_token(input: &mut Option<String>, token: String) { *input = Some(token) }
/// #     fn output_token(output: &Option<String>) -> Option<String> { output.clone() }
/// # }
/// use aws_union_client::{Client, Config, Pages};
///
/// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
/// let client = Client::new(&Config::from_env()?, &SERVICE)?;
/// // What a generated `list_things_pages(input)` returns.
/// let mut pages = Pages::<ListThings>::new(client, None);
/// while let Some(page) = pages.next().await {
///     println!("{:?}", page?);
/// }
/// # Ok(())
/// # }
/// ```
pub struct Pages<Op: Paginated> {
    client: Client,
    cursor: Cursor<Op>,
    call: Option<PageCall<Op>>,
}

// The stream never pins its fields: the call in flight is boxed.
impl<Op: Paginated> Unpin for Pages<Op> {}

impl<Op> Pages<Op>
where
    Op: Paginated + 'static,
    Op::Input: Clone + Send + Sync + 'static,
    Op::Output: Send + 'static,
    Op::Error: Send + 'static,
{
    /// The pages of `Op` starting with `input` (its token, if set, is where they start).
    pub fn new(client: Client, input: Op::Input) -> Self {
        Self {
            client,
            cursor: Cursor::new(input),
            call: None,
        }
    }

    /// The next page, or `None` after the last.
    pub async fn next(&mut self) -> Option<Result<Op::Output, Error<Op::Error>>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// The items of every page (the operation's `result_key`), one at a time.
    pub fn items(self) -> Items<Op>
    where
        Op: PaginatedItems,
    {
        Items {
            pages: self,
            page: Vec::new().into_iter(),
        }
    }
}

impl<Op> Stream for Pages<Op>
where
    Op: Paginated + 'static,
    Op::Input: Clone + Send + Sync + 'static,
    Op::Output: Send + 'static,
    Op::Error: Send + 'static,
{
    type Item = Result<Op::Output, Error<Op::Error>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(call) = &mut this.call {
                let result = match call.as_mut().poll(cx) {
                    Poll::Ready(result) => result,
                    Poll::Pending => return Poll::Pending,
                };
                this.call = None;
                match &result {
                    Ok(output) => this.cursor.advance(output),
                    Err(_) => this.cursor.finish(),
                }
                return Poll::Ready(Some(result));
            }
            match this.cursor.next_step() {
                Next::Page(input) => {
                    let client = this.client.clone();
                    let input = input.clone();
                    this.call = Some(Box::pin(async move { client.call::<Op>(&input).await }));
                }
                Next::RepeatedToken(error) => {
                    return Poll::Ready(Some(Err(Error::Pagination(error))));
                }
                Next::Done => return Poll::Ready(None),
            }
        }
    }
}

/// The items of a paginated operation's pages (its `result_key`), as a
/// `futures_core::Stream` of `Result<Item, Error<E>>`: each page's items in order, then the
/// next page's. An error of a page (or the repeated-token error) is given in its place, and
/// ends the stream as it ends [`Pages`]. [`Items::next`] reads it without a `futures` crate.
pub struct Items<Op: PaginatedItems> {
    pages: Pages<Op>,
    page: std::vec::IntoIter<Op::Item>,
}

// As `Pages`: nothing in it is pinned.
impl<Op: PaginatedItems> Unpin for Items<Op> {}

impl<Op> Items<Op>
where
    Op: PaginatedItems + 'static,
    Op::Input: Clone + Send + Sync + 'static,
    Op::Output: Send + 'static,
    Op::Error: Send + 'static,
{
    /// The items of `Op`'s pages starting with `input`.
    pub fn new(client: Client, input: Op::Input) -> Self {
        Pages::new(client, input).items()
    }

    /// The next item, or `None` after the last page's last.
    pub async fn next(&mut self) -> Option<Result<Op::Item, Error<Op::Error>>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }
}

impl<Op> Stream for Items<Op>
where
    Op: PaginatedItems + 'static,
    Op::Input: Clone + Send + Sync + 'static,
    Op::Output: Send + 'static,
    Op::Error: Send + 'static,
{
    type Item = Result<Op::Item, Error<Op::Error>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.page.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            match Pin::new(&mut this.pages).poll_next(cx) {
                Poll::Ready(Some(Ok(output))) => this.page = Op::items(output).into_iter(),
                Poll::Ready(Some(Err(error))) => return Poll::Ready(Some(Err(error))),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}
