using System.IO;
using System.Text;
using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Exports: a people export and a deliveries export (of a broadcast's action) made, read, listed and downloaded.</summary>
internal sealed class ExportsTour : AppTourArea
{
    public override string Area => "Exports";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        await track.IdentifyAsync("1", new Dictionary<string, object?> { ["email"] = "ann@example.com", ["plan"] = "pro" });
        await app.Broadcasts.TriggerAsync(3, new BroadcastTrigger { Audience = BroadcastAudience.Ids(["1"]), Data = new Dictionary<string, object?> { ["headline"] = "Spring" } });

        var people = await app.Exports.CreateCustomersExportAsync(new CustomersExport(AudienceFilter.AttributeEquals("plan", "pro")) { Attributes = ["plan"] });
        var deliveries = await app.Exports.CreateDeliveriesExportAsync(DeliveriesExport.OfAction(4));
        var fetched = await app.Exports.GetAsync(deliveries.Id);
        var listed = await ToListAsync(app.Exports.ListAsync());
        var link = await app.Exports.GetDownloadUrlAsync(deliveries.Id);
        using var file = new MemoryStream();
        await app.Exports.DownloadAsync(deliveries.Id, file);
        var rows = Encoding.UTF8.GetString(file.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal((ExportType.Customers, ExportStatus.Done, 1L), (people.Type!.Value, people.Status!.Value, people.Total));
        Assert.Equal((ExportType.Deliveries, ExportStatus.Done, 1L), (fetched.Type!.Value, fetched.Status!.Value, fetched.Total));
        Assert.Equal([people.Id, deliveries.Id], listed.Select(e => e.Id));
        Assert.NotNull(link.Url);
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("delivery_id,type,customer_id,email,recipient,subject,campaign_id,broadcast_id,action_id,transactional_message_id,created", rows[0], StringComparison.Ordinal);
        Assert.Contains(",email,1,ann@example.com,ann@example.com,Spring,,3,4,,", rows[1], StringComparison.Ordinal);
    }
}
