using System.Globalization;

namespace CustomerIO.Paging;

/// <summary>
/// Cursor paging, with or without a page size: <c>start</c> is the previous page's <c>next</c> (omitted on the
/// first page), <c>limit</c> the caller's page size when given; an empty or missing <c>next</c> ends the list.
/// The continuation token is the <c>next</c> cursor itself.
/// </summary>
internal sealed class CursorPaging<TPage, T>(PagingRules rules, int? limit) : PagingScheme<TPage>
    where TPage : ICursorPage<T>
{
    public override void WriteQuery(List<KeyValuePair<string, string>> query, string? continuation)
    {
        if (continuation is not null)
        {
            query.Add(new("start", continuation));
        }

        if (limit is { } size)
        {
            query.Add(new("limit", size.ToString(CultureInfo.InvariantCulture)));
        }
    }

    public override string? ContinuationAfter(TPage page, int count, string? continuation)
    {
        var next = page.Next;
        if (string.IsNullOrEmpty(next))
        {
            return null;
        }

        // Asking again with the cursor just answered would fetch the same page forever.
        if (string.Equals(next, continuation, StringComparison.Ordinal))
        {
            throw new CustomerIOException($"{rules.Operation} answered the cursor it was asked with as its next cursor; paging stopped so as not to loop.");
        }

        return next;
    }
}
