using System.Text.Json;
using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Track;

/// <summary>
/// A text with an unpaired surrogate has no faithful JSON form (the writer would send U+FFFD, a different value):
/// wherever the SDK writes JSON it is refused before sending, naming the parameter, and never altered.
/// </summary>
public sealed class UnpairedSurrogateTests
{
    private const string Message = "A text is not valid Unicode: it has an unpaired surrogate, which JSON cannot carry unchanged.";

    private readonly RecordingHandler _handler = new();

    // By name: xUnit would store the texts themselves as valid Unicode (with U+FFFD) when it lists the cases.
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["high alone"] = "a\uD800b",
        ["low alone"] = "a\uDC00b",
        ["high at the end"] = "ab\uD83D",
        ["pair reversed"] = "\uDE00\uD83D",
    };

    public static TheoryData<string> LoneSurrogates => new(Texts.Keys);

    private static Dictionary<string, object?> Values(string text) => new() { ["ok"] = "fine", ["v"] = text };

    private static Dictionary<string, object?> Names(string text) => new() { ["ok"] = "fine", [text] = 1 };

    private static Dictionary<string, object?> Nested(string text) =>
        new() { ["list"] = new object?[] { 1, new Dictionary<string, object?> { ["deep"] = text } } };

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public async Task Attribute_names_values_and_nested_values_are_refused_by_every_identify(string description)
    {
        var text = Texts[description];
        var client = TestTrackClient.CreateWithoutRetries(_handler);
        await using var queue = new TrackQueue(client);

        foreach (var attributes in new[] { Values(text), Names(text), Nested(text) })
        {
            AssertRefused(await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.IdentifyAsync("user-1", attributes)), "attributes");
            AssertRefused(Assert.Throws<CustomerIOValidationException>(() => PersonOperation.Identify("user-1", attributes)), "attributes");
            AssertRefused(Assert.Throws<CustomerIOValidationException>(() => ObjectOperation.Identify(ObjectIdentifier.Of("1", "acme"), attributes)), "attributes");
            AssertInvalid(queue.Identify("user-1", attributes), "attributes");
        }

        Assert.Empty(_handler.Requests);
    }

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public async Task Event_data_is_refused_by_the_client_the_v2_operation_and_both_queue_paths(string description)
    {
        var text = Texts[description];
        var client = TestTrackClient.CreateWithoutRetries(_handler);
        await using var queue = new TrackQueue(client);
        var objectData = new Dictionary<string, object?> { ["when"] = DateTimeOffset.UnixEpoch, ["v"] = text }; // not the queue's primitive fast path

        foreach (var data in new[] { Values(text), Names(text), Nested(text), objectData })
        {
            AssertRefused(await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackAsync("user-1", "e", data)), "data");
            AssertRefused(await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackAnonymousAsync("anon-1", "e", data)), "data");
            AssertRefused(Assert.Throws<CustomerIOValidationException>(() => PersonOperation.Event("user-1", "e", data)), "data");
            AssertInvalid(queue.Track("user-1", "e", data), "data");
            AssertInvalid(queue.TrackPageView("user-1", "/p", data), "data");
        }

        Assert.Empty(_handler.Requests);
        Assert.Equal(0, queue.GetStatistics().Enqueued);
    }

    [Fact]
    public async Task The_callers_own_types_are_refused_whatever_encoder_their_context_uses()
    {
        var client = TestTrackClient.CreateWithoutRetries(_handler);
        await using var queue = new TrackQueue(client);
        var shopper = new ShopperAttributes { FirstName = "Ann\uD800" };
        var order = new OrderData { OrderId = "o-\uDC00", Items = ["fine"] };

        AssertRefused(await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.IdentifyAsync("user-1", shopper, TrackTestJsonContext.Default.ShopperAttributes)), "attributes");
        AssertRefused(await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackAsync("user-1", "e", order, TrackTestJsonContext.Default.OrderData)), "data");
        AssertRefused(Assert.Throws<CustomerIOValidationException>(() => PersonOperation.Event("user-1", "e", order, TrackTestJsonContext.Default.OrderData)), "data");
        AssertInvalid(queue.Identify("user-1", shopper, TrackTestJsonContext.Default.ShopperAttributes), "attributes");
        AssertInvalid(queue.Track("user-1", "e", order, TrackTestJsonContext.Default.OrderData), "data");
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task An_array_a_JsonElement_and_a_JsonNode_holding_one_are_refused_too()
    {
        var client = TestTrackClient.CreateWithoutRetries(_handler);
        var element = JsonDocument.Parse("{\"v\":\"x\\ud800\"}").RootElement;

        var asArray = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.IdentifyAsync("user-1", new Dictionary<string, object?> { ["c"] = new[] { "ok", "\uD800" } }));
        var asNode = await Assert.ThrowsAsync<CustomerIOValidationException>(
            () => client.IdentifyAsync("user-1", new Dictionary<string, object?> { ["n"] = System.Text.Json.Nodes.JsonValue.Create("\uDC00") }));
        var asElement = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.IdentifyAsync("user-1", new Dictionary<string, object?> { ["e"] = element }));

        AssertRefused(asArray, "attributes");
        AssertRefused(asNode, "attributes");
        Assert.Equal(
            "A value cannot be written as JSON: it refers to itself, nests more than 64 levels deep, or holds a JsonElement that is not valid text. (Parameter 'attributes')",
            asElement.Message);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Device_attributes_relationship_attributes_metrics_and_forms_are_refused()
    {
        var client = TestTrackClient.CreateWithoutRetries(_handler);
        var device = new Device("token-1", DevicePlatform.Ios) { Model = "phone\uD800" };

        AssertRefused(await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.AddDeviceAsync("user-1", device)), "device");
        AssertRefused(Assert.Throws<CustomerIOValidationException>(() => PersonOperation.AddDevice("user-1", device)), "device");
        AssertRefused(
            Assert.Throws<CustomerIOValidationException>(() => Relationship.WithObject(ObjectIdentifier.Of("1", "acme"), new Dictionary<string, object?> { ["role"] = "\uDC00" })),
            "relationshipAttributes");
        AssertRefused(
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackMetricAsync(new DeliveryMetric("dlv-1", MetricName.Bounced) { Reason = "bad \uD800" })),
            "metric");
        AssertRefused(
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.SubmitFormAsync("signup", new Dictionary<string, string> { ["email"] = "a@example.com", ["note"] = "\uD800" })),
            "data");
        AssertRefused(Assert.Throws<CustomerIOValidationException>(() => DeliveryOperation.Event("dlv-1", MetricName.Opened, "tok\uDC00")), "deviceToken");
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Valid_text_is_sent_unchanged_a_real_replacement_character_and_an_escaped_backslash_included()
    {
        var client = TestTrackClient.CreateWithoutRetries(_handler);
        var attributes = new Dictionary<string, object?> { ["emoji"] = "\uD83D\uDE00", ["replacement"] = "\uFFFD", ["text"] = "\\uFFFD" };

        await client.IdentifyAsync("user-1", attributes);

        // Characters beyond the BMP are escaped as a (paired) surrogate escape; U+FFFD itself stays UTF-8.
        Assert.Equal("{\"emoji\":\"\\uD83D\\uDE00\",\"replacement\":\"\uFFFD\",\"text\":\"\\\\uFFFD\"}", _handler.Single.Body);
    }

    [Fact]
    public async Task A_lone_surrogate_right_after_a_backslash_is_still_found()
    {
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        // Written \\\uFFFD: an escaped backslash, then the replacement escape; two backslashes stand before the last one.
        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.IdentifyAsync("user-1", new Dictionary<string, object?> { ["v"] = "a\\\uD800" }));
        await client.IdentifyAsync("user-1", new Dictionary<string, object?> { ["v"] = "a\\\\uFFFD" });

        AssertRefused(error, "attributes");
        Assert.Equal("{\"v\":\"a\\\\\\\\uFFFD\"}", _handler.Single.Body);
    }

    [Fact]
    public async Task A_converter_that_refuses_a_value_is_a_validation_error_in_the_sdks_words()
    {
        var client = TestTrackClient.CreateWithoutRetries(_handler);
        var options = new JsonSerializerOptions { Converters = { new RefusingConverter() }, TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
        var typeInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Refused>)options.GetTypeInfo(typeof(Refused));

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.IdentifyAsync("user-1", new Refused(), typeInfo));
        var missing = await Assert.ThrowsAsync<ArgumentNullException>(() => client.IdentifyAsync("user-1", new Refused(), null!));

        Assert.Equal("A value cannot be written as JSON: its converter refused it. (Parameter 'attributes')", error.Message);
        Assert.Equal("typeInfo", missing.ParamName);
        Assert.Empty(_handler.Requests);
    }

    private sealed class Refused
    {
    }

    private sealed class RefusingConverter : System.Text.Json.Serialization.JsonConverter<Refused>
    {
        public override Refused Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, Refused value, JsonSerializerOptions options) => throw new ArgumentOutOfRangeException(nameof(value));
    }

    private static void AssertRefused(CustomerIOValidationException error, string parameterName)
    {
        Assert.Equal(parameterName, error.ParameterName);
        Assert.Equal($"{Message} (Parameter '{parameterName}')", error.Message);
    }

    private static void AssertInvalid(EnqueueResult result, string parameterName)
    {
        Assert.Equal(EnqueueStatus.Invalid, result.Status);
        Assert.Equal($"{Message} (Parameter '{parameterName}')", result.Message);
    }
}
