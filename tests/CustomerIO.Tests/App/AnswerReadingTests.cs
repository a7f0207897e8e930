using CustomerIO.App;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.App;

/// <summary>Answers are read field by field as the OpenAPI names them; unknown fields are ignored, loose id types accepted.</summary>
public sealed class AnswerReadingTests
{
    [Fact]
    public async Task A_message_is_read_into_every_typed_field()
    {
        var handler = new RecordingHandler().Enqueue(200, AppSamples.MessageAnswer);

        var message = await TestAppClient.Create(handler).Messages.GetAsync("dgOq6QWq6QUBAAF4");

        Assert.Equal(("dgOq6QWq6QUBAAF4", "email", "ann@example.com", "Hello"), (message.Id, message.Type, message.Recipient, message.Subject));
        Assert.Equal(("42", "ann@example.com", "a1"), (message.CustomerIdentifiers!.Id, message.CustomerIdentifiers.Email, message.CustomerIdentifiers.CioId));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1619137767), message.Created);
        Assert.Equal(new Dictionary<string, long> { ["sent"] = 1619137768, ["delivered"] = 1619137769 }, message.Metrics);
        Assert.Equal((23L, 215L, (long?)null, 43L), (message.CampaignId, message.ActionId, message.BroadcastId, message.MessageTemplateId));
        Assert.Equal("""{"how-satisfied":{"id":1,"ts":1715769560}}""", message.TrackedResponses!.Value.GetRawText());
    }

    [Fact]
    public async Task A_numeric_cio_id_and_unknown_fields_are_read()
    {
        var handler = new RecordingHandler().Enqueue(200, """{"identifiers":[{"id":7,"email":null,"cio_id":3000001,"phone":"+1"}],"next":"","more":true}""");

        var people = await AppContractRowsFirst(TestAppClient.Create(handler).Customers.SearchAsync(AudienceFilter.Segment(1)));

        Assert.Equal(("7", "3000001"), (people[0].Id, people[0].CioId));
        Assert.Equal(CustomerIdentifier.CioId("3000001"), people[0].ToIdentifier());
    }

    [Fact]
    public async Task A_segment_is_read_with_its_times()
    {
        var segment = await TestAppClient.Create(new RecordingHandler().Enqueue(200, AppSamples.SegmentAnswer)).Segments.GetAsync(7);

        Assert.Equal((7L, "VIP", SegmentState.Finished, SegmentType.Manual, (int?)null), (segment.Id, segment.Name, segment.State, segment.Type, segment.Progress));
        Assert.Equal(["shop"], segment.Tags);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1552341999), segment.UpdatedAt);
    }

    [Fact]
    public async Task A_body_that_is_not_the_documented_json_names_the_call_not_the_body()
    {
        var handler = new RecordingHandler().Enqueue(200, """{"segment":{"id":"not a number","name":"secret-name"}}""");

        var error = await Assert.ThrowsAsync<CustomerIOException>(() => TestAppClient.Create(handler).Segments.GetAsync(7));

        Assert.Equal("GET /v1/segments/{segment_id} answered a body that is not the expected JSON.", error.Message);
        Assert.DoesNotContain("secret-name", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<List<CustomerIdentifiers>> AppContractRowsFirst(CustomerIOPageable<CustomerIdentifiers> list)
    {
        var all = new List<CustomerIdentifiers>();
        await foreach (var item in list)
        {
            all.Add(item);
        }

        return all;
    }
}
