using CustomerIO.App;

namespace CustomerIO.Tests.Integration;

/// <summary>The App client against the in-process emulator over loopback: every answer read into its typed model.</summary>
public sealed class AppClientEmulatorTests : EmulatorTestBase
{
    private AppClient App => new(Emulator.AppApiKey, new AppClientOptions { Endpoint = Emulator.AppUri, RateLimit = { Enabled = false } });

    [Fact]
    public async Task Every_channel_sends_and_the_message_is_read_back()
    {
        var app = App;
        var email = await app.Transactional.SendEmailAsync(new TransactionalEmail(7, "ann@example.com", CustomerIdentifier.Email("ann@example.com")) { Subject = "Your code" });
        await app.Transactional.SendPushAsync(new TransactionalPush("welcome", "42"));
        await app.Transactional.SendSmsAsync(new TransactionalSms(3, "+15551234567", "42"));
        await app.Transactional.SendWhatsAppAsync(new TransactionalWhatsApp(4, "+15551234567", "42"));
        await app.Transactional.SendInAppAsync(new TransactionalInApp(5, "42"));
        var inbox = await app.Transactional.SendInboxMessageAsync(new TransactionalInboxMessage(6, "42"));

        var message = await app.Messages.GetAsync(email.DeliveryId);
        var all = await ToListAsync(app.Messages.ListAsync(limit: 2));
        var sms = await ToListAsync(app.Messages.ListAsync(new MessageListOptions { Type = "sms" }));
        var ofPerson = await ToListAsync(app.Customers.ListMessagesAsync(CustomerIdentifier.Id("42")));

        Assert.Equal(email.DeliveryId, message.Id);
        Assert.Equal("email", message.Type);
        Assert.Equal("ann@example.com", message.Recipient);
        Assert.Equal("Your code", message.Subject);
        Assert.Equal("ann@example.com", message.CustomerIdentifiers!.Email);
        Assert.NotNull(email.QueuedAt);
        Assert.Equal(6, all.Count);
        Assert.Equal(inbox.DeliveryId, all[0].Id);
        Assert.Equal(["sms"], sms.Select(m => m.Type));
        Assert.Equal(5, ofPerson.Count);
    }

    [Fact]
    public async Task The_stored_message_has_its_liquid_filled_from_message_data_and_the_person()
    {
        await Client.IdentifyAsync("42", new Dictionary<string, object?> { ["first_name"] = "Ada" });

        var sent = await App.Transactional.SendEmailAsync(new TransactionalEmail(7, "ada@example.com", "42")
        {
            Subject = "Your code {{ trigger.code }}",
            Body = "<p>Hi {{customer.first_name}}, {{ trigger.missing }}done</p>",
            MessageData = new Dictionary<string, object?> { ["code"] = 4711 },
        });

        var message = await App.Messages.GetAsync(sent.DeliveryId);
        Assert.Equal("Your code 4711", message.Subject);
        Assert.Equal("<p>Hi Ada, done</p>", Emulator.GetDeliveries().Single().Body);
    }

    [Fact]
    public async Task Subscription_preferences_are_read_with_the_unsubscribed_attribute()
    {
        await Client.IdentifyAsync("42", new Dictionary<string, object?> { ["unsubscribed"] = true });

        var preferences = await App.Customers.GetSubscriptionPreferencesAsync("42", new SubscriptionPreferencesOptions { Language = "fr" });

        Assert.True(preferences.Unsubscribed);
        Assert.Equal("42", preferences.Identifiers!.Id);
        Assert.Equal([(1L, "Offers", true), (2L, "News and Programs", true), (3L, "Feedback", false)], preferences.Topics!.Select(t => (t.Id, t.Name!, t.Subscribed)));
        Assert.Equal("Manage your subscription preferences", preferences.Header!.Title);
    }

    [Fact]
    public async Task A_send_the_emulator_refuses_is_an_api_error_naming_the_template()
    {
        var push = new TransactionalPush(1, "42") { CustomPayload = System.Text.Json.JsonDocument.Parse("{}").RootElement };

        await App.Transactional.SendPushAsync(push);
        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => App.Messages.GetAsync("nope"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("/v1/messages/{message_id}", error.Path);
    }

    [Fact]
    public async Task Broadcast_triggers_carry_their_audience_and_have_no_errors()
    {
        var app = App;
        var byFilter = await app.Broadcasts.TriggerAsync(7, new BroadcastTrigger
        {
            Audience = BroadcastAudience.Recipients(AudienceFilter.Segment(3) & !AudienceFilter.AttributeEquals("plan", "free")),
            Data = new Dictionary<string, object?> { ["headline"] = "Sale" },
        });
        var byIds = await app.Broadcasts.TriggerAsync(8, new BroadcastTrigger { Audience = BroadcastAudience.Ids(["1", "2"]), IdIgnoreMissing = true });
        var perUser = await app.Broadcasts.TriggerAsync(9, new BroadcastTrigger
        {
            Audience = BroadcastAudience.PerUserData([new BroadcastRecipient(CustomerIdentifier.Email("ann@example.com"), new Dictionary<string, object?> { ["n"] = 1 })]),
        });
        var errors = await ToListAsync(app.Broadcasts.ListTriggerErrorsAsync(7, byFilter.Id));

        var triggers = Emulator.GetBroadcastTriggers();
        Assert.Equal([byFilter.Id, byIds.Id, perUser.Id], triggers.Select(t => t.Id));
        Assert.Equal(["recipients", "ids", "per_user_data"], triggers.Select(t => t.Audience));
        Assert.Equal("""{"and":[{"segment":{"id":3}},{"not":{"attribute":{"field":"plan","operator":"eq","value":"free"}}}]}""", triggers[0].AudienceValue!.Value.GetRawText());
        Assert.Equal("""[{"email":"ann@example.com","data":{"n":1}}]""", triggers[2].AudienceValue!.Value.GetRawText());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Segments_are_created_filled_counted_listed_searched_and_deleted()
    {
        var app = App;
        var created = await app.Segments.CreateAsync(new SegmentCreation("VIP") { Description = "Big spenders" });
        await Client.IdentifyAsync("1", new Dictionary<string, object?> { ["plan"] = "pro" });
        await Client.IdentifyAsync("2", new Dictionary<string, object?> { ["plan"] = "free" });
        await Client.IdentifyAsync("3", new Dictionary<string, object?> { ["plan"] = "pro" });
        await Client.AddToSegmentAsync((int)created.Id, ["1", "2"]);

        var fetched = await app.Segments.GetAsync(created.Id);
        var listed = await ToListAsync(app.Segments.ListAsync());
        var count = await app.Segments.GetCustomerCountAsync(created.Id);
        var pages = await PagesAsync(app.Segments.ListMembersAsync(created.Id, limit: 1));
        var ofPerson = await ToListAsync(app.Customers.ListSegmentsAsync(CustomerIdentifier.Id("2")));
        await Client.IdentifyAsync("1", new Dictionary<string, object?> { ["email"] = "one@example.com" });
        var byEmail = await app.Customers.FindByEmailAsync("one@example.com");
        var nobody = await app.Customers.FindByEmailAsync("none@example.com");
        var found = await ToListAsync(app.Customers.SearchAsync(AudienceFilter.Segment(created.Id) & AudienceFilter.AttributeEquals("plan", "pro")));
        var pro = await ToListAsync(app.Customers.SearchAsync(AudienceFilter.AttributeEquals("plan", "pro"), limit: 1));
        await app.Segments.DeleteAsync(created.Id);
        var gone = await Assert.ThrowsAsync<CustomerIOApiException>(() => app.Segments.GetAsync(created.Id));

        Assert.Equal(("VIP", "Big spenders", "manual"), (fetched.Name, fetched.Description, fetched.Type));
        Assert.Contains(listed, s => s.Id == created.Id && s.Name == "VIP");
        Assert.Equal(2, count);
        Assert.Equal([["1"], ["2"]], pages.Select(p => p.Values.Select(v => v.Id)));
        Assert.Equal([created.Id], ofPerson.Select(s => s.Id));
        Assert.Equal(["1"], found.Select(p => p.Id));
        Assert.Equal(("1", "one@example.com", Person("1").CioId), (byEmail.Single().Id, byEmail[0].Email, byEmail[0].CioId));
        Assert.Empty(nobody);
        Assert.Equal(["1", "3"], pro.Select(p => p.Id).Order());
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Empty(Person("1").Segments);
    }

    [Fact]
    public async Task Activities_of_the_workspace_and_of_a_person_are_tracked_events()
    {
        var app = App;
        await Client.TrackAsync("1", "purchase", new Dictionary<string, object?> { ["total"] = 5 });
        await Client.TrackAsync("2", "purchase");
        await Client.TrackAsync("2", "signup");

        var all = await ToListAsync(app.Activities.ListAsync(limit: 2));
        var purchases = await ToListAsync(app.Activities.ListAsync(new ActivityListOptions { Name = "purchase", Customer = CustomerIdentifier.Id("1") }));
        var ofTwo = await ToListAsync(app.Customers.ListActivitiesAsync("2", new CustomerActivityListOptions { Name = "signup" }));
        var tooMany = Assert.Throws<CustomerIOValidationException>(() => app.Activities.ListAsync(limit: 101));

        Assert.Equal(3, all.Count);
        Assert.Equal("event", Assert.Single(ofTwo).Type);
        Assert.Equal("1", purchases.Single().CustomerIdentifiers!.Id);
        Assert.Equal("""{"total":5}""", purchases.Single().Data!.Value.GetRawText());
        Assert.Equal("The page size of GET /v1/activities must be at most 100; 101 was given. (Parameter 'limit')", tooMany.Message);
    }

    [Fact]
    public async Task A_customers_export_is_made_listed_and_downloaded_from_its_signed_link()
    {
        var app = App;
        await Client.IdentifyAsync("1", new Dictionary<string, object?> { ["email"] = "ann@example.com", ["plan"] = "pro, annual" });
        await Client.IdentifyAsync("2", new Dictionary<string, object?> { ["plan"] = "free" });

        var export = await app.Exports.CreateCustomersExportAsync(new CustomersExport(AudienceFilter.AttributeExists("plan") & !AudienceFilter.AttributeEquals("plan", "free")) { Attributes = ["plan"] });
        var fetched = await app.Exports.GetAsync(export.Id);
        var listed = await ToListAsync(app.Exports.ListAsync());
        var link = await app.Exports.GetDownloadUrlAsync(export.Id);
        using var file = new System.IO.MemoryStream();
        await app.Exports.DownloadAsync(export.Id, file);
        using var anonymous = new HttpClient();
        var forged = await anonymous.GetAsync(new Uri(link.Url!.GetLeftPart(UriPartial.Path) + "?token=forged"));

        Assert.Equal(("customers", "done", 1L), (export.Type, export.Status, export.Total));
        Assert.Equal(export.Id, fetched.Id);
        Assert.Equal([export.Id], listed.Select(e => e.Id));
        Assert.Equal("id,email,cio_id,plan\n1,ann@example.com," + Person("1").CioId + ",\"pro, annual\"\n", Encoding.UTF8.GetString(file.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static Task<List<CustomerIOPage<T>>> PagesAsync<T>(CustomerIOPageable<T> list) => ToListAsync(list.AsPages());
}
