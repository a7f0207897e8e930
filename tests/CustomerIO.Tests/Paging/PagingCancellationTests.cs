using CustomerIO.Paging;
using static CustomerIO.Tests.Paging.Families;

namespace CustomerIO.Tests.Paging;

/// <summary>Cancellation between pages, by either token: the enumeration stops and the server sees no further request.</summary>
public sealed class PagingCancellationTests
{
    [Theory]
    [MemberData(nameof(All), MemberType = typeof(Families))]
    public async Task Cancelling_the_values_enumeration_after_page_one_sends_no_second_request(string family)
    {
        await using var server = await StartAsync(family, total: 5);
        using var cancel = new CancellationTokenSource();
        var values = new List<Item>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in List(family, server).WithCancellation(cancel.Token))
            {
                values.Add(item);
                if (item.Id == 2)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.Equal("1,2", Ids(values));
        Assert.Single(server.Requests);
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(Families))]
    public async Task Cancelling_the_pages_enumeration_after_page_one_sends_no_second_request(string family)
    {
        await using var server = await StartAsync(family, total: 5);
        using var cancel = new CancellationTokenSource();
        var pages = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var page in List(family, server).AsPages().WithCancellation(cancel.Token))
            {
                pages++;
                await cancel.CancelAsync();
            }
        });

        Assert.Equal(1, pages);
        Assert.Single(server.Requests);
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(Families))]
    public async Task Cancelling_the_token_the_list_was_created_with_stops_it_between_pages(string family)
    {
        await using var server = await StartAsync(family, total: 5);
        using var cancel = new CancellationTokenSource();
        var list = List(family, server, cancellationToken: cancel.Token);
        var pages = 0;

        // Also with an enumeration token of its own: either token stops the list.
        using var other = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var page in list.AsPages().WithCancellation(other.Token))
            {
                pages++;
                await cancel.CancelAsync();
            }
        });

        Assert.Equal(1, pages);
        Assert.Single(server.Requests);

        // Cancelled before it starts, the list sends nothing at all.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in list)
            {
                Assert.Fail("no value expected");
            }
        });
        Assert.Single(server.Requests);
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(Families))]
    public async Task After_cancelling_between_pages_the_pager_does_not_even_ask_its_fetch(string family)
    {
        // The transport would refuse a cancelled token by itself; this proves the pager stops before asking it.
        var fetches = 0;
        PageFetch<CursorItemsPage> cursor = (_, _) =>
        {
            // A bounded list: a pager that kept going must fail this test, not hang it.
            Assert.True(++fetches <= 3, "the pager kept fetching after it was cancelled");
            return Task.FromResult(new CursorItemsPage { Items = [new Item(fetches), new Item(fetches)], Next = "cur-" + fetches });
        };
        PageFetch<ItemsPage> numbered = (_, _) =>
        {
            Assert.True(++fetches <= 3, "the pager kept fetching after it was cancelled");
            return Task.FromResult(new ItemsPage { Items = [new Item(fetches), new Item(fetches)] });
        };
        int? limit = family == CursorWithoutLimit ? null : PageSize;
        var list = family is Cursor or CursorWithoutLimit
            ? Pager.Cursor<CursorItemsPage, Item>(Rules(family), cursor, limit)
            : Pager.Numbered<ItemsPage, Item>(Rules(family), numbered, limit);
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var page in list.AsPages().WithCancellation(cancel.Token))
            {
                await cancel.CancelAsync();
            }
        });

        Assert.Equal(1, fetches);
    }

    [Fact]
    public async Task Each_request_gets_a_token_that_either_cancellation_cancels()
    {
        var tokens = new List<CancellationToken>();
        PageFetch<CursorItemsPage> fetch = (_, token) =>
        {
            tokens.Add(token);
            return Task.FromResult(new CursorItemsPage { Items = [new Item(1)], Next = "cur-1" });
        };
        using var listCancel = new CancellationTokenSource();
        using var enumerationCancel = new CancellationTokenSource();

        var byList = Pager.Cursor<CursorItemsPage, Item>(Rules(Cursor), fetch, cancellationToken: listCancel.Token);
        await using (var pages = byList.AsPages().GetAsyncEnumerator(enumerationCancel.Token))
        {
            Assert.True(await pages.MoveNextAsync());
            await listCancel.CancelAsync();
            Assert.True(tokens[0].IsCancellationRequested);
        }

        var byEnumeration = Pager.Cursor<CursorItemsPage, Item>(Rules(Cursor), fetch, cancellationToken: new CancellationTokenSource().Token);
        await using (var pages = byEnumeration.AsPages().GetAsyncEnumerator(enumerationCancel.Token))
        {
            Assert.True(await pages.MoveNextAsync());
            await enumerationCancel.CancelAsync();
            Assert.True(tokens[1].IsCancellationRequested);
        }
    }
}
