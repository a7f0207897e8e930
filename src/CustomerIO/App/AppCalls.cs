using System.Text.Json.Serialization.Metadata;
using CustomerIO.Paging;
using CustomerIO.Serialization;
using CustomerIO.Transport;

namespace CustomerIO.App;

/// <summary>What the generated area methods share: bodies, queries, calls without an answer, one-page lists.</summary>
internal static class AppCalls
{
    /// <summary>Sends a request whose answer carries nothing the caller needs.</summary>
    public static async Task SendAsync(HttpPipeline pipeline, ApiRequest request, CancellationToken cancellationToken) =>
        await pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
}

/// <summary>Request bodies: refused when null or invalid (<see cref="IAppBody"/>), then written by the SDK's writer.</summary>
internal static class AppJson
{
    public static byte[] Body<T>(T body, JsonTypeInfo<T> typeInfo, string parameterName)
    {
        if (body is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        (body as IAppBody)?.Validate(parameterName);
        return WireJson.Serialize(body, typeInfo, parameterName);
    }
}

/// <summary>A request body that checks itself before it is written.</summary>
internal interface IAppBody
{
    /// <summary>Throws <see cref="CustomerIOValidationException"/> naming the first wrong value.</summary>
    /// <param name="parameterName">The parameter the body came from.</param>
    void Validate(string parameterName);
}

/// <summary>Options that become query parameters.</summary>
internal interface IAppQuery
{
    /// <summary>Adds the parameters that are set, in a fixed order.</summary>
    /// <param name="query">The query being written.</param>
    void AddTo(List<KeyValuePair<string, string>> query);
}

/// <summary>Turns options into query parameters.</summary>
internal static class AppQuery
{
    /// <summary>Adds a parameter when it has a value.</summary>
    public static void Add(List<KeyValuePair<string, string>> query, string name, string? value)
    {
        if (value is not null)
        {
            query.Add(new(name, value));
        }
    }

    /// <summary>Adds a number parameter when it has a value.</summary>
    public static void Add(List<KeyValuePair<string, string>> query, string name, long? value) =>
        Add(query, name, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Adds a flag parameter (<c>true</c>/<c>false</c>) when it has a value.</summary>
    public static void Add(List<KeyValuePair<string, string>> query, string name, bool? value) =>
        Add(query, name, value is { } b ? (b ? "true" : "false") : null);

    public static IReadOnlyList<KeyValuePair<string, string>>? Of(IAppQuery? options)
    {
        if (options is null)
        {
            return null;
        }

        var query = new List<KeyValuePair<string, string>>();
        options.AddTo(query);
        return query;
    }

    public static ApiRequest With(ApiRequest request, IAppQuery? options)
    {
        foreach (var parameter in Of(options) ?? [])
        {
            request = request.WithQuery(parameter.Key, parameter.Value);
        }

        return request;
    }
}

/// <summary>Lists the API answers whole: a pageable of one page, so every list is enumerated the same way.</summary>
internal static class AppLists
{
    public static CustomerIOPageable<T> Single<TPage, T>(ApiOperation operation, PageFetch<TPage> fetch, IReadOnlyList<KeyValuePair<string, string>>? query, CancellationToken cancellationToken)
        where TPage : IPageAnswer<T> =>
        new SinglePageList<TPage, T>(operation.Method.Method + " " + operation.PathTemplate, fetch, query ?? [], cancellationToken);

    private sealed class SinglePageList<TPage, T>(string operation, PageFetch<TPage> fetch, IReadOnlyList<KeyValuePair<string, string>> query, CancellationToken listToken) : CustomerIOPageable<T>
        where TPage : IPageAnswer<T>
    {
        public override IAsyncEnumerable<CustomerIOPage<T>> AsPages(string? continuationToken = null)
        {
            if (continuationToken is not null)
            {
                throw new CustomerIOValidationException("continuationToken", $"{operation} answers one page: there is no page to resume at.");
            }

            return PagesAsync();
        }

        private async IAsyncEnumerable<CustomerIOPage<T>> PagesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(listToken, cancellationToken);
            linked.Token.ThrowIfCancellationRequested();
            var answer = await fetch(query, linked.Token).ConfigureAwait(false)
                ?? throw new CustomerIOException($"{operation} answered an empty body.");
            yield return new CustomerIOPage<T>(answer.Values ?? [], null);
        }
    }
}
