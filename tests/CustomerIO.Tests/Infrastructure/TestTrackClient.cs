using System.Reflection;
using System.Text.RegularExpressions;
using CustomerIO.Track;

namespace CustomerIO.Tests.Infrastructure;

/// <summary>
/// Makes <see cref="TrackClient"/>s that talk to a <see cref="RecordingHandler"/> at
/// <c>https://track.example.test/</c> with test credentials, and holds the values tests compare against.
/// </summary>
public static class TestTrackClient
{
    /// <summary>The test site id.</summary>
    public const string SiteId = "site-7f3a";

    /// <summary>The test Track API key.</summary>
    public const string ApiKey = "key~~~Sec???";

    /// <summary>The endpoint every test client uses.</summary>
    public static readonly Uri Endpoint = new("https://track.example.test/");

    /// <summary>
    /// The expected <c>Authorization</c> header: Basic and the standard-alphabet base64 of <c>site-7f3a:key~~~Sec???</c>,
    /// written out by hand; it contains <c>+</c>, <c>/</c> and <c>=</c>, so a URL-safe or unpadded encoding would not match.
    /// </summary>
    public const string ExpectedAuthorization = "Basic c2l0ZS03ZjNhOmtleX5+flNlYz8/Pw==";

    /// <summary>The base64 credential alone (without <c>Basic </c>): a secret that must never be logged.</summary>
    public const string Base64Credential = "c2l0ZS03ZjNhOmtleX5+flNlYz8/Pw==";

    /// <summary>The SDK's version as its assembly declares it (informational version without a <c>+commit</c> suffix).</summary>
    public static string SdkVersion
    {
        get
        {
            var version = typeof(TrackClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }

    /// <summary>The expected <c>User-Agent</c> without an application id.</summary>
    public static string ExpectedUserAgent => "CustomerIO-DotNet/" + SdkVersion;

    /// <summary>Makes a client sending through <paramref name="handler"/>; <paramref name="configure"/> adjusts the options first.</summary>
    /// <param name="handler">The handler that records and answers.</param>
    /// <param name="configure">Changes to the options (retries, logging, application id, …).</param>
    /// <returns>The client.</returns>
    public static TrackClient Create(RecordingHandler handler, Action<TrackClientOptions>? configure = null) =>
        new(SiteId, ApiKey, Options(handler, configure));

    /// <summary>Makes a client that never retries (for error tests where a retry would consume scripted answers).</summary>
    /// <param name="handler">The handler that records and answers.</param>
    /// <param name="configure">Further changes to the options.</param>
    /// <returns>The client.</returns>
    public static TrackClient CreateWithoutRetries(RecordingHandler handler, Action<TrackClientOptions>? configure = null) =>
        Create(handler, o =>
        {
            o.Retry.MaxRetries = 0;
            o.Retry.RetryUnsafeOperations = false;
            configure?.Invoke(o);
        });

    /// <summary>The options <see cref="Create"/> uses.</summary>
    /// <param name="handler">The handler that records and answers.</param>
    /// <param name="configure">Changes to the options.</param>
    /// <returns>The options.</returns>
    public static TrackClientOptions Options(RecordingHandler handler, Action<TrackClientOptions>? configure = null)
    {
        var options = new TrackClientOptions { HttpClient = new HttpClient(handler), Endpoint = Endpoint };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>
    /// Asserts the headers every authenticated Track request carries: the exact Basic credential, the SDK's
    /// <c>User-Agent</c>, and (when <paramref name="hasBody"/>) <c>Content-Type: application/json</c>,
    /// else no body and no <c>Content-Type</c>.
    /// </summary>
    /// <param name="request">The recorded request.</param>
    /// <param name="hasBody">Whether the request must have a JSON body (otherwise it must have none).</param>
    public static void AssertStandardHeaders(RecordedRequest request, bool hasBody)
    {
        Assert.Equal(ExpectedAuthorization, request.Authorization);
        Assert.Equal(ExpectedUserAgent, request.UserAgent);
        if (hasBody)
        {
            Assert.Equal("application/json", request.ContentType);
        }
        else
        {
            Assert.Null(request.Body);
            Assert.Null(request.ContentType);
            Assert.Null(request.Header("Content-Length"));
        }
    }

    /// <summary>A ULID: 26 characters of Crockford base32 (no I, L, O, U), the first at most 7 (128 bits).</summary>
    public static readonly Regex Ulid = new("^[0-7][0-9A-HJKMNP-TV-Z]{25}$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Replaces the generated <c>"id":"&lt;ULID&gt;"</c> of an event body with <c>"id":"ULID"</c> after checking it is a ULID,
    /// so the rest of the body can be compared exactly.
    /// </summary>
    /// <param name="body">The recorded body.</param>
    /// <returns>The body with the id replaced, and the id.</returns>
    public static (string Body, string Id) WithoutGeneratedId(string? body)
    {
        Assert.NotNull(body);
        var match = Regex.Match(body, "\"id\":\"([^\"]*)\"", RegexOptions.CultureInvariant);
        Assert.True(match.Success, "The body has no id: " + body);
        var id = match.Groups[1].Value;
        Assert.Matches(Ulid, id);
        return (body.Remove(match.Groups[1].Index, id.Length).Insert(match.Groups[1].Index, "ULID"), id);
    }
}
