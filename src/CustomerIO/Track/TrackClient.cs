using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using CustomerIO.Serialization;
using CustomerIO.Transport;
using CustomerIO.Track;

namespace CustomerIO.Track;

/// <summary>
/// The Track API (v1 and v2): people, events, devices, objects, relationships and metrics.
/// Thread-safe; create one per workspace and share it.
/// </summary>
/// <remarks>
/// <para>Every call validates its input against Customer.io's limits before sending
/// (<see cref="CustomerIOValidationException"/>), retries what is safe to repeat, and throws a
/// <see cref="CustomerIOException"/> for every failure. Events carry a ULID id, so retrying them never duplicates one.</para>
/// <para>Values in attributes and event data may be strings, numbers, booleans, arrays, dictionaries,
/// <see cref="System.Text.Json.JsonElement"/> values and times. A <see cref="DateTimeOffset"/> is sent as Unix seconds, and so
/// is a <see cref="DateTime"/>: one of kind <see cref="DateTimeKind.Utc"/> or <see cref="DateTimeKind.Local"/> as the instant
/// it names, one of kind <see cref="DateTimeKind.Unspecified"/> as if it were UTC (never as the machine's local time, so
/// the same value sends the same number from every server). A time before 1970 inside attributes is data and is sent
/// as negative seconds; the call's own times (event timestamps, <c>created_at</c>, a device's <c>last_used</c>, metric
/// times) are refused before 1970. Text must be valid Unicode: one with an unpaired surrogate is refused, never sent
/// altered.</para>
/// </remarks>
public partial class TrackClient
{
    private readonly HttpPipeline _pipeline;

    /// <summary>Creates a client for one workspace.</summary>
    /// <param name="siteId">The workspace's site id.</param>
    /// <param name="apiKey">The workspace's Track API key.</param>
    /// <param name="options">Region, endpoint, timeouts, retries, logging; the defaults when omitted.</param>
    /// <exception cref="ArgumentException">A credential is empty, or an option is out of range.</exception>
    public TrackClient(string siteId, string apiKey, TrackClientOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(siteId))
        {
            throw new ArgumentException("The site id must not be empty.", nameof(siteId));
        }

        if (string.IsNullOrWhiteSpace(apiKey))
        {
            throw new ArgumentException("The Track API key must not be empty.", nameof(apiKey));
        }

        options ??= new TrackClientOptions();
        options.Validate();
        var credentials = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(siteId + ":" + apiKey)));
        _pipeline = new HttpPipeline("track", options.Endpoint ?? options.Region.TrackUri, credentials, options, typeof(TrackClient).FullName!);
        Options = options;
    }

    /// <summary>
    /// For mocking frameworks only (Moq, NSubstitute, a hand-written subclass): a client connected to nothing. Override
    /// the members a test uses; the others fail, as would a <see cref="TrackQueue"/> built on such a client.
    /// </summary>
    protected TrackClient()
    {
        _pipeline = null!;
        Options = null!;
    }

    /// <summary>The transport every request of this client goes through; <see cref="TrackQueue"/> shares it.</summary>
    internal HttpPipeline Pipeline => _pipeline;

    /// <summary>The options the client was created with (validated).</summary>
    internal TrackClientOptions Options { get; }

    /// <summary>The Track host root requests go to.</summary>
    public virtual Uri Endpoint => _pipeline.Root;

    /// <summary>Finds the region (data center) of the workspace whose credentials this client holds.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The region's URL, short name and the workspace id.</returns>
    public virtual Task<RegionInfo> GetRegionAsync(CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(TrackOperations.GetRegion.For(), CustomerIOJsonContext.Wire.RegionInfo, cancellationToken);

    private Task SendAsync(ApiRequest request, CancellationToken cancellationToken) => _pipeline.SendAsync(request, cancellationToken);

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo, string parameterName) => WireJson.Serialize(value, typeInfo, parameterName);
}
