using System.Text.RegularExpressions;

namespace CustomerIO.Tests.Infrastructure;

/// <summary>
/// What every request of one API's test clients carries: the host they send to, the exact credential (or none),
/// and the <c>User-Agent</c>. <see cref="Track"/> is the <see cref="TestTrackClient"/>'s; later APIs add theirs.
/// </summary>
/// <param name="Endpoint">The endpoint the test clients use.</param>
/// <param name="Authorization">The exact <c>Authorization</c> header; <c>null</c> when the request must carry none.</param>
/// <param name="UserAgent">The exact <c>User-Agent</c> header.</param>
public sealed record WireApi(Uri Endpoint, string? Authorization, string UserAgent)
{
    /// <summary>The Track test clients: <see cref="TestTrackClient.Endpoint"/>, its Basic credential, the SDK's user agent.</summary>
    public static WireApi Track { get; } = new(TestTrackClient.Endpoint, TestTrackClient.ExpectedAuthorization, TestTrackClient.ExpectedUserAgent);

    /// <summary>The App test clients: <see cref="TestAppClient.Endpoint"/>, the bearer key, the SDK's user agent.</summary>
    public static WireApi App { get; } = new(TestAppClient.Endpoint, "Bearer " + TestAppClient.ApiKey, TestTrackClient.ExpectedUserAgent);

    /// <summary>The same API for a request sent without credentials (the unsubscribe link).</summary>
    public WireApi WithoutCredentials => this with { Authorization = null };
}

/// <summary>One assertion for one request on the wire: method, URL, standard headers and exact body.</summary>
public static class WireAssert
{
    /// <summary>
    /// Stands in an expected body for an event id the SDK generated: <see cref="AssertIs"/> checks the real one is a
    /// ULID, then compares the rest of the body exactly.
    /// </summary>
    public const string GeneratedUlid = "\"id\":\"ULID\"";

    private static readonly Regex IdField = new("\"id\":\"([^\"]*)\"", RegexOptions.CultureInvariant);

    /// <summary>
    /// Asserts the request is exactly this: <paramref name="method"/>, the API's host followed by
    /// <paramref name="pathAndQuery"/> (percent-encoding as sent), the API's credential (or none), its
    /// <c>User-Agent</c>, <c>Accept: application/json</c>, and either the exact JSON <paramref name="body"/> with
    /// <c>Content-Type: application/json</c> or, when <paramref name="body"/> is <c>null</c>, no content at all.
    /// </summary>
    /// <param name="request">The recorded request.</param>
    /// <param name="method">The expected method, for example <c>PUT</c>.</param>
    /// <param name="pathAndQuery">The expected path and query, for example <c>/api/v1/segments/7/add_customers?id_type=id</c>.</param>
    /// <param name="body">The expected body; may hold <see cref="GeneratedUlid"/> once.</param>
    /// <param name="api">The API's standard headers; <see cref="WireApi.Track"/> when omitted.</param>
    public static void AssertIs(this RecordedRequest request, string method, string pathAndQuery, string? body, WireApi? api = null)
    {
        api ??= WireApi.Track;
        Assert.Equal(method, request.Method);
        Assert.Equal(api.Endpoint.GetLeftPart(UriPartial.Authority) + pathAndQuery, request.Url);
        if (api.Authorization is null)
        {
            Assert.False(request.Headers.ContainsKey("Authorization"), "The request carries credentials.");
        }
        else
        {
            Assert.Equal(api.Authorization, request.Authorization);
        }

        Assert.Equal(api.UserAgent, request.UserAgent);
        Assert.Equal("application/json", request.Header("Accept"));
        if (body is null)
        {
            Assert.Null(request.Body);
            Assert.Null(request.ContentType);
            Assert.Null(request.Header("Content-Length"));
            return;
        }

        Assert.Equal("application/json", request.ContentType);
        Assert.Equal(body, body.Contains(GeneratedUlid, StringComparison.Ordinal) ? WithoutGeneratedId(request.Body) : request.Body);
    }

    private static string WithoutGeneratedId(string? body)
    {
        Assert.NotNull(body);
        var match = IdField.Match(body);
        Assert.True(match.Success, "The body has no id: " + body);
        Assert.Matches(TestTrackClient.Ulid, match.Groups[1].Value);
        return body.Remove(match.Groups[1].Index, match.Groups[1].Length).Insert(match.Groups[1].Index, "ULID");
    }
}
