using System.Text;

namespace CustomerIO.Emulator.Tests.Hardening;

/// <summary>
/// Bodies whose strings cannot be decoded (a lone surrogate escape, bytes that are not UTF-8) are refused
/// with 400 in each API's error shape, anywhere in the body, and nothing of them is applied.
/// </summary>
public sealed class UndecodableBodyTests : EmulatorTest
{
    private const string Prefix = "the request body is not valid JSON: ";

    // As the answers spell them: the backslash of "\u" is escaped in JSON.
    private const string LoneSurrogate = Prefix + @"a \\u escape leaves a surrogate (D800-DFFF) without its pair";
    private const string InvalidUtf8 = Prefix + "the text is not valid UTF-8";

    private static string V1(string message) => "{\"meta\":{\"errors\":[\"" + message + "\"]}}";

    private static string V2(string message) => "{\"errors\":[{\"reason\":\"invalid_json\",\"field\":\"body\",\"message\":\"" + message + "\"}]}";

    private static string MetaError(string message) => "{\"meta\":{\"error\":\"" + message + "\"}}";

    /// <summary>Lone surrogates as JSON escapes: high and low, in names and values, top level and nested.</summary>
    public static TheoryData<string> LoneSurrogateAttributes => new()
    {
        """{"nick":"\ud800"}""",
        """{"nick":"\udc00"}""",
        """{"\ud800":1}""",
        """{"\udc00x":1}""",
        """{"nick":"a\ud800\u0041"}""",
        """{"nick":"\ud800\ud800"}""",
        """{"deep":{"list":[1,{"x":"\udfff"}]}}""",
        """{"nick":"ok","last":"\udbff"}""",
    };

    /// <summary>Bytes that are not UTF-8: a stray byte, an overlong '/', an encoded surrogate, a truncated sequence.</summary>
    public static TheoryData<string> InvalidUtf8Bytes => new() { "FF", "FE", "C0AF", "EDA080", "E282" };

    [Theory]
    [MemberData(nameof(LoneSurrogateAttributes))]
    public async Task Track_v1_identify_with_a_lone_surrogate_is_400(string attributes)
    {
        var answer = await Put("api/v1/customers/1", attributes);

        Assert.Equal(new Answer(400, V1(LoneSurrogate), null), answer);
        Assert.Empty(Emulator.GetPeople());
        Assert.Equal(1, Emulator.GetCounters().RejectedByReason["invalid_json"]);
    }

    [Theory]
    [MemberData(nameof(LoneSurrogateAttributes))]
    public async Task Track_v1_event_data_with_a_lone_surrogate_is_400(string data)
    {
        var answer = await Post("api/v1/customers/1/events", "{\"name\":\"e\",\"data\":" + data + "}");

        Assert.Equal(new Answer(400, V1(LoneSurrogate), null), answer);
        Assert.Empty(Emulator.GetEvents());
    }

    [Theory]
    [MemberData(nameof(LoneSurrogateAttributes))]
    public async Task Track_v2_entity_with_a_lone_surrogate_is_400(string attributes)
    {
        var answer = await Post("api/v2/entity", "{\"type\":\"person\",\"action\":\"identify\",\"identifiers\":{\"id\":\"1\"},\"attributes\":" + attributes + "}");

        Assert.Equal(new Answer(400, V2(LoneSurrogate), null), answer);
        Assert.Empty(Emulator.GetPeople());
    }

    [Theory]
    [MemberData(nameof(LoneSurrogateAttributes))]
    public async Task Track_v2_batch_with_a_lone_surrogate_anywhere_is_400_and_applies_nothing(string data)
    {
        var answer = await Batch(
            """{"type":"person","action":"identify","identifiers":{"id":"valid"},"attributes":{"a":1}}""",
            "{\"type\":\"person\",\"action\":\"event\",\"identifiers\":{\"id\":\"2\"},\"name\":\"e\",\"attributes\":" + data + "}");

        Assert.Equal(new Answer(400, V2(LoneSurrogate), null), answer);
        Assert.Empty(Emulator.GetPeople());
        Assert.Empty(Emulator.GetEvents());
    }

    [Fact]
    public async Task Track_v2_batch_with_a_lone_surrogate_in_an_identifier_or_an_unknown_field_is_400()
    {
        foreach (var op in new[]
        {
            """{"type":"person","action":"identify","identifiers":{"id":"\ud800"}}""",
            """{"type":"person","action":"identify","identifiers":{"id":"1"},"extra":{"x":"\udc00"}}""",
        })
        {
            Assert.Equal(new Answer(400, V2(LoneSurrogate), null), await Batch(op));
        }

        Assert.Empty(Emulator.GetPeople());
    }

    [Theory]
    [MemberData(nameof(LoneSurrogateAttributes))]
    public async Task App_send_with_a_lone_surrogate_is_400(string messageData)
    {
        var answer = await App(HttpMethod.Post, "v1/send/email", "{\"transactional_message_id\":\"welcome\",\"identifiers\":{\"email\":\"ada@example.com\"},\"to\":\"ada@example.com\",\"message_data\":" + messageData + "}");

        Assert.Equal(new Answer(400, MetaError(LoneSurrogate), null), answer);
        Assert.Empty(Emulator.GetDeliveries());
    }

    [Theory]
    [MemberData(nameof(LoneSurrogateAttributes))]
    public async Task Pipelines_with_a_lone_surrogate_is_dropped_or_400_in_strict_mode(string properties)
    {
        var body = Encoding.UTF8.GetBytes("{\"userId\":\"u1\",\"event\":\"E\",\"properties\":" + properties + "}");

        var permissive = await SendBytes(PipelinesClient, HttpMethod.Post, "v1/track", body);
        var strict = await SendBytes(PipelinesClient, HttpMethod.Post, "v1/track", body, ("X-Strict-Mode", "1"));
        var batch = await SendBytes(PipelinesClient, HttpMethod.Post, "v1/batch", Encoding.UTF8.GetBytes("{\"batch\":[{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"E\",\"properties\":" + properties + "}]}"), ("X-Strict-Mode", "1"));

        Assert.Equal(new Answer(200, "{}", null), permissive);
        Assert.Equal(new Answer(400, V2(LoneSurrogate), null), strict);
        Assert.Equal(new Answer(400, V2(LoneSurrogate), null), batch);
        Assert.Equal(1, Emulator.GetCounters().PipelinesDroppedByReason["invalid_json"]);
        Assert.Empty(Emulator.GetEvents());
    }

    [Fact]
    public async Task Paired_surrogates_and_an_escaped_backslash_before_u_are_accepted()
    {
        var answer = await Put("api/v1/customers/1", """{"smile":"\ud83d\ude00","text":"\\ud800","both":"\\\ud83d\ude00"}""");

        Assert.Equal(new Answer(200, "{}", null), answer);
        var person = Emulator.FindPerson("1")!;
        Assert.Equal("😀", person.Attributes["smile"].GetString());
        Assert.Equal("\\ud800", person.Attributes["text"].GetString());
        Assert.Equal("\\😀", person.Attributes["both"].GetString());
    }

    [Theory]
    [MemberData(nameof(InvalidUtf8Bytes))]
    public async Task Invalid_utf8_is_400_on_every_api(string hex)
    {
        var bad = Convert.FromHexString(hex);

        var v1 = await SendBytes(Client, HttpMethod.Put, "api/v1/customers/1", Body("{\"nick\":\"", bad, "\"}"));
        var v1Name = await SendBytes(Client, HttpMethod.Put, "api/v1/customers/1", Body("{\"", bad, "\":1}"));
        var entity = await SendBytes(Client, HttpMethod.Post, "api/v2/entity", Body("{\"type\":\"person\",\"action\":\"identify\",\"identifiers\":{\"id\":\"", bad, "\"}}"));
        var batch = await SendBytes(Client, HttpMethod.Post, "api/v2/batch", Body("{\"batch\":[{\"type\":\"person\",\"action\":\"event\",\"identifiers\":{\"id\":\"1\"},\"name\":\"e\",\"attributes\":{\"k\":[\"", bad, "\"]}}]}"));
        var app = await SendBytes(AppClient, HttpMethod.Post, "v1/send/email", Body("{\"transactional_message_id\":\"welcome\",\"identifiers\":{\"email\":\"ada@example.com\"},\"message_data\":{\"x\":\"", bad, "\"}}"));
        var strict = await SendBytes(PipelinesClient, HttpMethod.Post, "v1/identify", Body("{\"userId\":\"", bad, "\"}"), ("X-Strict-Mode", "1"));
        var permissive = await SendBytes(PipelinesClient, HttpMethod.Post, "v1/identify", Body("{\"userId\":\"", bad, "\"}"));

        Assert.Equal(new Answer(400, V1(InvalidUtf8), null), v1);
        Assert.Equal(new Answer(400, V1(InvalidUtf8), null), v1Name);
        Assert.Equal(new Answer(400, V2(InvalidUtf8), null), entity);
        Assert.Equal(new Answer(400, V2(InvalidUtf8), null), batch);
        Assert.Equal(new Answer(400, MetaError(InvalidUtf8), null), app);
        Assert.Equal(new Answer(400, V2(InvalidUtf8), null), strict);
        Assert.Equal(new Answer(200, "{}", null), permissive);
        Assert.Empty(Emulator.GetPeople());
        Assert.Empty(Emulator.GetEvents());
        Assert.Empty(Emulator.GetDeliveries());
    }

    [Fact]
    public async Task Distinct_invalid_ids_no_longer_collide_into_one_person()
    {
        // Before, both were decoded to U+FFFD and became one person.
        var first = await SendBytes(Client, HttpMethod.Post, "api/v2/entity", Body("{\"type\":\"person\",\"action\":\"identify\",\"identifiers\":{\"id\":\"a", [0xFF], "\"}}"));
        var second = await SendBytes(Client, HttpMethod.Post, "api/v2/entity", Body("{\"type\":\"person\",\"action\":\"identify\",\"identifiers\":{\"id\":\"a", [0xFE], "\"}}"));
        var valid = await SendBytes(Client, HttpMethod.Post, "api/v2/entity", Body("{\"type\":\"person\",\"action\":\"identify\",\"identifiers\":{\"id\":\"a", "\uFFFD"u8.ToArray(), "\"}}"));

        Assert.Equal(400, first.Status);
        Assert.Equal(400, second.Status);
        Assert.Equal(200, valid.Status);
        Assert.Equal(["a\uFFFD"], Emulator.GetPeople().Select(p => p.Id));
    }

    private static byte[] Body(string before, byte[] middle, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. middle, .. Encoding.UTF8.GetBytes(after)];
}
