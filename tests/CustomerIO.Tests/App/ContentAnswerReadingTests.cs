using CustomerIO.App;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.App;

/// <summary>
/// The content areas' answers read field by field as the OpenAPI names them: times, string-backed values (known and
/// unknown), UUID ids, and the open parts (an email's transformers, a collection's content) kept as JSON.
/// </summary>
public sealed class ContentAnswerReadingTests
{
    [Fact]
    public async Task A_design_studio_email_is_read_with_its_content_envelope_and_open_transformers()
    {
        var email = await Client(AppSamples.DesignStudioEmailAnswer).DesignStudio.GetEmailAsync("sdflkj345");

        Assert.Equal(("sdflkj345", "Welcome", true, false), (email.Id, email.Name, email.IsTemplate, email.IsLinked));
        Assert.Equal(["en", "es"], email.AvailableLanguages);
        Assert.Equal(("Hello", "Welcome", "<p>Hi {{customer.first_name}}</p>", (string?)null), (email.Content!.Subject, email.Content.PreheaderText, email.Content.Html, email.Content.Amp));
        Assert.Equal((4534L, "Cher Ami <test@example.com>", (long?)null, true), (email.Envelope!.FromId, email.Envelope.From, email.Envelope.ReplyToId, email.Envelope.FakeBcc));
        Assert.Equal(("X-Campaign", "welcome"), (email.Envelope.Headers![0].Name, email.Envelope.Headers[0].Value));
        Assert.Equal("""{"css_inliner":{"enabled":true}}""", email.Transformers!.Value.GetRawText());
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1773856018), email.Updated);
    }

    [Fact]
    public async Task A_reporting_webhook_reads_events_the_sdk_does_not_know()
    {
        var webhook = await Client("""{"id":4,"name":"n","endpoint":"https://e.example.com","events":["email_sent","email_teleported"],"type":"jsx","future":1}""").ReportingWebhooks.GetAsync(4);

        Assert.Equal([ReportingWebhookEvent.EmailSent, new ReportingWebhookEvent("email_teleported")], webhook.Events);
        Assert.Equal("jsx", webhook.Type!.Value.ToString());
        Assert.False(webhook.Disabled);
    }

    [Fact]
    public async Task Sender_identities_page_by_cursor_and_read_their_type()
    {
        var handler = new RecordingHandler()
            .Enqueue(200, """{"sender_identities":[{"id":1,"template_type":"email"}],"next":"abc"}""")
            .Enqueue(200, """{"sender_identities":[{"id":2,"template_type":"phone","phone":"+15005550006"}],"next":""}""");
        var senders = new List<SenderIdentity>();

        await foreach (var sender in TestAppClient.Create(handler).SenderIdentities.ListAsync(new SenderIdentityListOptions { Sort = SenderIdentitySortOrder.Ascending, Hidden = false }, limit: 1))
        {
            senders.Add(sender);
        }

        Assert.Equal([(1L, SenderIdentityType.Email), (2L, SenderIdentityType.Phone)], senders.Select(s => (s.Id, s.TemplateType!.Value)));
        Assert.Equal("/v1/sender_identities?sort=asc&hidden=false&limit=1", handler.Requests[0].PathAndQuery);
        Assert.Equal("/v1/sender_identities?sort=asc&hidden=false&start=abc&limit=1", handler.Requests[1].PathAndQuery);
    }

    [Fact]
    public async Task Design_studio_lists_page_by_number_with_their_filters_until_a_short_page()
    {
        var handler = new RecordingHandler()
            .Enqueue(200, """{"components":[{"id":"a"},{"id":"b"}],"folders":[]}""")
            .Enqueue(200, """{"components":[{"id":"c"}],"folders":[]}""");
        var options = new DesignStudioComponentListOptions
        {
            Tag = "hero", ParentFolderId = "f1", DirectDescendantsOnly = true, SortBy = DesignStudioSortField.Name, SortOrder = DesignStudioSortOrder.Descending,
            CreatedAfter = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000),
        };
        var ids = new List<string?>();

        await foreach (var component in TestAppClient.Create(handler).DesignStudio.ListComponentsAsync(options, limit: 2))
        {
            ids.Add(component.Id);
        }

        Assert.Equal(["a", "b", "c"], ids);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(
            "/v1/design_studio/components?tag=hero&parent_folder_id=f1&direct_descendants_only=true&sort_by=name&sort_order=desc&created_after=1700000000&page=2&limit=2",
            handler.Requests[1].PathAndQuery);
    }

    [Fact]
    public async Task A_page_size_over_10000_is_refused_before_sending()
    {
        var handler = new RecordingHandler();

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(async () =>
        {
            await foreach (var _ in TestAppClient.Create(handler).Assets.ListAsync(limit: 10001))
            {
            }
        });

        Assert.Equal("The page size of GET /v1/assets must be at most 10000; 10001 was given. (Parameter 'limit')", error.Message);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_collections_content_is_kept_as_it_came()
    {
        var content = await Client(AppSamples.CollectionContent).Collections.GetContentAsync(1);

        Assert.Equal(AppSamples.CollectionContent, content.Value.GetRawText());
    }

    private static AppClient Client(string answer) => TestAppClient.Create(new RecordingHandler().Enqueue(200, answer));
}
