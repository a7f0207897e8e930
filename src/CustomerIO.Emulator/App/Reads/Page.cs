using System.Globalization;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Reads;

/// <summary>
/// Cursor paging of App API lists: <c>start</c> is the <c>next</c> value of the previous page (here the
/// offset as decimal text), <c>limit</c> 1 to 1000 (default 50); <c>next</c> is empty on the last page.
/// </summary>
internal readonly record struct Page(int Start, int Limit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    public static OperationError? Parse(HttpContext context, out Page page, int defaultLimit = DefaultLimit, int maxLimit = MaxLimit)
    {
        page = new Page(0, defaultLimit);
        var query = context.Request.Query;
        var start = 0;
        var limit = defaultLimit;
        if (query.TryGetValue("start", out var startText) && startText.ToString().Length > 0
            && !int.TryParse(startText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out start))
        {
            return Errors.Invalid("start", "start must be the next value of a previous page");
        }

        if (query.TryGetValue("limit", out var limitText) && limitText.ToString().Length > 0
            && (!int.TryParse(limitText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > maxLimit))
        {
            return Errors.Invalid("limit", string.Format(CultureInfo.InvariantCulture, "limit must be 1 to {0}", maxLimit));
        }

        page = new Page(start, limit);
        return null;
    }

    /// <summary>This page's items, mapped to their answer records.</summary>
    public List<TOut> Of<T, TOut>(IReadOnlyList<T> items, Func<T, TOut> map) => [.. items.Skip(Start).Take(Limit).Select(map)];

    /// <summary>The <c>next</c> value: the start of the following page, or empty when this one is the last.</summary>
    public string Next(int total) =>
        (long)Start + Limit < total ? (Start + Limit).ToString(CultureInfo.InvariantCulture) : string.Empty;
}
