using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration;

/// <summary>
/// The 300-attribute limit of one identify, at its boundary, judged the same by the SDK (before sending) and by the
/// emulator (a raw request carrying the same keys): every key counts except <c>_update</c>, <c>_timestamp</c>,
/// <c>anonymous_id</c>, <c>cio_subscription_preferences</c> and <c>cio_relationships</c>.
/// </summary>
public sealed class AttributeLimitAgreementTests : EmulatorTestBase
{
    public static TheoryData<string, int, bool, bool, bool> Cases => new()
    {
        // description, custom attributes, created_at, unsubscribed, directives (_update, _timestamp, topics), accepted
        { "299 custom and created_at make 300", 299, true, false, false },
        { "300 custom and created_at make 301", 300, true, false, false },
        { "299 custom and unsubscribed make 300", 299, false, true, false },
        { "300 custom and unsubscribed make 301", 300, false, true, false },
        { "300 custom and the directives, which do not count", 300, false, false, true },
        { "301 custom", 301, false, false, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_sdk_and_the_emulator_agree_at_the_boundary(string description, int custom, bool createdAt, bool unsubscribed, bool directives)
    {
        var counted = custom + (createdAt ? 1 : 0) + (unsubscribed ? 1 : 0);
        var attributes = Enumerable.Range(0, custom).ToDictionary(i => "a" + i, i => (object?)i);
        var options = new IdentifyOptions
        {
            CreatedAt = createdAt ? DateTimeOffset.FromUnixTimeSeconds(1700000000) : null,
            Unsubscribed = unsubscribed ? false : null,
            UpdateOnly = false,
            Timestamp = directives ? DateTimeOffset.FromUnixTimeSeconds(1700000001) : null,
            TopicPreferences = directives ? new Dictionary<int, bool> { [1] = true } : null,
        };

        var sdk = await Record.ExceptionAsync(() => Client.IdentifyAsync("limit-" + custom, attributes, options));
        var emulator = await RawIdentifyAsync("raw-" + custom, custom, createdAt, unsubscribed, directives);

        var accepted = counted <= 300;
        Assert.Equal(accepted ? HttpStatusCode.OK : HttpStatusCode.BadRequest, emulator);
        if (accepted)
        {
            Assert.Null(sdk);
            Assert.Equal(counted, Person("limit-" + custom).Attributes.Count(a => a.Key != "id"));
        }
        else
        {
            var refused = Assert.IsType<CustomerIOValidationException>(sdk);
            Assert.Equal(("attributes", 300L, 301L), (refused.ParameterName, refused.Limit!.Value, refused.Actual!.Value));
            Assert.Null(Emulator.FindPerson("limit-" + custom));
        }

        Assert.NotEmpty(description);
    }

    [Fact]
    public async Task Through_the_queue_the_boundary_is_delivered_and_one_more_refused_at_enqueue()
    {
        await using var queue = new TrackQueue(Client);
        var options = new IdentifyOptions { CreatedAt = DateTimeOffset.FromUnixTimeSeconds(1700000000) };

        var atLimit = queue.Identify("queued", Enumerable.Range(0, 299).ToDictionary(i => "a" + i, i => (object?)i), options);
        var over = queue.Identify("queued", Enumerable.Range(0, 300).ToDictionary(i => "a" + i, i => (object?)i), options);
        var stats = await queue.FlushAsync();

        Assert.True(atLimit.IsAccepted);
        Assert.Equal(EnqueueStatus.Invalid, over.Status);
        Assert.StartsWith("Customer.io accepts at most 300 attributes in one call", over.Message, StringComparison.Ordinal);
        Assert.Equal((1L, 0L), (stats.Delivered, stats.Failed));
        Assert.Equal(300, Person("queued").Attributes.Count(a => a.Key != "id"));
    }

    private async Task<HttpStatusCode> RawIdentifyAsync(string id, int custom, bool createdAt, bool unsubscribed, bool directives)
    {
        var json = new StringBuilder("{");
        if (createdAt)
        {
            json.Append("\"created_at\":1700000000,");
        }

        if (unsubscribed)
        {
            json.Append("\"unsubscribed\":false,");
        }

        if (directives)
        {
            json.Append("\"_update\":false,\"_timestamp\":1700000001,\"cio_subscription_preferences\":{\"topics\":{\"topic_1\":true}},");
        }

        json.Append(string.Join(",", Enumerable.Range(0, custom).Select(i => $"\"a{i}\":{i}"))).Append('}');
        using var http = new HttpClient { BaseAddress = Emulator.TrackUri };
        using var request = new HttpRequestMessage(HttpMethod.Put, "api/v1/customers/" + id) { Content = new StringContent(json.ToString(), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Emulator.SiteId + ":" + Emulator.TrackApiKey)));
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
