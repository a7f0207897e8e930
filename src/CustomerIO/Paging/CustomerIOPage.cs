using System.Collections.ObjectModel;
using System.Linq;

namespace CustomerIO;

/// <summary>
/// One page of a list the API answers in pages: its values, and the continuation token that resumes the list
/// at the following page (<see langword="null"/> on the last page).
/// </summary>
/// <typeparam name="T">The type of the list's values.</typeparam>
public sealed class CustomerIOPage<T>
{
    /// <summary>Creates a page, for example to stand in for the API in a test.</summary>
    /// <param name="values">The page's values; copied, so later changes to the collection do not show through.</param>
    /// <param name="continuationToken">The token that resumes the list at the following page; <see langword="null"/> on the last page.</param>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    public CustomerIOPage(IReadOnlyList<T> values, string? continuationToken)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        // A copy behind a read-only wrapper: a caller cannot cast the list back and change the page.
        Values = new ReadOnlyCollection<T>(values.ToArray());
        ContinuationToken = continuationToken;
    }

    /// <summary>The page's values, in the order the API answered them; empty for an empty page.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>
    /// The token that resumes the list at the following page, through
    /// <see cref="CustomerIOPageable{T}.AsPages(string?)"/>; <see langword="null"/> when this is the last page.
    /// </summary>
    /// <remarks>
    /// Opaque: depending on the endpoint it is the API's <c>next</c> cursor, the next page number or the next
    /// offset. Save it to stop and resume later; pass it back only to the same list with the same filters.
    /// </remarks>
    public string? ContinuationToken { get; }
}
