namespace CustomerIO.Paging;

/// <summary>
/// Turns "fetch one page with this query" into a <see cref="CustomerIOPageable{T}"/>, for each of the App API's
/// four paging families. A list method is one call: validate, then hand over the endpoint's rules, its fetch and
/// its own query parameters. Nothing is sent until the caller enumerates.
/// </summary>
internal static class Pager
{
    /// <summary>A cursor-paged list (<see cref="PagingKind.Cursor"/> or <see cref="PagingKind.CursorWithoutLimit"/>).</summary>
    /// <typeparam name="TPage">The page answer's model: its values and its <c>next</c>.</typeparam>
    /// <typeparam name="T">The type of the list's values.</typeparam>
    /// <param name="rules">The endpoint's paging facts.</param>
    /// <param name="fetch">Sends one page request.</param>
    /// <param name="limit">The caller's page size; <see langword="null"/> for the API's default.</param>
    /// <param name="query">The endpoint's own query parameters (filters), sent with every page before the paging ones.</param>
    /// <param name="cancellationToken">The list method's token: stops every enumeration of the list.</param>
    /// <returns>The list.</returns>
    /// <exception cref="CustomerIOValidationException">The page size is out of the endpoint's range.</exception>
    public static CustomerIOPageable<T> Cursor<TPage, T>(
        PagingRules rules,
        PageFetch<TPage> fetch,
        int? limit = null,
        IReadOnlyList<KeyValuePair<string, string>>? query = null,
        CancellationToken cancellationToken = default)
        where TPage : ICursorPage<T>
    {
        Check(rules, fetch, PagingKind.Cursor, PagingKind.CursorWithoutLimit);
        rules.ValidateLimit(limit);
        return new PagedList<TPage, T>(rules, new CursorPaging<TPage, T>(rules, limit), fetch, query, cancellationToken);
    }

    /// <summary>A list paged by page numbers or by offsets (<see cref="PagingKind.PageNumbers"/>, <see cref="PagingKind.Offsets"/>).</summary>
    /// <typeparam name="TPage">The page answer's model: its values.</typeparam>
    /// <typeparam name="T">The type of the list's values.</typeparam>
    /// <param name="rules">The endpoint's paging facts.</param>
    /// <param name="fetch">Sends one page request.</param>
    /// <param name="limit">The caller's page size; <see langword="null"/> for the API's default (then only an empty page ends the list).</param>
    /// <param name="query">The endpoint's own query parameters (filters), sent with every page before the paging ones.</param>
    /// <param name="cancellationToken">The list method's token: stops every enumeration of the list.</param>
    /// <returns>The list.</returns>
    /// <exception cref="CustomerIOValidationException">The page size is out of the endpoint's range.</exception>
    public static CustomerIOPageable<T> Numbered<TPage, T>(
        PagingRules rules,
        PageFetch<TPage> fetch,
        int? limit = null,
        IReadOnlyList<KeyValuePair<string, string>>? query = null,
        CancellationToken cancellationToken = default)
        where TPage : IPageAnswer<T>
    {
        Check(rules, fetch, PagingKind.PageNumbers, PagingKind.Offsets);
        rules.ValidateLimit(limit);
        return new PagedList<TPage, T>(rules, new NumberedPaging<TPage>(rules, limit), fetch, query, cancellationToken);
    }

    private static void Check<TPage>(PagingRules rules, PageFetch<TPage> fetch, PagingKind kind, PagingKind otherKind)
    {
        if (rules is null)
        {
            throw new ArgumentNullException(nameof(rules));
        }

        if (fetch is null)
        {
            throw new ArgumentNullException(nameof(fetch));
        }

        // A wiring mistake (a cursor endpoint described as numbered or the reverse), never the caller's.
        if (rules.Kind != kind && rules.Kind != otherKind)
        {
            throw new ArgumentException($"{rules.Operation} pages by {rules.Kind}, not by {kind} or {otherKind}.", nameof(rules));
        }
    }
}
