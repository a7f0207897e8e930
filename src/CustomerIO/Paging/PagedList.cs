using System.Runtime.CompilerServices;

namespace CustomerIO.Paging;

/// <summary>
/// The pageable every list method answers: fetches page after page through <see cref="PageFetch{TPage}"/>,
/// letting its <see cref="PagingScheme{TPage}"/> write each request's paging parameters and read the next
/// continuation, until a last page.
/// </summary>
internal sealed class PagedList<TPage, T> : CustomerIOPageable<T>
    where TPage : IPageAnswer<T>
{
    private readonly PagingRules _rules;
    private readonly PagingScheme<TPage> _scheme;
    private readonly PageFetch<TPage> _fetch;
    private readonly IReadOnlyList<KeyValuePair<string, string>> _query;
    private readonly CancellationToken _listToken;

    public PagedList(PagingRules rules, PagingScheme<TPage> scheme, PageFetch<TPage> fetch, IReadOnlyList<KeyValuePair<string, string>>? query, CancellationToken listToken)
    {
        _rules = rules;
        _scheme = scheme;
        _fetch = fetch;
        _query = query ?? [];
        _listToken = listToken;
    }

    public override IAsyncEnumerable<CustomerIOPage<T>> AsPages(string? continuationToken = null)
    {
        // Checked here, so a bad token throws at the call rather than at the first MoveNextAsync.
        if (continuationToken is not null)
        {
            _scheme.ValidateContinuation(continuationToken);
        }

        return PagesAsync(continuationToken);
    }

    private async IAsyncEnumerable<CustomerIOPage<T>> PagesAsync(string? continuation, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Either token stops the list: the one given to the list method, and the one given to this enumeration.
        using var linked = _listToken.CanBeCanceled && cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(_listToken, cancellationToken)
            : null;
        var token = linked?.Token ?? (cancellationToken.CanBeCanceled ? cancellationToken : _listToken);
        while (true)
        {
            // Between pages: a caller who cancelled after the last yield gets no further request.
            token.ThrowIfCancellationRequested();
            var query = new List<KeyValuePair<string, string>>(_query.Count + 2);
            query.AddRange(_query);
            _scheme.WriteQuery(query, continuation);
            var answer = await _fetch(query, token).ConfigureAwait(false)
                ?? throw new CustomerIOException($"{_rules.Operation} answered an empty body instead of a page.");
            var values = answer.Values ?? [];
            var next = _scheme.ContinuationAfter(answer, values.Count, continuation);
            yield return new CustomerIOPage<T>(values, next);
            if (next is null)
            {
                yield break;
            }

            continuation = next;
        }
    }
}
