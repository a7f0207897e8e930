using CustomerIO.Paging;

namespace CustomerIO.Tests.Paging;

/// <summary>The public paging types on their own: pages in memory (for a caller's test doubles) and read-only pages.</summary>
public sealed class CustomerIOPageableTests
{
    private static readonly CustomerIOPage<int>[] Pages =
    [
        new([1, 2], "p2"),
        new([], "p3"),
        new([3], null),
    ];

    [Fact]
    public async Task A_list_from_pages_yields_their_values_across_pages()
    {
        var values = new List<int>();
        await foreach (var value in CustomerIOPageable<int>.FromPages(Pages))
        {
            values.Add(value);
        }

        Assert.Equal([1, 2, 3], values);
    }

    [Theory]
    [InlineData(null, "1,2||3")]
    [InlineData("p2", "|3")]
    [InlineData("p3", "3")]
    [InlineData("unknown", "")]
    public async Task A_list_from_pages_resumes_after_the_page_that_carries_the_token(string? token, string expected)
    {
        var pages = new List<string>();
        await foreach (var page in CustomerIOPageable<int>.FromPages(Pages).AsPages(token))
        {
            pages.Add(string.Join(",", page.Values));
        }

        Assert.Equal(expected, string.Join("|", pages));
    }

    [Fact]
    public async Task A_list_from_pages_observes_cancellation_between_pages()
    {
        using var cancel = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var value in CustomerIOPageable<int>.FromPages(Pages).WithCancellation(cancel.Token))
            {
                seen++;
                await cancel.CancelAsync();
            }
        });

        Assert.Equal(2, seen);
    }

    [Fact]
    public void A_page_copies_its_values_and_cannot_be_changed_through_them()
    {
        var source = new List<int> { 1, 2 };
        var page = new CustomerIOPage<int>(source, "next");

        source.Add(3);

        Assert.Equal([1, 2], page.Values);
        Assert.False(page.Values is IList<int> { IsReadOnly: false });
        Assert.Equal("next", page.ContinuationToken);
        Assert.Throws<ArgumentNullException>(() => new CustomerIOPage<int>(null!, null));
        Assert.Throws<ArgumentNullException>(() => CustomerIOPageable<int>.FromPages(null!));
    }

    [Fact]
    public void Wiring_a_cursor_endpoint_as_numbered_or_the_reverse_is_refused()
    {
        PageFetch<ItemsPage> numbered = (_, _) => Task.FromResult(new ItemsPage());
        PageFetch<CursorItemsPage> cursor = (_, _) => Task.FromResult(new CursorItemsPage());

        var one = Assert.Throws<ArgumentException>(() => Pager.Numbered<ItemsPage, Item>(PagingRules.Cursor("GET /v1/items", 10), numbered));
        var other = Assert.Throws<ArgumentException>(() => Pager.Cursor<CursorItemsPage, Item>(PagingRules.Offsets("GET /v1/items", 10), cursor));

        Assert.Equal("GET /v1/items pages by Cursor, not by PageNumbers or Offsets. (Parameter 'rules')", one.Message);
        Assert.Equal("GET /v1/items pages by Offsets, not by Cursor or CursorWithoutLimit. (Parameter 'rules')", other.Message);
    }
}
