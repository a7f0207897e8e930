using System.Text.Json.Serialization.Metadata;
using CustomerIO.Paging;
using CustomerIO.Track;
using CustomerIO.Transport;

namespace CustomerIO.Tests.Paging;

/// <summary>The test server's pipeline, and the SDK's own page fetch over it (descriptor, query data, typed send).</summary>
internal static class PipelineFetch
{
    public const string Template = "/v1/items";

    private static readonly ApiOperation List = new("app", HttpMethod.Get, Template, idempotent: true);

    /// <summary>A pipeline to <paramref name="root"/> that does not retry: one request per page, so counts are exact.</summary>
    public static HttpPipeline Pipeline(Uri root) =>
        new("app", root, new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "app-key"), new TrackClientOptions { Retry = { MaxRetries = 0 } }, "CustomerIO.Tests.Paging");

    public static PageFetch<TPage> Get<TPage>(HttpPipeline pipeline, JsonTypeInfo<TPage> page) => PipelinePageFetch.For(pipeline, List.For(), page);
}
