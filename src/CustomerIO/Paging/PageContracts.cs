namespace CustomerIO.Paging;

/// <summary>
/// Fetches one page: sends the list request with <paramref name="query"/> (the endpoint's own parameters, then
/// the paging ones) and answers the deserialized page. The seam between the pager and the transport.
/// </summary>
/// <typeparam name="TPage">The page answer's model.</typeparam>
/// <param name="query">The query parameters, in order, not yet escaped.</param>
/// <param name="cancellationToken">Cancels the request.</param>
/// <returns>The page answer.</returns>
internal delegate Task<TPage> PageFetch<TPage>(IReadOnlyList<KeyValuePair<string, string>> query, CancellationToken cancellationToken);

/// <summary>A page answer of an endpoint paged by page numbers or offsets: only its values.</summary>
/// <typeparam name="T">The type of the list's values.</typeparam>
internal interface IPageAnswer<out T>
{
    /// <summary>The page's values; <see langword="null"/> when the answer has none (read as an empty page).</summary>
    IReadOnlyList<T>? Values { get; }
}

/// <summary>A page answer of a cursor-paged endpoint: its values and the API's <c>next</c> cursor.</summary>
/// <typeparam name="T">The type of the list's values.</typeparam>
internal interface ICursorPage<out T> : IPageAnswer<T>
{
    /// <summary>The <c>next</c> cursor: empty or missing on the last page.</summary>
    string? Next { get; }
}
