using static CustomerIO.Tests.Paging.Families;

namespace CustomerIO.Tests.Paging;

/// <summary>Page sizes and continuation tokens are checked against the endpoint's rules before anything is sent.</summary>
public sealed class PagingValidationTests
{
    [Theory]
    [InlineData(Cursor)]
    [InlineData(Pages)]
    [InlineData(Offsets)]
    public async Task A_page_size_over_the_endpoints_maximum_is_refused_before_sending(string family)
    {
        await using var server = await StartAsync(family, total: 5);

        var error = Assert.Throws<CustomerIOValidationException>(() => List(family, server, limit: 1001));

        Assert.Equal("limit", error.ParameterName);
        Assert.Equal(1000, error.Limit);
        Assert.Equal(1001, error.Actual);
        Assert.Equal("The page size of GET /v1/items must be at most 1000; 1001 was given. (Parameter 'limit')", error.Message);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(Cursor, "GET /v1/items?limit=1000")]
    [InlineData(Pages, "GET /v1/items?page=1&limit=1000")]
    [InlineData(Offsets, "GET /v1/items?limit=1000&offset=0")]
    public async Task The_maximum_page_size_itself_is_sent(string family, string request)
    {
        await using var server = await StartAsync(family, total: 5);

        await PagerFamilyTests.PagesAsync(List(family, server, limit: 1000).AsPages());

        Assert.Equal([request], server.Requests);
    }

    [Theory]
    [InlineData(Cursor, 0)]
    [InlineData(Pages, -1)]
    [InlineData(Offsets, 0)]
    public async Task A_page_size_below_one_is_refused_before_sending(string family, int limit)
    {
        await using var server = await StartAsync(family, total: 5);

        var error = Assert.Throws<CustomerIOValidationException>(() => List(family, server, limit));

        Assert.Equal("limit", error.ParameterName);
        Assert.Equal($"The page size of GET /v1/items must be at least 1; {limit} was given. (Parameter 'limit')", error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task An_endpoint_that_fixes_its_page_size_refuses_one()
    {
        await using var server = await StartAsync(CursorWithoutLimit, total: 5);

        var error = Assert.Throws<CustomerIOValidationException>(() => List(CursorWithoutLimit, server, limit: 10));

        Assert.Equal("limit", error.ParameterName);
        Assert.Equal("GET /v1/items takes no page size (the API chooses it); 10 was given. (Parameter 'limit')", error.Message);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(Pages, "abc", "page number")]
    [InlineData(Pages, "0", "page number")]
    [InlineData(Pages, "-1", "page number")]
    [InlineData(Pages, " 2", "page number")]
    [InlineData(Offsets, "2.5", "offset")]
    [InlineData(Offsets, "-2", "offset")]
    [InlineData(Offsets, "cur-2", "offset")]
    [InlineData(Offsets, "", "offset")]
    public async Task A_token_that_is_not_a_page_number_or_offset_is_refused_at_the_call(string family, string token, string what)
    {
        await using var server = await StartAsync(family, total: 5);

        var error = Assert.Throws<CustomerIOValidationException>(() => List(family, server).AsPages(token));

        Assert.Equal("continuationToken", error.ParameterName);
        Assert.Equal($"The continuation token is not one of GET /v1/items: it must be the {what} a page of this list answered. (Parameter 'continuationToken')", error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Offset_zero_is_a_valid_token_and_restarts_the_list()
    {
        await using var server = await StartAsync(Offsets, total: 3);

        var pages = await PagerFamilyTests.PagesAsync(List(Offsets, server).AsPages("0"));

        Assert.Equal(["1,2", "3"], pages.Select(p => Ids(p.Values)));
        Assert.Equal(["GET /v1/items?limit=2&offset=0", "GET /v1/items?limit=2&offset=2"], server.Requests);
    }
}
