using CustomerIO.Pipelines;

namespace CustomerIO.Tests.Infrastructure;

/// <summary>
/// Makes <see cref="PipelinesClient"/>s that talk to a <see cref="RecordingHandler"/> at <c>https://cdp.example.test/</c>
/// with a test write key and a clock whose time of day stands still (its timers are real, so retries still run), so
/// every <c>sentAt</c> is <see cref="SentAt"/>; holds the values tests compare against.
/// </summary>
public static class TestPipelinesClient
{
    /// <summary>The test write key.</summary>
    public const string WriteKey = "wk~~~Sec???";

    /// <summary>The endpoint every test client uses.</summary>
    public static readonly Uri Endpoint = new("https://cdp.example.test/");

    /// <summary>
    /// The expected <c>Authorization</c>: Basic and the standard base64 of <c>wk~~~Sec???:</c> (the write key, a colon,
    /// an empty password), written out by hand: it holds <c>+</c>, <c>/</c> and <c>=</c>.
    /// </summary>
    public const string ExpectedAuthorization = "Basic d2t+fn5TZWM/Pz86";

    /// <summary>The time every test client's clock shows.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 30, 15, 250, TimeSpan.Zero);

    /// <summary>The <c>sentAt</c> of every request of a test client, as sent.</summary>
    public const string SentAt = "2026-12-02T09:30:15.250Z";

    /// <summary>The <c>context.library</c> every message carries.</summary>
    public static string Library => "\"library\":{\"name\":\"CustomerIO-DotNet\",\"version\":\"" + TestTrackClient.SdkVersion + "\"}";

    /// <summary>The standard headers of the Pipelines test clients.</summary>
    public static WireApi Api { get; } = new(Endpoint, ExpectedAuthorization, TestTrackClient.ExpectedUserAgent);

    /// <summary>Makes a client sending through <paramref name="handler"/>; <paramref name="configure"/> adjusts the options first.</summary>
    /// <param name="handler">The handler that records and answers.</param>
    /// <param name="configure">Changes to the options.</param>
    /// <returns>The client.</returns>
    public static PipelinesClient Create(RecordingHandler handler, Action<PipelinesClientOptions>? configure = null) =>
        new(WriteKey, Options(handler, configure));

    /// <summary>The options <see cref="Create"/> uses.</summary>
    /// <param name="handler">The handler.</param>
    /// <param name="configure">Changes to the options.</param>
    /// <returns>The options.</returns>
    public static PipelinesClientOptions Options(RecordingHandler handler, Action<PipelinesClientOptions>? configure = null)
    {
        var options = new PipelinesClientOptions { HttpClient = new HttpClient(handler), Endpoint = Endpoint, TimeProvider = new StillClock(Now) };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>Options that pin a message's id and time, so its body is known to the byte.</summary>
    /// <param name="id">The message id.</param>
    /// <returns>The options.</returns>
    public static PipelinesMessageOptions Pinned(string id = "m-1") => new() { MessageId = id, Timestamp = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero) };

    /// <summary>The tail every pinned message ends with: its context, id and time (<c>"context":…,"messageId":…,"timestamp":…}</c>).</summary>
    /// <param name="id">The message id.</param>
    /// <param name="context">The context's entries before the library, with their trailing comma.</param>
    /// <returns>The JSON text.</returns>
    public static string Tail(string id = "m-1", string context = "") =>
        "\"context\":{" + context + Library + "},\"messageId\":\"" + id + "\",\"timestamp\":\"2026-12-01T08:00:00.000Z\"}";

    /// <summary>A message's JSON sent alone: its closing brace replaced by the <c>sentAt</c> of the test clock.</summary>
    /// <param name="message">The message's JSON.</param>
    /// <returns>The body.</returns>
    public static string Sent(string message) => message[..^1] + ",\"sentAt\":\"" + SentAt + "\"}";
}

/// <summary>A clock whose time of day stands still while its timers and timestamps run for real.</summary>
internal sealed class StillClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>Hands tests a <see cref="StillClock"/> (the class is internal to keep it out of the public test surface).</summary>
internal sealed class StillClockAccess(DateTimeOffset now)
{
    public TimeProvider Clock { get; } = new StillClock(now);
}
