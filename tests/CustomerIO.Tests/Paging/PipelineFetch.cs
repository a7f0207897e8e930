using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CustomerIO.Paging;
using CustomerIO.Track;
using CustomerIO.Transport;

namespace CustomerIO.Tests.Paging;

/// <summary>
/// Stand-in glue between the pager and the transport until the typed <c>HttpPipeline.SendAsync&lt;T&gt;</c> with query
/// data exists: appends the escaped query to the path, sends through the real <see cref="HttpPipeline"/> (so
/// failures are the SDK's own exceptions) and deserializes the answer through a <see cref="JsonTypeInfo{T}"/>.
/// </summary>
internal static class PipelineFetch
{
    public const string Template = "/v1/items";

    /// <summary>A pipeline to <paramref name="root"/> that does not retry: one request per page, so counts are exact.</summary>
    public static HttpPipeline Pipeline(Uri root) =>
        new("app", root, new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "app-key"), new TrackClientOptions { Retry = { MaxRetries = 0 } }, "CustomerIO.Tests.Paging");

    public static PageFetch<TPage> Get<TPage>(HttpPipeline pipeline, JsonTypeInfo<TPage> page) =>
        async (query, cancellationToken) =>
        {
            var path = "v1/items" + (query.Count == 0 ? string.Empty : "?" + string.Join("&", query.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value))));
            var response = await pipeline.SendAsync(new ApiRequest(HttpMethod.Get, Template, path, isIdempotent: true), cancellationToken);
            return JsonSerializer.Deserialize(response.Body, page)!;
        };
}
