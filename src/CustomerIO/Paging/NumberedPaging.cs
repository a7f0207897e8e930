using System.Globalization;

namespace CustomerIO.Paging;

/// <summary>
/// Paging by page number (<c>page</c> from 1, and <c>limit</c>) or by offset (<c>limit</c>, and <c>offset</c> from 0).
/// These answers carry no cursor: a page with no values ends the list, and so does one with fewer values than the
/// page size asked for (without a page size, the API's default is unknown, so only an empty page can end it).
/// The continuation token is the next page number or the next offset, as decimal text.
/// </summary>
internal sealed class NumberedPaging<TPage>(PagingRules rules, int? limit) : PagingScheme<TPage>
{
    private readonly bool _offsets = rules.Kind == PagingKind.Offsets;

    private long First => _offsets ? 0 : 1;

    public override void ValidateContinuation(string continuation)
    {
        if (!TryParse(continuation, out _))
        {
            throw new CustomerIOValidationException(
                "continuationToken",
                $"The continuation token is not one of {rules.Operation}: it must be the {(_offsets ? "offset" : "page number")} a page of this list answered.");
        }
    }

    public override void WriteQuery(List<KeyValuePair<string, string>> query, string? continuation)
    {
        var position = Position(continuation).ToString(CultureInfo.InvariantCulture);
        if (!_offsets)
        {
            query.Add(new("page", position));
        }

        if (limit is { } size)
        {
            query.Add(new("limit", size.ToString(CultureInfo.InvariantCulture)));
        }

        if (_offsets)
        {
            query.Add(new("offset", position));
        }
    }

    public override string? ContinuationAfter(TPage page, int count, string? continuation)
    {
        if (count == 0 || (limit is { } size && count < size))
        {
            return null;
        }

        var position = Position(continuation);
        return (_offsets ? position + count : position + 1).ToString(CultureInfo.InvariantCulture);
    }

    private long Position(string? continuation) => continuation is null ? First : TryParse(continuation, out var value) ? value : First;

    private bool TryParse(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= First && value < long.MaxValue / 2;
}
