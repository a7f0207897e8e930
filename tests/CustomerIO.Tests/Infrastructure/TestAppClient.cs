using CustomerIO.App;

namespace CustomerIO.Tests.Infrastructure;

/// <summary>Makes <see cref="AppClient"/>s that talk to a <see cref="RecordingHandler"/> at <c>https://api.example.test/</c>.</summary>
public static class TestAppClient
{
    /// <summary>The test App API key.</summary>
    public const string ApiKey = "app-key-7f3a~Sec";

    /// <summary>The endpoint every test client uses.</summary>
    public static readonly Uri Endpoint = new("https://api.example.test/");

    /// <summary>
    /// A client sending through <paramref name="handler"/>, its rate limiter off (tests of the limiter turn it on, on a
    /// fake clock); <paramref name="configure"/> adjusts the options first.
    /// </summary>
    /// <param name="handler">The handler that records and answers.</param>
    /// <param name="configure">Changes to the options.</param>
    /// <param name="apiKey">The key; <see cref="ApiKey"/> when omitted.</param>
    /// <returns>The client.</returns>
    public static AppClient Create(RecordingHandler handler, Action<AppClientOptions>? configure = null, string apiKey = ApiKey)
    {
        var options = new AppClientOptions { HttpClient = new HttpClient(handler), Endpoint = Endpoint };
        options.RateLimit.Enabled = false;
        configure?.Invoke(options);
        return new AppClient(apiKey, options);
    }
}
