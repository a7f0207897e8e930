using System.Runtime.CompilerServices;
using CustomerIO.Paging;

namespace CustomerIO;

/// <summary>
/// A list the API answers in pages. Enumerate it with <c>await foreach</c> to get every value across pages
/// (each page is fetched when the previous one is used up), or call <see cref="AsPages(string?)"/> to walk it
/// page by page, stop, and resume later from a saved <see cref="CustomerIOPage{T}.ContinuationToken"/>.
/// </summary>
/// <typeparam name="T">The type of the list's values.</typeparam>
/// <remarks>
/// <para>Nothing is sent until the enumeration starts, and every enumeration starts again from its first page.
/// Cancellation, by the token given to the method that returned the list or by the one given to the enumeration
/// (<see cref="GetAsyncEnumerator(CancellationToken)"/>, <c>WithCancellation</c>), is observed before each page is
/// requested and during each request; the enumeration then throws <see cref="OperationCanceledException"/>.</para>
/// <para>A failed page request throws the same <see cref="CustomerIOException"/> a single call would, from the
/// enumeration, after the pages before it were yielded.</para>
/// </remarks>
public abstract class CustomerIOPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>Creates the list; for derived types, for example a test double of a client.</summary>
    protected CustomerIOPageable()
    {
    }

    /// <summary>A list made of pages already in memory, for example to stand in for a client in a test.</summary>
    /// <param name="pages">The pages, in order.</param>
    /// <returns>A list that yields <paramref name="pages"/>; <see cref="AsPages(string?)"/> with a token resumes after the page that carries it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pages"/> is <see langword="null"/>.</exception>
    public static CustomerIOPageable<T> FromPages(IEnumerable<CustomerIOPage<T>> pages) =>
        new StaticPageable<T>(pages ?? throw new ArgumentNullException(nameof(pages)));

    /// <summary>The list page by page, from the first page or from where a saved continuation token left it.</summary>
    /// <param name="continuationToken">
    /// <see langword="null"/> to start at the first page, or a <see cref="CustomerIOPage{T}.ContinuationToken"/> of
    /// an earlier enumeration of the same list to resume at the page after it.
    /// </param>
    /// <returns>The pages; each is requested when the previous one has been used.</returns>
    public abstract IAsyncEnumerable<CustomerIOPage<T>> AsPages(string? continuationToken = null);

    /// <summary>Enumerates every value of the list, across pages, from the first page.</summary>
    /// <param name="cancellationToken">Stops the enumeration before the next page is requested, or during a request.</param>
    /// <returns>The enumerator.</returns>
    public virtual IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        ValuesAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

    private async IAsyncEnumerable<T> ValuesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var value in page.Values)
            {
                yield return value;
            }
        }
    }
}
