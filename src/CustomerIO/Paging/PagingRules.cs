using System.Globalization;

namespace CustomerIO.Paging;

/// <summary>
/// The paging facts of one list endpoint, as the operations table states them: how it pages, and its largest
/// page size. Validates a caller's page size before anything is sent.
/// </summary>
internal sealed class PagingRules
{
    private PagingRules(PagingKind kind, string operation, int? maxLimit)
    {
        Kind = kind;
        Operation = operation;
        MaxLimit = maxLimit;
    }

    /// <summary>How the endpoint pages.</summary>
    public PagingKind Kind { get; }

    /// <summary>The method and path template, for example <c>GET /v1/messages</c>: safe to log, used in messages.</summary>
    public string Operation { get; }

    /// <summary>The largest <c>limit</c> the endpoint accepts; <see langword="null"/> when the API documents none.</summary>
    public int? MaxLimit { get; }

    /// <summary><c>start</c> = the previous <c>next</c>, and <c>limit</c> (at most <paramref name="maxLimit"/>).</summary>
    public static PagingRules Cursor(string operation, int? maxLimit) => new(PagingKind.Cursor, operation, maxLimit);

    /// <summary><c>start</c> only: the API fixes the page size.</summary>
    public static PagingRules CursorWithoutLimit(string operation) => new(PagingKind.CursorWithoutLimit, operation, maxLimit: null);

    /// <summary><c>page</c> (from 1) and <c>limit</c> (at most <paramref name="maxLimit"/>).</summary>
    public static PagingRules PageNumbers(string operation, int? maxLimit) => new(PagingKind.PageNumbers, operation, maxLimit);

    /// <summary><c>limit</c> (at most <paramref name="maxLimit"/>) and <c>offset</c> (from 0).</summary>
    public static PagingRules Offsets(string operation, int? maxLimit) => new(PagingKind.Offsets, operation, maxLimit);

    /// <summary>Refuses a page size the endpoint would refuse (or ignore), before the first request.</summary>
    /// <param name="limit">The caller's page size; <see langword="null"/> for the API's default.</param>
    /// <exception cref="CustomerIOValidationException">The page size is below 1, above the endpoint's maximum, or given to an endpoint that takes none.</exception>
    public void ValidateLimit(int? limit)
    {
        if (limit is not { } value)
        {
            return;
        }

        var given = value.ToString(CultureInfo.InvariantCulture);
        if (Kind == PagingKind.CursorWithoutLimit)
        {
            throw new CustomerIOValidationException("limit", $"{Operation} takes no page size (the API chooses it); {given} was given.");
        }

        if (value < 1)
        {
            throw new CustomerIOValidationException("limit", $"The page size of {Operation} must be at least 1; {given} was given.");
        }

        if (MaxLimit is { } max && value > max)
        {
            throw new CustomerIOValidationException(
                "limit",
                $"The page size of {Operation} must be at most {max.ToString(CultureInfo.InvariantCulture)}; {given} was given.",
                max,
                value);
        }
    }
}
