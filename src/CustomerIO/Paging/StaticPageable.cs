using System.Runtime.CompilerServices;

namespace CustomerIO.Paging;

/// <summary>The list behind <see cref="CustomerIOPageable{T}.FromPages"/>: pages held in memory, resumable like a real list.</summary>
internal sealed class StaticPageable<T>(IEnumerable<CustomerIOPage<T>> pages) : CustomerIOPageable<T>
{
    public override IAsyncEnumerable<CustomerIOPage<T>> AsPages(string? continuationToken = null) => PagesAsync(continuationToken);

    private async IAsyncEnumerable<CustomerIOPage<T>> PagesAsync(string? continuationToken, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // A token resumes after the page that carries it, as a real list resumes at the page the token names.
        var yielding = continuationToken is null;
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (yielding)
            {
                yield return page;
            }
            else if (string.Equals(page.ContinuationToken, continuationToken, StringComparison.Ordinal))
            {
                yielding = true;
            }
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
