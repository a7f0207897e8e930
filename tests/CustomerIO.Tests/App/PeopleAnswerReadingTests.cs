using CustomerIO.App;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.App;

/// <summary>The people areas' answers read field by field: string-backed values, Unix times, open JSON parts, loose id types.</summary>
public sealed class PeopleAnswerReadingTests
{
    [Fact]
    public async Task A_profile_reads_text_attributes_devices_and_timestamps()
    {
        var profile = await Client(AppSamples.CustomerAttributesAnswer).Customers.GetAttributesAsync("1");

        Assert.Equal(("1", "03000001", "tester", false), (profile.Id, profile.Identifiers!.CioId, profile.Attributes!["title"], profile.Unsubscribed));
        Assert.Equal([MobilePlatform.Android, MobilePlatform.Ios], profile.Devices!.Select(d => d.Platform!.Value));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1514764800), profile.Devices![0].LastUsed);
        Assert.Equal("true", profile.Devices[0].Attributes!["push_enabled"]);
        Assert.Equal(1508932553, profile.Timestamps!["title"]);
    }

    [Fact]
    public async Task Many_profiles_are_unwrapped_from_their_customer_envelopes()
    {
        var profiles = await Client(AppSamples.CustomersAttributesAnswer).Customers.GetManyAttributesAsync([CustomerIdentifier.Id("1")]);

        Assert.Equal("test@example.com", Assert.Single(profiles).Identifiers!.Email);
    }

    [Fact]
    public async Task Relationships_read_a_numeric_type_id_as_text_and_keep_attributes_open()
    {
        var relationship = Assert.Single(await All(Client(AppSamples.CustomerRelationshipsPage).Customers.ListRelationshipsAsync("1")));

        Assert.Equal(("1", "acme", "ob020101", "admin"), (relationship.ObjectTypeId, relationship.Identifiers!.ObjectId, relationship.Identifiers.CioObjectId, relationship.Attributes!["role"].GetString()));
        Assert.Equal(ObjectReference.CioObjectId("ob020101"), relationship.Identifiers.ToIdentifier());
    }

    [Fact]
    public async Task An_object_keeps_its_attributes_as_json()
    {
        var found = await Client(AppSamples.ObjectAttributesAnswer).Objects.GetAttributesAsync(1, "acme");

        Assert.Equal(("1", 20, "Acme"), (found.ObjectTypeId, found.Attributes!["seats"].GetInt32(), found.Attributes["name"].GetString()));
        Assert.Equal(1700000001, found.Timestamps!["seats"]);
    }

    [Fact]
    public async Task A_live_notification_reads_its_state_times_and_last_delivery()
    {
        var notification = await Client(AppSamples.LiveNotification).LiveNotifications.GetAsync(AppSamples.InstanceId);

        Assert.Equal((LiveNotificationState.Active, MobilePlatform.Ios, (DateTimeOffset?)null), (notification.State!.Value, notification.Platform!.Value, notification.EndedAt));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700021600), notification.ExpiresAt);
        Assert.Equal((LiveNotificationOperation.Update, LiveNotificationDeliveryStatus.Sent, "api"), (notification.LastDelivery!.Operation!.Value, notification.LastDelivery.Status!.Value, notification.LastDelivery.Source));
    }

    [Fact]
    public async Task An_import_reads_its_values_and_its_error_export()
    {
        var import = await Client(AppSamples.ImportAnswer).Imports.GetAsync(30);

        Assert.Equal((ImportState.Imported, ImportType.Object, ImportDataToProcess.All, "1"), (import.State!.Value, import.Type!.Value, import.DataToProcess!.Value, import.ObjectTypeId));
        Assert.Equal((3L, 3L, 2L), (import.RowsToImport, import.RowsImported, import.ErrorExportId!.Value));
        Assert.Equal(new Uri("https://api.customer.io/v1/exports/2/download"), import.ErrorDownloadUrl);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1706081645), import.UpdatedAt);
    }

    [Fact]
    public async Task Suppressions_opt_outs_and_channels_read_their_values()
    {
        var search = await Client(AppSamples.EmailSuppressionSearch).EmailSuppressions.SearchAsync("bounced.person@example.com");
        var optOuts = Assert.Single(await All(Client(AppSamples.OptOutsPage).OptOuts.ListAsync()));
        var channel = Assert.Single(await All(Client(AppSamples.SubscriptionChannelsAnswer).SubscriptionCenter.ListChannelsAsync()));

        Assert.Equal((SuppressionCategory.Bounces, "550", DateTimeOffset.FromUnixTimeSeconds(1650895738)), (search.Category!.Value, search.Suppressions![0].Status, search.Suppressions[0].Created!.Value));
        Assert.Equal([OptOutChannel.Sms, OptOutChannel.WhatsApp], optOuts.OptOuts!.Select(o => o.Channel!.Value));
        Assert.Equal((SubscriptionChannelType.Email, true), (channel.Type!.Value, channel.SubscribedByDefault));
    }

    [Fact]
    public void The_subscription_centre_token_stays_out_of_logs()
    {
        var token = AppModelFactory.SubscriptionCenterToken("secret-token", new Uri("https://track.example.test/u/i/secret-token/"));

        Assert.Equal("SubscriptionCenterToken", token.ToString());
    }

    private static AppClient Client(string answer) => TestAppClient.Create(new RecordingHandler().Enqueue(200, answer));

    private static async Task<List<T>> All<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
