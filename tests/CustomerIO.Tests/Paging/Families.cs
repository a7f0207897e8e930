using System.Globalization;
using CustomerIO.Paging;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Tests.Paging;

/// <summary>
/// The four paging families as the tests use them: the server's side (a list of items 1..n paged the way the App
/// API pages it) and the client's side (the pageable the Pager builds for such an endpoint). Every family pages
/// 2 items at a time: the cursor-without-limit server fixes that size itself, the others are asked for it.
/// </summary>
internal static class Families
{
    public const string Cursor = "cursor";
    public const string CursorWithoutLimit = "cursor-without-limit";
    public const string Pages = "pages";
    public const string Offsets = "offsets";
    public const int PageSize = 2;
    public const int MaxLimit = 1000;

    public static TheoryData<string> All => new() { Cursor, CursorWithoutLimit, Pages, Offsets };

    public static PagingRules Rules(string family) => family switch
    {
        Cursor => PagingRules.Cursor("GET /v1/items", MaxLimit),
        CursorWithoutLimit => PagingRules.CursorWithoutLimit("GET /v1/items"),
        Pages => PagingRules.PageNumbers("GET /v1/items", MaxLimit),
        Offsets => PagingRules.Offsets("GET /v1/items", MaxLimit),
        _ => throw new ArgumentOutOfRangeException(nameof(family)),
    };

    /// <summary>The pageable for an endpoint of <paramref name="family"/> on <paramref name="server"/>, paging 2 at a time.</summary>
    public static CustomerIOPageable<Item> List(string family, PagingServer server, IReadOnlyList<KeyValuePair<string, string>>? query = null, CancellationToken cancellationToken = default) =>
        List(family, server, family == CursorWithoutLimit ? null : PageSize, query, cancellationToken);

    public static CustomerIOPageable<Item> List(string family, PagingServer server, int? limit, IReadOnlyList<KeyValuePair<string, string>>? query = null, CancellationToken cancellationToken = default)
    {
        var pipeline = PipelineFetch.Pipeline(server.Root);
        return family is Cursor or CursorWithoutLimit
            ? Pager.Cursor<CursorItemsPage, Item>(Rules(family), PipelineFetch.Get(pipeline, PagingTestJson.Default.CursorItemsPage), limit, query, cancellationToken)
            : Pager.Numbered<ItemsPage, Item>(Rules(family), PipelineFetch.Get(pipeline, PagingTestJson.Default.ItemsPage), limit, query, cancellationToken);
    }

    /// <summary>The server's answer to one request for a list of items 1..<paramref name="total"/>.</summary>
    public static (int Status, string Body) Answer(string family, int total, IQueryCollection query)
    {
        int? limit = query.TryGetValue("limit", out var text) ? int.Parse(text!, CultureInfo.InvariantCulture) : null;
        if (family == CursorWithoutLimit && limit is not null)
        {
            return Refuse("this list takes no limit");
        }

        var size = limit ?? (family == CursorWithoutLimit ? PageSize : 50);
        int from;
        switch (family)
        {
            case Cursor or CursorWithoutLimit:
                var start = query["start"].ToString();
                if (start.Length > 0 && !start.StartsWith("cur-", StringComparison.Ordinal))
                {
                    return Refuse("start is not a cursor of this list");
                }

                from = start.Length == 0 ? 0 : int.Parse(start[4..], CultureInfo.InvariantCulture);
                var next = from + size < total ? "cur-" + (from + size).ToString(CultureInfo.InvariantCulture) : string.Empty;
                return (200, "{\"items\":" + Items(from, size, total) + ",\"next\":\"" + next + "\"}");
            case Pages:
                from = (int.Parse(query["page"]!, CultureInfo.InvariantCulture) - 1) * size;
                return (200, "{\"items\":" + Items(from, size, total) + "}");
            default:
                from = int.Parse(query["offset"]!, CultureInfo.InvariantCulture);
                return (200, "{\"items\":" + Items(from, size, total) + "}");
        }
    }

    /// <summary>A server of <paramref name="total"/> items that answers request number <paramref name="failAt"/> with a 400.</summary>
    public static Task<PagingServer> StartAsync(string family, int total, int failAt = 0) =>
        PagingServer.StartAsync((number, query) => number == failAt ? Refuse("page three is broken") : Answer(family, total, query));

    public static string Ids(IEnumerable<Item> items) => string.Join(",", items.Select(i => i.Id));

    private static (int, string) Refuse(string error) => (400, "{\"meta\":{\"error\":\"" + error + "\"}}");

    private static string Items(int from, int size, int total) =>
        "[" + string.Join(",", Enumerable.Range(from + 1, Math.Max(0, Math.Min(size, total - from))).Select(id => "{\"id\":" + id.ToString(CultureInfo.InvariantCulture) + "}")) + "]";
}
