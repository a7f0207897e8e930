namespace CustomerIO.Paging;

/// <summary>
/// One paging family: how the request for a page is written, and how the continuation to the following page is
/// read from a page answer. Continuations are the public, opaque tokens of <see cref="CustomerIOPage{T}"/>.
/// </summary>
/// <typeparam name="TPage">The page answer's model.</typeparam>
internal abstract class PagingScheme<TPage>
{
    /// <summary>Refuses a token this family could not have answered (before anything is sent).</summary>
    /// <param name="continuation">The token a caller passed to resume.</param>
    public virtual void ValidateContinuation(string continuation)
    {
    }

    /// <summary>Appends the paging parameters of the page <paramref name="continuation"/> names (the first page when <see langword="null"/>).</summary>
    /// <param name="query">The query, already holding the endpoint's own parameters.</param>
    /// <param name="continuation">The page to fetch.</param>
    public abstract void WriteQuery(List<KeyValuePair<string, string>> query, string? continuation);

    /// <summary>The token of the page after <paramref name="page"/>, or <see langword="null"/> when it is the last.</summary>
    /// <param name="page">The answer.</param>
    /// <param name="count">How many values it carries.</param>
    /// <param name="continuation">The token it was fetched with (<see langword="null"/> for the first page).</param>
    /// <returns>The next token, or <see langword="null"/>.</returns>
    public abstract string? ContinuationAfter(TPage page, int count, string? continuation);
}
