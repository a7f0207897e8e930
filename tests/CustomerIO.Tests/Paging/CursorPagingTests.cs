using System.Text.Json;
using CustomerIO.Paging;
using static CustomerIO.Tests.Paging.Families;

namespace CustomerIO.Tests.Paging;

/// <summary>What only a cursor answer can say: an empty page that is not the end, the ways a last page says it is, a cursor that loops.</summary>
public sealed class CursorPagingTests
{
    [Fact]
    public async Task An_empty_page_with_a_next_cursor_is_not_the_end()
    {
        string[] answers = ["""{"items":[{"id":1}],"next":"a"}""", """{"items":[],"next":"b"}""", """{"items":[{"id":2}],"next":""}"""];
        await using var server = await PagingServer.StartAsync((number, _) => (200, answers[number - 1]));

        var pages = await PagerFamilyTests.PagesAsync(List(Cursor, server).AsPages());

        Assert.Equal(["1", "", "2"], pages.Select(p => Ids(p.Values)));
        Assert.Equal(["a", "b", null], pages.Select(p => p.ContinuationToken));
        Assert.Equal(["GET /v1/items?limit=2", "GET /v1/items?start=a&limit=2", "GET /v1/items?start=b&limit=2"], server.Requests);
    }

    [Theory]
    [InlineData("""{"items":[{"id":1}],"next":""}""", "1")]
    [InlineData("""{"items":[{"id":1}],"next":null}""", "1")]
    [InlineData("""{"items":[{"id":1}]}""", "1")]
    [InlineData("""{"next":""}""", "")]
    [InlineData("""{"items":null,"next":""}""", "")]
    public async Task An_empty_null_or_missing_next_ends_the_list(string body, string ids)
    {
        await using var server = await PagingServer.StartAsync((_, _) => (200, body));

        var page = Assert.Single(await PagerFamilyTests.PagesAsync(List(Cursor, server).AsPages()));

        Assert.Equal(ids, Ids(page.Values));
        Assert.Null(page.ContinuationToken);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(Pages)]
    [InlineData(Offsets)]
    public async Task A_numbered_answer_without_items_is_an_empty_last_page(string family)
    {
        await using var server = await PagingServer.StartAsync((_, _) => (200, "{}"));

        var page = Assert.Single(await PagerFamilyTests.PagesAsync(List(family, server).AsPages()));

        Assert.Empty(page.Values);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task A_cursor_is_sent_back_verbatim_and_escaped()
    {
        string[] answers = ["""{"items":[{"id":1}],"next":"a+b/c=="}""", """{"items":[{"id":2}],"next":""}"""];
        await using var server = await PagingServer.StartAsync((number, _) => (200, answers[number - 1]));

        var pages = await PagerFamilyTests.PagesAsync(List(Cursor, server).AsPages());

        Assert.Equal("a+b/c==", pages[0].ContinuationToken);
        Assert.Equal(["GET /v1/items?limit=2", "GET /v1/items?start=a%2Bb%2Fc%3D%3D&limit=2"], server.Requests);
    }

    [Fact]
    public async Task A_next_cursor_equal_to_the_one_sent_stops_the_list_instead_of_looping()
    {
        await using var server = await PagingServer.StartAsync((_, _) => (200, """{"items":[{"id":1}],"next":"same"}"""));
        var pages = new List<CustomerIOPage<Item>>();

        var error = await Assert.ThrowsAsync<CustomerIOException>(async () =>
        {
            await foreach (var page in List(Cursor, server).AsPages())
            {
                pages.Add(page);
            }
        });

        Assert.Equal("GET /v1/items answered the cursor it was asked with as its next cursor; paging stopped so as not to loop.", error.Message);
        Assert.Single(pages);
        Assert.Equal(["GET /v1/items?limit=2", "GET /v1/items?start=same&limit=2"], server.Requests);
    }

    [Theory]
    [InlineData("""{"next":20}""", "20")]
    [InlineData("""{"next":1.50}""", "1.50")]
    [InlineData("""{"next":"c2"}""", "c2")]
    [InlineData("""{"next":null}""", null)]
    [InlineData("""{}""", null)]
    public void A_next_cursor_written_as_a_number_is_read_as_its_own_digits(string body, string? next)
    {
        Assert.Equal(next, JsonSerializer.Deserialize(body, PagingTestJson.Default.NumericCursorPage)!.Next);
    }

    [Fact]
    public void A_next_cursor_of_another_kind_is_not_json_this_sdk_reads()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"next":true}""", PagingTestJson.Default.NumericCursorPage));

        Assert.StartsWith("A next cursor must be a string, a number or null, not True.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_integer_next_goes_back_as_start()
    {
        string[] answers = ["""{"items":[{"id":1},{"id":2}],"next":2}""", """{"items":[{"id":3}],"next":""}"""];
        await using var server = await PagingServer.StartAsync((number, _) => (200, answers[number - 1]));
        var pipeline = PipelineFetch.Pipeline(server.Root);
        var list = Pager.Cursor<NumericCursorPage, Item>(Rules(Cursor), PipelineFetch.Get(pipeline, PagingTestJson.Default.NumericCursorPage), limit: 2);

        var pages = await PagerFamilyTests.PagesAsync(list.AsPages());

        Assert.Equal(["2", null], pages.Select(p => p.ContinuationToken));
        Assert.Equal(["GET /v1/items?limit=2", "GET /v1/items?start=2&limit=2"], server.Requests);
    }
}
