using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Customers: two people, a device, a company, a segment, an event and an email put in place through the Track and App APIs, then every people read.</summary>
internal sealed class CustomersTour : AppTourArea
{
    public override string Area => "Customers";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        await track.IdentifyAsync("1", new Dictionary<string, object?> { ["email"] = "ann@example.com", ["plan"] = "pro", ["seats"] = 5 });
        await track.IdentifyAsync("2", new Dictionary<string, object?> { ["email"] = "bo@example.com", ["plan"] = "free" });
        await track.AddDeviceAsync("1", new Device("tok-1", DevicePlatform.Android) { LastUsed = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000) });
        await track.SendAsync(ObjectOperation.Identify(ObjectIdentifier.Of("1", "acme"), new Dictionary<string, object?> { ["name"] = "Acme" }, [Relationship.WithPerson("1", new Dictionary<string, object?> { ["role"] = "admin" })]));
        await track.AddToSegmentAsync(7, ["1"]);
        await track.TrackAsync("1", "purchase", new Dictionary<string, object?> { ["total"] = 12 });
        await app.Transactional.SendEmailAsync(new TransactionalEmail(3, "ann@example.com", CustomerIdentifier.Id("1")));

        Assert.Equal(["1"], (await ToListAsync(app.Customers.SearchAsync(AudienceFilter.AttributeEquals("plan", "pro")))).Select(p => p.Id));
        Assert.Equal(["1"], (await app.Customers.FindByEmailAsync("ann@example.com")).Select(p => p.Id));

        var ann = await app.Customers.GetAttributesAsync(CustomerIdentifier.Email("ann@example.com"));
        Assert.Equal(("1", "pro", "5"), (ann.Identifiers!.Id, ann.Attributes!["plan"], ann.Attributes["seats"]));
        var device = Assert.Single(ann.Devices!);
        Assert.Equal(("tok-1", MobilePlatform.Android, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)), (device.Id, device.Platform!.Value, device.LastUsed!.Value));

        var many = await app.Customers.GetManyAttributesAsync([CustomerIdentifier.Id("1"), CustomerIdentifier.Id("2"), CustomerIdentifier.Id("nobody")]);
        Assert.Equal(["pro", "free"], many.Select(c => c.Attributes!["plan"]));

        var relationship = Assert.Single(await ToListAsync(app.Customers.ListRelationshipsAsync("1")));
        Assert.Equal(("acme", "1", "\"admin\""), (relationship.Identifiers!.ObjectId, relationship.ObjectTypeId, relationship.Attributes!["role"].GetRawText()));
        Assert.StartsWith("co", relationship.Identifiers.CioObjectId, StringComparison.Ordinal);

        Assert.Equal([7L], (await ToListAsync(app.Customers.ListSegmentsAsync("1"))).Select(s => s.Id));
        Assert.Equal(["ann@example.com"], (await ToListAsync(app.Customers.ListMessagesAsync("1"))).Select(m => m.Recipient));
        var activity = Assert.Single(await ToListAsync(app.Customers.ListActivitiesAsync("1", new CustomerActivityListOptions { Type = ActivityType.Event })));
        Assert.Equal((ActivityType.Event, 12), (activity.Type!.Value, activity.Data!.Value.GetProperty("total").GetInt32()));

        var preferences = await app.Customers.GetSubscriptionPreferencesAsync("1");
        Assert.Equal(["Offers", "News and Programs", "Feedback"], preferences.Topics!.Select(t => t.Name));
        Assert.False(preferences.Unsubscribed);
        // The emulator logs a request just after answering it: a last call to an operation already answered keeps the tour's check from racing that log.
        Assert.Single(await app.Customers.FindByEmailAsync("bo@example.com"));
    }
}
