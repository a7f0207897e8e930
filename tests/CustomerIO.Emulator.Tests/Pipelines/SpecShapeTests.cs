namespace CustomerIO.Emulator.Tests.Pipelines;

/// <summary>
/// The shapes of Customer.io's Pipelines spec the emulator holds clients to: report events without ids, the metric and
/// content enums, Object Deleted's anonymousId, group relationship attributes, <c>sentAt</c>, and inspection.
/// </summary>
public sealed class SpecShapeTests : EmulatorTest
{
    public static TheoryData<string, string, string, string> Refused => new()
    {
        { """{"anonymousId":"a","event":"Report Delivery Event","properties":{"deliveryId":"d","metric":"bounced"}}""", "invalid", "properties.metric", "properties.metric must be delivered, opened, clicked or converted" },
        { """{"event":"Report Content Event","properties":{"actionType":"liked_content","contentId":1}}""", "invalid", "properties.actionType", "properties.actionType must be viewed_content or clicked_content" },
        { """{"event":"Report Content Event","properties":{"actionType":"viewed_content","contentId":"1"}}""", "invalid", "properties.contentId", "properties.contentId must be an integer" },
        { """{"event":"Report Content Event","properties":{"templateId":1.5}}""", "invalid", "properties.templateId", "properties.templateId must be an integer" },
        { """{"event":"Report Content Event"}""", "required", "properties", "properties is required" },
        { """{"userId":"u","event":"Object Deleted","properties":{"objectId":"o"}}""", "required", "anonymousId", "Object Deleted needs anonymousId" },
        { """{"userId":"u","event":"E","sentAt":"soon"}""", "invalid", "sentAt", "sentAt must be an ISO-8601 date" },
        { """{"userId":"u","event":"Device Created or Updated","context":{"device":{"token":"t","type":"windows"}}}""", "invalid", "context.device.type", "context.device.type must be ios or android" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Shapes_outside_the_spec_are_dropped_or_400_in_strict_mode(string body, string reason, string field, string message)
    {
        var permissive = await Pipelines("v1/track", body);
        var strict = await Strict(PipelinesClient, "v1/track", body);

        Assert.Equal(new Answer(200, "{}", null), permissive);
        Assert.Equal(new Answer(400, "{\"errors\":[{\"reason\":\"" + reason + "\",\"field\":\"" + field + "\",\"message\":\"" + message + "\"}]}", null), strict);
        Assert.Empty(Emulator.GetPipelinesMessages());
        Assert.Empty(Emulator.GetDeliveryMetrics());
    }

    [Fact]
    public async Task Report_events_need_no_ids_and_a_content_report_is_kept_for_inspection_only()
    {
        await Pipelines("v1/track", """{"event":"Report Delivery Event","properties":{"deliveryId":"d-1","metric":"converted"},"messageId":"r1"}""");
        await Pipelines("v1/track", """{"event":"Report Content Event","properties":{"actionType":"clicked_content","contentId":12,"templateId":3},"messageId":"r2"}""");

        Assert.Equal(("d-1", "converted"), (Emulator.GetDeliveryMetrics().Single().DeliveryId, Emulator.GetDeliveryMetrics().Single().Metric));
        Assert.Empty(Emulator.GetEvents());
        Assert.Equal(["r1", "r2"], Emulator.GetPipelinesMessages().Select(m => m.MessageId));
        Assert.Equal(12, Emulator.GetPipelinesMessages()[1].Body.GetProperty("properties").GetProperty("contentId").GetInt32());
    }

    [Fact]
    public async Task A_group_with_object_type_and_relationship_attributes_sets_both_apart_from_the_objects_attributes()
    {
        await Pipelines("v1/group", """{"userId":"u1","groupId":"acme","traits":{"object_type_id":"3","relationshipAttributes":{"role":"admin"},"name":"Acme"}}""");

        var obj = Assert.Single(Emulator.GetObjects());
        Assert.Equal(("3", "acme"), (obj.ObjectTypeId, obj.ObjectId));
        Assert.Equal(["name"], obj.Attributes.Keys);
        var relationship = Assert.Single(Emulator.FindPerson("u1")!.Relationships);
        Assert.Equal("{\"role\":\"admin\"}", relationship.Attributes!.Value.GetRawText());
    }

    [Fact]
    public async Task Each_message_is_inspectable_with_its_own_or_its_batchs_sent_at_and_duplicates_marked()
    {
        await Pipelines("v1/identify", """{"userId":"u1","messageId":"m1","sentAt":"2026-12-02T10:00:00.000Z"}""");
        await Pipelines("v1/batch", """{"batch":[{"type":"track","userId":"u1","event":"E","messageId":"m2"},{"type":"identify","userId":"u1","messageId":"m1"}],"sentAt":"2026-12-02T10:00:01.000Z"}""");
        var bad = await Strict(PipelinesClient, "v1/batch", """{"batch":[{"type":"identify","userId":"u1"}],"sentAt":7}""");

        var messages = Emulator.GetPipelinesMessages();
        Assert.Equal(
            [("identify", "m1", "u1", false, "2026-12-02T10:00:00.000Z"), ("track", "m2", "u1", false, "2026-12-02T10:00:01.000Z"), ("identify", "m1", "u1", true, "2026-12-02T10:00:01.000Z")],
            messages.Select(m => (m.Type, m.MessageId!, m.UserId!, m.Duplicate, m.SentAt!)));
        Assert.Equal("{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"E\",\"messageId\":\"m2\"}", messages[1].Body.GetRawText());
        Assert.Equal(new Answer(400, "{\"errors\":[{\"reason\":\"invalid\",\"field\":\"sentAt\",\"message\":\"sentAt must be an ISO-8601 date\"}]}", null), bad);
    }
}
