using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Reporting webhooks: the seeded ones listed, one created, read, reconfigured whole, deleted.</summary>
internal sealed class ReportingWebhooksTour : AppTourArea
{
    public override string Area => "ReportingWebhooks";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        Assert.Contains(await ToListAsync(app.ReportingWebhooks.ListAsync()), w => w.Name == "Delivery failures" && w.Events!.Contains(ReportingWebhookEvent.EmailBounced));

        var created = await app.ReportingWebhooks.CreateAsync(
            new ReportingWebhookDefinition("Ops", new Uri("https://hooks.example.com/ops"), [ReportingWebhookEvent.EmailFailed, ReportingWebhookEvent.WebhookFailed]) { WithContent = true });
        Assert.Equal("Ops", created.Name);
        Assert.Equal("https://hooks.example.com/ops", created.Endpoint);
        Assert.Equal([ReportingWebhookEvent.EmailFailed, ReportingWebhookEvent.WebhookFailed], created.Events);
        Assert.True(created.WithContent);
        Assert.False(created.FullResolution);
        Assert.Equal(ReportingWebhookType.Webhook, created.Type);

        Assert.Equal(created.Id, (await app.ReportingWebhooks.GetAsync(created.Id)).Id);
        var updated = await app.ReportingWebhooks.UpdateAsync(
            created.Id, new ReportingWebhookDefinition("Ops (paused)", new Uri("https://hooks.example.com/ops"), [ReportingWebhookEvent.SmsFailed]) { Disabled = true });
        Assert.Equal("Ops (paused)", updated.Name);
        Assert.True(updated.Disabled);
        Assert.Equal([ReportingWebhookEvent.SmsFailed], updated.Events);

        await app.ReportingWebhooks.DeleteAsync(created.Id);
        Assert.DoesNotContain(await ToListAsync(app.ReportingWebhooks.ListAsync()), w => w.Id == created.Id);
    }
}
