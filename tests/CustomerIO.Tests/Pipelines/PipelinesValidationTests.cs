using CustomerIO.Pipelines;
using CustomerIO.Tests.Infrastructure;
using static CustomerIO.Tests.Infrastructure.TestPipelinesClient;

namespace CustomerIO.Tests.Pipelines;

/// <summary>Every message is checked before anything is sent, each refusal naming the parameter and the limit.</summary>
public sealed class PipelinesValidationTests
{
    /// <summary>The bytes of a pinned identify of user <c>u</c> around its single trait's value of <c>n</c> bytes.</summary>
    private static int FrameOf(PipelinesMessage withEmptyValue) => withEmptyValue.SizeInBytes;

    private static PipelinesMessage IdentifyWith(string value) =>
        PipelinesMessage.Identify("u", new Dictionary<string, object?> { ["v"] = value }, Pinned());

    [Fact]
    public void A_message_may_be_32_KB_with_the_sent_at_it_is_sent_with_and_not_a_byte_more()
    {
        var frame = FrameOf(IdentifyWith(string.Empty));
        var room = CustomerIOLimits.MaxPipelinesMessageBytes - 36 - frame; // 36: ,"sentAt":"2026-12-02T09:30:15.250Z" replacing nothing but adding before the }

        var exact = IdentifyWith(new string('x', room));
        var error = Assert.Throws<CustomerIOValidationException>(() => IdentifyWith(new string('x', room + 1)));

        Assert.Equal(CustomerIOLimits.MaxPipelinesMessageBytes - 36, exact.SizeInBytes);
        Assert.Equal(("message", 32768L, 32769L), (error.ParameterName, error.Limit!.Value, error.Actual!.Value));
        Assert.Equal("The identify message (with the sentAt it is sent with) is 32769 bytes; Customer.io allows at most 32768 bytes of UTF-8. (Parameter 'message')", error.Message);
    }

    [Fact]
    public async Task The_limit_counts_UTF8_bytes_and_the_largest_message_goes_out_at_exactly_32_KB()
    {
        var frame = FrameOf(IdentifyWith(string.Empty));
        var room = CustomerIOLimits.MaxPipelinesMessageBytes - 36 - frame;
        var handler = new RecordingHandler();

        // "é" is 2 bytes: room / 2 of them fill the room (room is even here, or one "x" pads it).
        var text = new string('é', room / 2) + (room % 2 == 1 ? "x" : string.Empty);
        await Create(handler).SendAsync(IdentifyWith(text));
        var tooLarge = Assert.Throws<CustomerIOValidationException>(() => IdentifyWith(text + "é"));

        Assert.Equal(CustomerIOLimits.MaxPipelinesMessageBytes, Encoding.UTF8.GetByteCount(handler.Single.Body!));
        Assert.Equal(32768 + 2, tooLarge.Actual);
    }

    [Fact]
    public async Task A_batch_may_be_500_KB_and_one_byte_more_is_refused_before_sending()
    {
        var handler = new RecordingHandler();
        var client = Create(handler);
        var frame = FrameOf(IdentifyWith(string.Empty));
        var big = IdentifyWith(new string('x', 30_000 - frame)); // 30,000 bytes each
        var envelope = "{\"batch\":[".Length + "],\"sentAt\":\"2026-12-02T09:30:15.250Z\"}".Length;

        // 17 messages of 30,000 bytes, 16 commas, and one message that makes the rest up to 512,000 exactly.
        var lastSize = CustomerIOLimits.MaxPipelinesBatchBytes - envelope - (17 * 30_000) - 17;
        var last = IdentifyWith(new string('x', lastSize - frame));
        var messages = Enumerable.Repeat(big, 17).Append(last).ToArray();
        await client.SendBatchAsync(messages);
        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.SendBatchAsync(messages.Append(PipelinesMessage.Identify("u", null, Pinned()))));

        Assert.Equal(CustomerIOLimits.MaxPipelinesBatchBytes, Encoding.UTF8.GetByteCount(handler.Single.Body!));
        Assert.Equal(("messages", 512_000L), (error.ParameterName, error.Limit!.Value));
        Assert.StartsWith("The batch (with its sentAt) is ", error.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task An_empty_batch_is_refused()
    {
        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => Create(new RecordingHandler()).SendBatchAsync([]));

        Assert.Equal("A batch needs at least one message. (Parameter 'messages')", error.Message);
    }

    public static TheoryData<string, Func<PipelinesMessage>, string> Refusals => new()
    {
        { "no id", () => PipelinesMessage.Track(default, "e"), "A track message needs a userId, an anonymousId, or both. (Parameter 'user')" },
        { "empty userId", () => PipelinesMessage.Identify(PipelinesUser.Id(" ")), "The userId must not be empty. (Parameter 'user.UserId')" },
        { "long anonymousId", () => PipelinesMessage.Page(PipelinesUser.Anonymous(new string('a', 151))), "The anonymousId is 151 bytes; Customer.io allows at most 150 bytes of UTF-8. (Parameter 'user.AnonymousId')" },
        { "multi-byte userId", () => PipelinesMessage.Identify(new string('ü', 76)), "The userId is 152 bytes; Customer.io allows at most 150 bytes of UTF-8. (Parameter 'user.UserId')" },
        { "empty event", () => PipelinesMessage.Track("u", ""), "The event name must not be empty. (Parameter 'event')" },
        { "long event", () => PipelinesMessage.Track("u", new string('e', 101)), "The event name is 101 bytes; Customer.io allows at most 100 bytes of UTF-8. (Parameter 'event')" },
        { "empty groupId", () => PipelinesMessage.Group("u", ""), "The groupId must not be empty. (Parameter 'groupId')" },
        { "alias without previousId", () => PipelinesMessage.Alias("u", " "), "The previousId must not be empty. (Parameter 'previousId')" },
        { "empty message id", () => PipelinesMessage.Track("u", "e", null, new PipelinesMessageOptions { MessageId = "" }), "The message id must not be empty. (Parameter 'options.MessageId')" },
        { "library in context", () => PipelinesMessage.Track("u", "e", null, new PipelinesMessageOptions { Context = new PipelinesContext { Extra = new Dictionary<string, object?> { ["library"] = "x" } } }), "The context's 'library' is stamped by the SDK (its name and version); leave it out. (Parameter 'options.Context')" },
        { "device in a device event's context", () => PipelinesSemanticEvents.DeviceDeleted("u", "t", null, new PipelinesMessageOptions { Context = new PipelinesContext { Extra = new Dictionary<string, object?> { ["device"] = "x" } } }), "A device event writes the context's 'device' itself; leave it out. (Parameter 'options.Context')" },
        { "lone surrogate in traits", () => PipelinesMessage.Identify("u", new Dictionary<string, object?> { ["name"] = "a\uD800b" }), "A text is not valid Unicode: it has an unpaired surrogate, which JSON cannot carry unchanged. (Parameter 'traits')" },
        { "lone surrogate in context", () => PipelinesMessage.Track("u", "e", null, new PipelinesMessageOptions { Context = new PipelinesContext { Ip = "\uDC00" } }), "A text is not valid Unicode: it has an unpaired surrogate, which JSON cannot carry unchanged. (Parameter 'options')" },
        { "NaN in properties", () => PipelinesMessage.Track("u", "e", new Dictionary<string, object?> { ["x"] = double.NaN }), "A number is NaN or infinite, which JSON cannot represent. (Parameter 'properties')" },
        { "traits not an object", () => PipelinesMessage.Identify("u", 5, TestPipelinesJson.Default.Int32), "The traits must be a JSON object (a dictionary or a class), not a single value or an array. (Parameter 'traits')" },
        { "reserved object attribute", () => PipelinesMessage.Object("u", "o", "1", new Dictionary<string, object?> { ["object_type_id"] = "2" }), "The attribute name 'object_type_id' is reserved: the object's type and relationship are parameters of their own. (Parameter 'attributes')" },
        { "empty delivery id", () => PipelinesSemanticEvents.ReportDeliveryEvent("", PipelinesDeliveryMetric.Opened), "The delivery id must not be empty. (Parameter 'deliveryId')" },
        { "undefined metric", () => PipelinesSemanticEvents.ReportDeliveryEvent("d", (PipelinesDeliveryMetric)9), "The metric must be Delivered, Opened, Clicked or Converted. (Parameter 'metric')" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Bad_messages_are_refused_before_sending_naming_the_parameter(string name, Func<PipelinesMessage> create, string message)
    {
        var error = Assert.Throws<CustomerIOValidationException>(create);

        Assert.True(name.Length > 0);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Report_events_need_no_user_and_an_object_deletion_is_sent_with_its_anonymous_id()
    {
        var report = PipelinesSemanticEvents.ReportContentEvent(PipelinesContentAction.ClickedContent, 3);
        var deleted = PipelinesSemanticEvents.ObjectDeleted("anon", "o-1");

        Assert.StartsWith("{\"type\":\"track\",\"event\":\"Report Content Event\",\"properties\":{\"actionType\":\"clicked_content\",\"contentId\":3},", report.JsonText, StringComparison.Ordinal);
        Assert.StartsWith("{\"type\":\"track\",\"anonymousId\":\"anon\",\"event\":\"Object Deleted\",\"properties\":{\"objectId\":\"o-1\"},", deleted.JsonText, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_in_traits_are_ISO_8601_text_and_caller_types_write_through_their_metadata()
    {
        var message = PipelinesMessage.Identify(
            "u",
            new Dictionary<string, object?> { ["createdAt"] = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), ["tags"] = new[] { "a", "b" } },
            Pinned());
        var typed = PipelinesMessage.Track("u", "Plan Changed", new PlanChange { Plan = "pro", Seats = 4 }, TestPipelinesJson.Default.PlanChange, Pinned());

        Assert.Equal("{\"type\":\"identify\",\"userId\":\"u\",\"traits\":{\"createdAt\":\"2026-01-02T03:04:05+00:00\",\"tags\":[\"a\",\"b\"]}," + Tail(), message.JsonText);
        Assert.Equal("{\"type\":\"track\",\"userId\":\"u\",\"event\":\"Plan Changed\",\"properties\":{\"plan\":\"pro\",\"seats\":4}," + Tail(), typed.JsonText);
    }

    [Fact]
    public void Descriptions_never_show_ids_or_data()
    {
        var user = new PipelinesUser("secret-user", null);
        var options = new PipelinesMessageOptions { MessageId = "secret-id", Context = new PipelinesContext { Ip = "203.0.113.1" } };

        Assert.Equal("PipelinesUser(userId set, anonymousId unset)", user.ToString());
        Assert.Equal("PipelinesMessageOptions(messageId given, timestamp now, context 1 keys, integrations 0)", options.ToString());
        Assert.Equal("identify message (" + PipelinesMessage.Identify(user, null, options).SizeInBytes + " bytes)", PipelinesMessage.Identify(user, null, options).ToString());
    }
}

public sealed class PlanChange
{
    [System.Text.Json.Serialization.JsonPropertyName("plan")]
    public string? Plan { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("seats")]
    public int Seats { get; set; }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(PlanChange))]
[System.Text.Json.Serialization.JsonSerializable(typeof(int))]
internal sealed partial class TestPipelinesJson : System.Text.Json.Serialization.JsonSerializerContext;
