using System.Text.RegularExpressions;
using CustomerIO.Pipelines;
using CustomerIO.Tests.Infrastructure;
using static CustomerIO.Tests.Infrastructure.TestPipelinesClient;

namespace CustomerIO.Tests.Pipelines;

/// <summary>What every Pipelines call carries besides its body: strict mode, stamps, regions, credentials and errors.</summary>
public sealed class PipelinesClientTests
{
    private static readonly Regex Uuid = new("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.CultureInvariant);

    [Fact]
    public async Task Strict_mode_is_sent_by_default_and_left_off_when_turned_off()
    {
        var strict = new RecordingHandler();
        var permissive = new RecordingHandler();

        await Create(strict).TrackAsync("u", "e");
        await Create(permissive, o => o.StrictMode = false).TrackAsync("u", "e");

        Assert.Equal("1", strict.Single.Header("X-Strict-Mode"));
        Assert.Null(permissive.Single.Header("X-Strict-Mode"));
        Assert.True(new PipelinesClientOptions().StrictMode);
    }

    [Fact]
    public void A_message_is_stamped_once_at_creation_with_a_uuid_the_time_and_the_library()
    {
        var before = DateTimeOffset.UtcNow;
        var first = PipelinesMessage.Track("u", "e");
        var second = PipelinesMessage.Track("u", "e");
        var after = DateTimeOffset.UtcNow;

        Assert.Matches(Uuid, first.MessageId);
        Assert.NotEqual(first.MessageId, second.MessageId);
        Assert.InRange(first.Timestamp, before.AddMilliseconds(-1), after);
        var json = first.JsonText;
        var stamp = first.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("{\"type\":\"track\",\"userId\":\"u\",\"event\":\"e\",\"context\":{" + Library + "},\"messageId\":\"" + first.MessageId + "\",\"timestamp\":\"" + stamp + "\"}", json);
        Assert.Equal(json, Encoding.UTF8.GetString(first.Json.Span));
        Assert.Equal("track message (" + json.Length + " bytes)", first.ToString());
    }

    [Fact]
    public async Task SentAt_is_stamped_at_each_attempt_while_the_message_id_and_timestamp_stay()
    {
        var handler = new RecordingHandler().Enqueue(503).Enqueue(200);
        var clock = new TickingClock(Now, TimeSpan.FromSeconds(2));
        var client = Create(handler, o =>
        {
            o.TimeProvider = clock;
            o.Retry.BaseDelay = TimeSpan.FromTicks(1);
            o.Retry.MaxDelay = TimeSpan.FromTicks(1);
        });
        var message = PipelinesMessage.Track("u", "e", null, Pinned());

        await client.SendAsync(message);

        var bodies = handler.Requests.Select(r => r.Body).ToArray();
        Assert.Equal(2, bodies.Length);
        var sentAt = bodies.Select(b => Regex.Match(b!, "\"sentAt\":\"([^\"]+)\"}$").Groups[1].Value).ToArray();
        Assert.NotEqual(sentAt[0], sentAt[1]);
        Assert.Equal(bodies[0]!.Replace(sentAt[0], "S", StringComparison.Ordinal), bodies[1]!.Replace(sentAt[1], "S", StringComparison.Ordinal));
        Assert.Equal(message.JsonText[..^1] + ",\"sentAt\":\"S\"}", bodies[0]!.Replace(sentAt[0], "S", StringComparison.Ordinal));
        Assert.All(sentAt, s => Assert.Matches(@"^2026-12-02T09:30:\d\d\.250Z$", s));
    }

    [Fact]
    public async Task A_strict_mode_refusal_is_an_api_exception_naming_the_field()
    {
        var handler = new RecordingHandler().Enqueue(400, """{"errors":[{"reason":"required","field":"event","message":"event is required"}]}""");
        var client = Create(handler, o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => client.TrackAsync("u", "e"));

        Assert.Equal((400, "POST", "/v1/track"), ((int)error.StatusCode, error.Method, error.Path));
        var detail = Assert.Single(error.Errors);
        Assert.Equal(("required", "event", "event is required"), (detail.Reason, detail.Field, detail.Message));
    }

    [Fact]
    public async Task A_bad_write_key_in_strict_mode_is_an_authentication_exception()
    {
        var handler = new RecordingHandler().Enqueue(401, """{"errors":[{"reason":"unauthorized","field":"authorization","message":"unauthorized: check the write key"}]}""");
        var client = Create(handler, o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<CustomerIOAuthenticationException>(() => client.IdentifyAsync("u"));

        Assert.DoesNotContain(WriteKey, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ExpectedAuthorization["Basic ".Length..], error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Regions_and_a_custom_endpoint_choose_the_host()
    {
        Assert.Equal("https://cdp.customer.io/", new PipelinesClient("k").Endpoint.AbsoluteUri);
        Assert.Equal("https://cdp-eu.customer.io/", new PipelinesClient("k", new PipelinesClientOptions { Region = CustomerIORegion.EU }).Endpoint.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:4010/cdp/", new PipelinesClient("k", new PipelinesClientOptions { Endpoint = new Uri("http://127.0.0.1:4010/cdp") }).Endpoint.AbsoluteUri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_write_key_is_refused(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => new PipelinesClient(key));

        Assert.Equal(("writeKey", "The Pipelines write key must not be empty. (Parameter 'writeKey')"), (error.ParamName, error.Message));
    }

    [Fact]
    public async Task A_batch_goes_to_the_batch_endpoint_with_one_sent_at()
    {
        var handler = new RecordingHandler();
        var messages = new[] { PipelinesMessage.Alias("u2", "u1", Pinned("a")), PipelinesSemanticEvents.UserDeleted("u1", Pinned("b")) };

        await Create(handler).SendBatchAsync(messages);

        handler.Single.AssertIs("POST", "/v1/batch", "{\"batch\":[" + messages[0].JsonText + "," + messages[1].JsonText + "],\"sentAt\":\"" + SentAt + "\"}", Api);
    }

    /// <summary>A clock that moves on by a step each time it is read.</summary>
    private sealed class TickingClock(DateTimeOffset start, TimeSpan step) : TimeProvider
    {
        private long _reads;

        public override DateTimeOffset GetUtcNow() => start + (step * Interlocked.Increment(ref _reads));
    }
}
