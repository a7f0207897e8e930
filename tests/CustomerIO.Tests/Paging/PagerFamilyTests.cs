using static CustomerIO.Tests.Paging.Families;

namespace CustomerIO.Tests.Paging;

/// <summary>
/// Each of the App API's four paging families against a real list endpoint on loopback: the exact requests sent,
/// the pages and continuation tokens answered, how a list ends, resuming, errors mid-list.
/// </summary>
public sealed class PagerFamilyTests
{
    public static TheoryData<string, string[], string?[]> FiveItems => new()
    {
        { Cursor, ["GET /v1/items?limit=2", "GET /v1/items?start=cur-2&limit=2", "GET /v1/items?start=cur-4&limit=2"], ["cur-2", "cur-4", null] },
        { CursorWithoutLimit, ["GET /v1/items", "GET /v1/items?start=cur-2", "GET /v1/items?start=cur-4"], ["cur-2", "cur-4", null] },
        { Pages, ["GET /v1/items?page=1&limit=2", "GET /v1/items?page=2&limit=2", "GET /v1/items?page=3&limit=2"], ["2", "3", null] },
        { Offsets, ["GET /v1/items?limit=2&offset=0", "GET /v1/items?limit=2&offset=2", "GET /v1/items?limit=2&offset=4"], ["2", "4", null] },
    };

    /// <summary>Four items, two a page: a cursor says so on page 2; page numbers and offsets only learn it from an empty page 3.</summary>
    public static TheoryData<string, string[], string[], string?[]> FourItems => new()
    {
        { Cursor, ["GET /v1/items?limit=2", "GET /v1/items?start=cur-2&limit=2"], ["1,2", "3,4"], ["cur-2", null] },
        { CursorWithoutLimit, ["GET /v1/items", "GET /v1/items?start=cur-2"], ["1,2", "3,4"], ["cur-2", null] },
        { Pages, ["GET /v1/items?page=1&limit=2", "GET /v1/items?page=2&limit=2", "GET /v1/items?page=3&limit=2"], ["1,2", "3,4", ""], ["2", "3", null] },
        { Offsets, ["GET /v1/items?limit=2&offset=0", "GET /v1/items?limit=2&offset=2", "GET /v1/items?limit=2&offset=4"], ["1,2", "3,4", ""], ["2", "4", null] },
    };

    [Theory]
    [MemberData(nameof(FiveItems))]
    public async Task Values_stream_across_pages_one_request_per_page(string family, string[] requests, string?[] tokens)
    {
        await using var server = await StartAsync(family, total: 5);
        var list = List(family, server);

        var values = new List<Item>();
        await foreach (var item in list)
        {
            values.Add(item);
        }

        Assert.Equal("1,2,3,4,5", Ids(values));
        Assert.Equal(requests, server.Requests);

        var pages = await PagesAsync(list.AsPages());
        Assert.Equal(["1,2", "3,4", "5"], pages.Select(p => Ids(p.Values)));
        Assert.Equal(tokens, pages.Select(p => p.ContinuationToken));
        Assert.Equal(requests.Concat(requests), server.Requests);
    }

    [Theory]
    [MemberData(nameof(FourItems))]
    public async Task A_list_that_ends_on_a_full_page_ends_where_its_family_can_tell(string family, string[] requests, string[] pageIds, string?[] tokens)
    {
        await using var server = await StartAsync(family, total: 4);

        var pages = await PagesAsync(List(family, server).AsPages());

        Assert.Equal(pageIds, pages.Select(p => Ids(p.Values)));
        Assert.Equal(tokens, pages.Select(p => p.ContinuationToken));
        Assert.Equal(requests, server.Requests);
    }

    [Theory]
    [MemberData(nameof(FiveItems))]
    public async Task An_empty_list_is_one_empty_last_page(string family, string[] requests, string?[] tokens)
    {
        _ = tokens;
        await using var server = await StartAsync(family, total: 0);

        var page = Assert.Single(await PagesAsync(List(family, server).AsPages()));

        Assert.Empty(page.Values);
        Assert.Null(page.ContinuationToken);
        Assert.Equal([requests[0]], server.Requests);
    }

    [Theory]
    [MemberData(nameof(FiveItems))]
    public async Task Resuming_from_a_saved_token_fetches_only_the_rest(string family, string[] requests, string?[] tokens)
    {
        await using var server = await StartAsync(family, total: 5);
        string? saved = null;
        await foreach (var page in List(family, server).AsPages())
        {
            saved = page.ContinuationToken;
            break;
        }

        Assert.Equal(tokens[0], saved);
        Assert.Equal([requests[0]], server.Requests);

        // A new list object, as after a restart: the token alone says where to go on.
        var rest = await PagesAsync(List(family, server).AsPages(saved));

        Assert.Equal(["3,4", "5"], rest.Select(p => Ids(p.Values)));
        Assert.Equal(tokens[1..], rest.Select(p => p.ContinuationToken));
        Assert.Equal(requests, server.Requests);
    }

    [Theory]
    [MemberData(nameof(FiveItems))]
    public async Task An_error_on_page_three_surfaces_after_pages_one_and_two(string family, string[] requests, string?[] tokens)
    {
        _ = tokens;
        await using var server = await StartAsync(family, total: 10, failAt: 3);
        var pages = new List<CustomerIOPage<Item>>();

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(async () =>
        {
            await foreach (var page in List(family, server).AsPages())
            {
                pages.Add(page);
            }
        });

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("GET", error.Method);
        Assert.Equal("/v1/items", error.Path);
        Assert.Equal("page three is broken", Assert.Single(error.Errors).Message);
        Assert.Equal(["1,2", "3,4"], pages.Select(p => Ids(p.Values)));
        Assert.Equal(requests, server.Requests);
    }

    [Theory]
    [MemberData(nameof(FiveItems))]
    public async Task An_error_on_page_three_surfaces_from_the_values_after_the_first_four(string family, string[] requests, string?[] tokens)
    {
        _ = tokens;
        await using var server = await StartAsync(family, total: 10, failAt: 3);
        var values = new List<Item>();

        await Assert.ThrowsAsync<CustomerIOApiException>(async () =>
        {
            await foreach (var item in List(family, server))
            {
                values.Add(item);
            }
        });

        Assert.Equal("1,2,3,4", Ids(values));
        Assert.Equal(requests, server.Requests);
    }

    [Theory]
    [MemberData(nameof(FiveItems))]
    public async Task The_endpoints_own_query_comes_first_on_every_page(string family, string[] requests, string?[] tokens)
    {
        _ = tokens;
        await using var server = await StartAsync(family, total: 5);
        const string Filters = "type=email&metric=a%20b%26c";

        await PagesAsync(List(family, server, [new("type", "email"), new("metric", "a b&c")]).AsPages());

        var expected = requests.Select(r => r.Contains('?', StringComparison.Ordinal) ? r.Replace("?", "?" + Filters + "&", StringComparison.Ordinal) : r + "?" + Filters);
        Assert.Equal(expected, server.Requests);
    }

    public static TheoryData<string, string[]> WithoutPageSize => new()
    {
        { Cursor, ["GET /v1/items"] },
        { Pages, ["GET /v1/items?page=1", "GET /v1/items?page=2"] },
        { Offsets, ["GET /v1/items?offset=0", "GET /v1/items?offset=3"] },
    };

    [Theory]
    [MemberData(nameof(WithoutPageSize))]
    public async Task Without_a_page_size_no_limit_is_sent_and_only_a_cursor_or_an_empty_page_ends_the_list(string family, string[] requests)
    {
        // The server's default is 50: three items fit one page, but without a limit of its own the client cannot know it is short.
        await using var server = await StartAsync(family, total: 3);

        var pages = await PagesAsync(List(family, server, limit: null).AsPages());

        Assert.Equal("1,2,3", Ids(pages.SelectMany(p => p.Values)));
        Assert.Equal(requests, server.Requests);
    }

    internal static async Task<List<CustomerIOPage<Item>>> PagesAsync(IAsyncEnumerable<CustomerIOPage<Item>> pages)
    {
        var list = new List<CustomerIOPage<Item>>();
        await foreach (var page in pages)
        {
            list.Add(page);
        }

        return list;
    }
}
