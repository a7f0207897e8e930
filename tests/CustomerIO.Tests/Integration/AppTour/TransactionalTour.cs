using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>
/// Transactional: a send on each of the six channels, then the seeded templates read, one language and one content
/// changed, and the messages and metrics of the template the email was sent from.
/// </summary>
internal sealed class TransactionalTour : AppTourArea
{
    public override string Area => "Transactional";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        await track.IdentifyAsync("1", new Dictionary<string, object?> { ["email"] = "ann@example.com", ["first_name"] = "Ann" });
        var email = await app.Transactional.SendEmailAsync(new TransactionalEmail(1, "ann@example.com", CustomerIdentifier.Id("1")) { MessageData = new Dictionary<string, object?> { ["code"] = "1234" } });
        await app.Transactional.SendPushAsync(new TransactionalPush(3, CustomerIdentifier.Id("1")));
        await app.Transactional.SendSmsAsync(new TransactionalSms(2, "+15551234567", CustomerIdentifier.Id("1")));
        await app.Transactional.SendWhatsAppAsync(new TransactionalWhatsApp(2, "+15551234567", CustomerIdentifier.Id("1")));
        await app.Transactional.SendInAppAsync(new TransactionalInApp(2, CustomerIdentifier.Id("1")));
        await app.Transactional.SendInboxMessageAsync(new TransactionalInboxMessage(2, CustomerIdentifier.Id("1")));
        Assert.Equal(6, emulator.GetDeliveries().Count);

        var templates = await ToListAsync(app.Transactional.ListAsync());
        Assert.Equal(["password reset", "order receipt", "shipping update"], templates.Select(t => t.Name));
        var reset = await app.Transactional.GetAsync(1);
        Assert.Equal((1L, true), (reset.Id, reset.LinkTracking));

        var contents = await ToListAsync(app.Transactional.ListContentsAsync(1));
        Assert.Equal([string.Empty, "fr"], contents.Select(c => c.Language));
        var french = await app.Transactional.GetLanguageAsync(1, "fr");
        Assert.Equal((TransactionalContentType.Email, contents[1].Id), (french.Type!.Value, french.Id));
        var renamed = await app.Transactional.UpdateLanguageAsync(1, "fr", new TransactionalContentUpdate { Subject = "Nouveau mot de passe" });
        Assert.Equal("Nouveau mot de passe", renamed.Subject);
        var changed = await app.Transactional.UpdateContentAsync(1, contents[0].Id, new TransactionalContentUpdate { PreheaderText = "Your code" });
        Assert.Equal(("Your code", "Reset your password"), (changed.PreheaderText, changed.Subject));

        var messages = await ToListAsync(app.Transactional.ListMessagesAsync(1));
        Assert.Equal([email.DeliveryId], messages.Select(m => m.Id));
        var metrics = await app.Transactional.GetMetricsAsync(1, new PeriodMetricsOptions { Period = MetricPeriod.Days, Steps = 2 });
        Assert.Equal([0L, 1L], metrics.Get(MessageMetric.Sent));
        var links = await ToListAsync(app.Transactional.GetLinkMetricsAsync(1));
        Assert.Equal(["https://example.com/reset", "https://example.com/fr/reset"], links.Select(l => l.Link!.Href));
    }
}
