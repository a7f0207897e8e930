using System.Net.Http.Headers;
using System.Text;

namespace CustomerIO.Emulator.Tests.Pipelines;

/// <summary>By default invalid or oversized calls answer 200 and are dropped (counted); <c>X-Strict-Mode: 1</c> answers real errors.</summary>
public sealed class PermissiveAndStrictTests : EmulatorTest
{
    public static TheoryData<string, string, string, string, string> InvalidCalls => new()
    {
        { "v1/track", """{"event":"E"}""", "required", "userId", "userId or anonymousId is required" },
        { "v1/track", """{"userId":"u"}""", "required", "event", "event is required" },
        { "v1/track", """{"userId":"u","event":""}""", "required", "event", "event is required" },
        { "v1/group", """{"userId":"u"}""", "required", "groupId", "groupId is required" },
        { "v1/alias", """{"userId":"u"}""", "required", "previousId", "previousId is required" },
        { "v1/alias", """{"anonymousId":"a","previousId":"p"}""", "required", "userId", "userId is required" },
        { "v1/identify", """{"userId":"u","traits":[1]}""", "invalid", "traits", "traits must be a JSON object" },
        { "v1/identify", """{"userId":"u","timestamp":"yesterday"}""", "invalid", "timestamp", "timestamp must be an ISO-8601 date" },
        { "v1/identify", """{"userId":""}""", "required", "userId", "userId must not be empty" },
        { "v1/identify", "[]", "invalid", "body", "body must be a JSON object" },
        { "v1/batch", """{"batch":{}}""", "invalid", "batch", "batch must be an array" },
        { "v1/batch", """{"batch":[{"type":"purchase","userId":"u"}]}""", "invalid", "batch[0].type", "type must be identify, track, page, screen, group or alias" },
        { "v1/batch", """{"batch":[{"userId":"u"}]}""", "required", "batch[0].type", "type is required" },
    };

    [Theory]
    [MemberData(nameof(InvalidCalls))]
    public async Task Invalid_calls_are_dropped_with_200_and_refused_with_400_in_strict_mode(string path, string body, string reason, string field, string message)
    {
        var permissive = await Pipelines(path, body);
        var strict = await Strict(PipelinesClient, path, body);

        Assert.Equal(new Answer(200, "{}", null), permissive);
        Assert.Equal(new Answer(400, "{\"errors\":[{\"reason\":\"" + reason + "\",\"field\":\"" + field + "\",\"message\":\"" + message + "\"}]}", null), strict);
        var counters = Emulator.GetCounters();
        Assert.Equal(new Dictionary<string, long> { [reason] = 1 }, counters.PipelinesDroppedByReason);
        Assert.Equal(new Dictionary<string, long> { [reason] = 1 }, counters.RejectedByReason);
        Assert.Empty(Emulator.GetPeople());
        Assert.Empty(Emulator.GetEvents());
    }

    [Fact]
    public async Task Malformed_json_is_dropped_or_400()
    {
        var permissive = await Pipelines("v1/track", """{"userId":""");
        var strict = await Strict(PipelinesClient, "v1/track", """{"userId":""");

        Assert.Equal(new Answer(200, "{}", null), permissive);
        Assert.Equal(400, strict.Status);
        Assert.StartsWith("""{"errors":[{"reason":"invalid_json","field":"body","message":"the request body is not valid JSON: """, strict.Body, StringComparison.Ordinal);
        Assert.Equal(1, Emulator.GetCounters().PipelinesDroppedByReason["invalid_json"]);
    }

    [Fact]
    public async Task Bad_credentials_are_dropped_with_200_and_refused_with_401_in_strict_mode()
    {
        using var wrong = new HttpClient { BaseAddress = Emulator.PipelinesUri };
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Basic("not-the-key", string.Empty));
        using var none = new HttpClient { BaseAddress = Emulator.PipelinesUri };
        const string Body = """{"userId":"u1","event":"E"}""";

        var permissive = await Send(wrong, HttpMethod.Post, "v1/track", Body);
        var permissiveNone = await Send(none, HttpMethod.Post, "v1/track", Body);
        var strict = await Strict(wrong, "v1/track", Body);

        Assert.Equal(new Answer(200, "{}", null), permissive);
        Assert.Equal(new Answer(200, "{}", null), permissiveNone);
        Assert.Equal(new Answer(401, """{"errors":[{"reason":"unauthorized","field":"authorization","message":"unauthorized: check the write key"}]}""", null), strict);
        Assert.Empty(Emulator.GetPeople());
        Assert.Equal(2, Emulator.GetCounters().PipelinesDroppedByReason["unauthorized"]);
    }

    [Fact]
    public async Task A_call_may_be_32_KB()
    {
        var atLimit = await Pipelines("v1/track", TrackOfSize(32 * 1024, "u1"));
        var over = await Pipelines("v1/track", TrackOfSize((32 * 1024) + 1, "u2"));
        var overStrict = await Strict(PipelinesClient, "v1/track", TrackOfSize((32 * 1024) + 1, "u3"));

        Assert.Equal(new Answer(200, "{}", null), atLimit);
        Assert.Equal(new Answer(200, "{}", null), over);
        Assert.Equal(new Answer(400, """{"errors":[{"reason":"too_large","field":"body","message":"a call must be at most 32768 bytes"}]}""", null), overStrict);
        Assert.Equal(["u1"], Emulator.GetPeople().Select(p => p.Id));
        Assert.Equal(1, Emulator.GetCounters().PipelinesDroppedByReason["too_large"]);
    }

    [Fact]
    public async Task A_batch_may_be_500_KB_with_messages_of_at_most_32_KB()
    {
        const string Type = "\"type\":\"track\",";
        var messages = Enumerable.Range(0, 15).Select(i => TrackOfSize((32 * 1024) - Type.Length, "b" + i).Insert(1, Type)).ToList();
        var body = "{\"batch\":[" + string.Join(",", messages) + "]}";
        var padded = body.Insert(1, "\"pad\":\"" + new string('x', (500 * 1024) - Encoding.UTF8.GetByteCount(body) - 9) + "\",");
        var oversizedItem = "{\"batch\":[" + TrackOfSize((32 * 1024) + 1 - Type.Length, "big").Insert(1, Type) + "," + messages[0] + "]}";

        var atLimit = await Pipelines("v1/batch", padded);
        var over = await Pipelines("v1/batch", padded.Insert(1, " "));
        var strictOver = await Strict(PipelinesClient, "v1/batch", padded.Insert(1, " "));
        var itemTooLarge = await Strict(PipelinesClient, "v1/batch", oversizedItem);

        Assert.Equal(500 * 1024, Encoding.UTF8.GetByteCount(padded));
        Assert.All(messages, m => Assert.Equal(32 * 1024, Encoding.UTF8.GetByteCount(m)));
        Assert.Equal(new Answer(200, "{}", null), atLimit);
        Assert.Equal(new Answer(200, "{}", null), over);
        Assert.Equal(new Answer(400, """{"errors":[{"reason":"too_large","field":"batch","message":"a batch must be at most 512000 bytes"}]}""", null), strictOver);
        Assert.Equal(new Answer(400, """{"errors":[{"reason":"too_large","field":"batch[0].message","message":"a message must be at most 32768 bytes"}]}""", null), itemTooLarge);
        Assert.Equal(15, Emulator.GetCounters().AcceptedByOperation["cdp.track"]);
    }

    [Fact]
    public async Task Permissive_batch_applies_valid_messages_and_strict_batch_applies_none()
    {
        const string Body = """{"batch":[{"type":"identify","userId":"ok"},{"type":"track","userId":"x"},{"type":"identify","anonymousId":"a","traits":5}]}""";

        var strict = await Strict(PipelinesClient, "v1/batch", Body);
        var peopleAfterStrict = Emulator.GetPeople().Count;
        var permissive = await Pipelines("v1/batch", Body);

        Assert.Equal(
            new Answer(400, """{"errors":[{"reason":"required","field":"batch[1].event","message":"event is required"},{"reason":"invalid","field":"batch[2].traits","message":"traits must be a JSON object"}]}""", null),
            strict);
        Assert.Equal(0, peopleAfterStrict);
        Assert.Equal(new Answer(200, "{}", null), permissive);
        Assert.Equal(["ok"], Emulator.GetPeople().Select(p => p.Id));
        Assert.Equal(new Dictionary<string, long> { ["invalid"] = 1, ["required"] = 1 }, Emulator.GetCounters().PipelinesDroppedByReason);
    }

    /// <summary>A track call of exactly <paramref name="bytes"/> UTF-8 bytes.</summary>
    private static string TrackOfSize(int bytes, string userId)
    {
        var prefix = "{\"userId\":\"" + userId + "\",\"event\":\"E\",\"properties\":{\"k\":\"";
        const string Suffix = "\"}}";
        return prefix + new string('a', bytes - prefix.Length - Suffix.Length) + Suffix;
    }
}
