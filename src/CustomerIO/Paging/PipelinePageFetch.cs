using System.Text.Json.Serialization.Metadata;
using CustomerIO.Transport;

namespace CustomerIO.Paging;

/// <summary>The fetch a list method hands to <see cref="Pager"/>: its request, with each page's query, through the typed send.</summary>
internal static class PipelinePageFetch
{
    /// <summary>Sends <paramref name="request"/> with the page's query parameters added and reads the page answer.</summary>
    /// <typeparam name="TPage">The page answer's model.</typeparam>
    /// <param name="pipeline">The client's transport.</param>
    /// <param name="request">The list operation's request (descriptor filled, filters already on it, or given as the pager's query).</param>
    /// <param name="page">The page answer's JSON metadata.</param>
    /// <returns>The fetch.</returns>
    public static PageFetch<TPage> For<TPage>(HttpPipeline pipeline, ApiRequest request, JsonTypeInfo<TPage> page) =>
        (query, cancellationToken) =>
        {
            var paged = request;
            foreach (var parameter in query)
            {
                paged = paged.WithQuery(parameter.Key, parameter.Value);
            }

            return pipeline.SendAsync(paged, page, cancellationToken);
        };
}
