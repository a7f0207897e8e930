using System.Net.Http;
using CustomerIO.Transport;

namespace CustomerIO.Pipelines;

/// <summary>
/// Every operation of the Data Pipelines API, described once: <see cref="PipelinesClient"/> and
/// <see cref="PipelinesQueue"/> fill these and nothing else writes a Pipelines path. Every message carries a
/// <c>messageId</c>, Customer.io's de-duplication key, so every call is safe to repeat.
/// </summary>
internal static class PipelinesOperations
{
    private const string Api = "pipelines";

    /// <summary>Creates or updates a person (traits).</summary>
    public static readonly ApiOperation Identify = new(Api, HttpMethod.Post, "/v1/identify", idempotent: true);

    /// <summary>An event (custom, or a semantic event Customer.io acts on).</summary>
    public static readonly ApiOperation Track = new(Api, HttpMethod.Post, "/v1/track", idempotent: true);

    /// <summary>A page view.</summary>
    public static readonly ApiOperation Page = new(Api, HttpMethod.Post, "/v1/page", idempotent: true);

    /// <summary>A mobile screen view.</summary>
    public static readonly ApiOperation Screen = new(Api, HttpMethod.Post, "/v1/screen", idempotent: true);

    /// <summary>Creates or updates an object (a group) and relates the user to it.</summary>
    public static readonly ApiOperation Group = new(Api, HttpMethod.Post, "/v1/group", idempotent: true);

    /// <summary>Links a previous id to a user id.</summary>
    public static readonly ApiOperation Alias = new(Api, HttpMethod.Post, "/v1/alias", idempotent: true);

    /// <summary>Several messages of any type in one body.</summary>
    public static readonly ApiOperation Batch = new(Api, HttpMethod.Post, "/v1/batch", idempotent: true);

    /// <summary>The operation of a single message of <paramref name="type"/> (its wire <c>type</c>).</summary>
    public static ApiOperation For(string type) => type switch
    {
        "identify" => Identify,
        "track" => Track,
        "page" => Page,
        "screen" => Screen,
        "group" => Group,
        "alias" => Alias,
        _ => throw new ArgumentOutOfRangeException(nameof(type), "Not a Pipelines message type."),
    };
}
