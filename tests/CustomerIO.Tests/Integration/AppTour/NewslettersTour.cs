using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>
/// Newsletters: the seeded newsletter read, its contents changed, a language and an A/B test group added and removed,
/// scheduled and unscheduled, sent to its segment's two members, its messages and metrics read (a click reported through
/// the Track API shows in the link metrics), and a newsletter created and deleted.
/// </summary>
internal sealed class NewslettersTour : AppTourArea
{
    public override string Area => "Newsletters";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        await track.IdentifyAsync("1", new Dictionary<string, object?> { ["email"] = "ann@example.com", ["first_name"] = "Ann" });
        await track.IdentifyAsync("2", new Dictionary<string, object?> { ["email"] = "bo@example.com", ["first_name"] = "Bo", ["language"] = "fr" });
        await track.AddToSegmentAsync(1, ["1", "2"]);

        var all = await ToListAsync(app.Newsletters.ListAsync(new NewsletterListOptions { Descending = false }));
        Assert.Equal([1L, 2L], all.Select(n => n.Id));
        var weekly = await app.Newsletters.GetAsync(1);
        Assert.Equal(("Weekly Product Update", NewsletterType.Email, (DateTimeOffset?)null), (weekly.Name, weekly.Type!.Value, weekly.SentAt));
        Assert.Equal([1L], weekly.RecipientSegmentIds);

        await ContentsAsync(app);
        await LanguagesAsync(app);
        await TestGroupsAsync(app);

        var scheduled = await app.Newsletters.ScheduleAsync(1, NewsletterSchedule.At(DateTimeOffset.UtcNow.AddDays(1), "America/New_York"));
        Assert.Null(scheduled.SentAt);
        await app.Newsletters.ScheduleAsync(1, NewsletterSchedule.Unschedule());

        var sent = await app.Newsletters.SendAsync(1);
        Assert.NotNull(sent.SentAt);
        var messages = await ToListAsync(app.Newsletters.ListMessagesAsync(1));
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Equal(1L, m.NewsletterId));
        var french = Assert.Single(messages, m => m.CustomerIdentifiers!.Id == "2");
        Assert.StartsWith("Quoi de neuf", french.Subject, StringComparison.Ordinal);

        await track.TrackMetricAsync(new DeliveryMetric(french.Id, MetricName.Clicked) { Href = "https://example.com/fr/changelog" });
        var metrics = await app.Newsletters.GetMetricsAsync(1, new NewsletterMetricsOptions { Period = MetricPeriod.Days, Steps = 3 });
        Assert.Equal([0L, 0L, 2L], metrics.Get(MessageMetric.Sent));
        Assert.Equal([0L, 0L, 1L], metrics.Get(MessageMetric.Clicked));
        var links = await ToListAsync(app.Newsletters.GetLinkMetricsAsync(1, new LinkPeriodMetricsOptions { Period = MetricPeriod.Days, Steps = 1, Unique = true }));
        Assert.Equal([1L], links.Single(l => l.Link!.Href == "https://example.com/fr/changelog").Metric!.Get(MessageMetric.Clicked));
        var contentId = french.ContentId!.Value;
        var contentMetrics = await app.Newsletters.GetContentMetricsAsync(1, contentId);
        Assert.Equal(1L, contentMetrics.Get(MessageMetric.Sent).Sum());
        var contentLinks = await ToListAsync(app.Newsletters.GetContentLinkMetricsAsync(1, contentId));
        Assert.Equal(["https://example.com/fr/changelog"], contentLinks.Select(l => l.Link!.Href));

        var created = await app.Newsletters.CreateAsync(new NewsletterCreation("Launch", NewsletterType.Sms, AudienceFilter.And(AudienceFilter.AttributeExists("phone"))) { Body = "We launched!" });
        Assert.Equal((NewsletterType.Sms, 1), (created.Type!.Value, created.ContentIds!.Count));
        await app.Newsletters.DeleteAsync(created.Id);
        Assert.DoesNotContain(await ToListAsync(app.Newsletters.ListAsync()), n => n.Id == created.Id);
    }

    private static async Task ContentsAsync(AppClient app)
    {
        var contents = await ToListAsync(app.Newsletters.ListContentsAsync(1));
        Assert.Equal([string.Empty, "fr"], contents.Select(c => c.Language));
        var content = await app.Newsletters.GetContentAsync(1, contents[0].Id);
        Assert.Equal("{{customer.email}}", content.Recipient);
        var updated = await app.Newsletters.UpdateContentAsync(1, content.Id, new NewsletterContentUpdate { PreheaderText = "This week" });
        Assert.Equal(("This week", content.Subject), (updated.PreheaderText, updated.Subject));
    }

    private static async Task LanguagesAsync(AppClient app)
    {
        var withSpanish = await app.Newsletters.CreateLanguageAsync(1, new NewsletterLanguageCreation("es") { Subject = "Novedades", Body = "<p>Hola</p>" });
        Assert.Equal(3, withSpanish.ContentIds!.Count);
        Assert.Equal("Novedades", (await app.Newsletters.GetLanguageAsync(1, "es")).Subject);
        Assert.Equal("Novedades!", (await app.Newsletters.UpdateLanguageAsync(1, "es", new NewsletterContentUpdate { Subject = "Novedades!" })).Subject);
        await app.Newsletters.DeleteLanguageAsync(1, "es");
        Assert.Equal(2, (await app.Newsletters.GetAsync(1)).ContentIds!.Count);
    }

    private static async Task TestGroupsAsync(AppClient app)
    {
        Assert.Empty(await ToListAsync(app.Newsletters.ListTestGroupsAsync(1)));
        var split = await app.Newsletters.CreateTestGroupAsync(1);
        Assert.Equal(4, split.ContentIds!.Count);
        var groups = await ToListAsync(app.Newsletters.ListTestGroupsAsync(1));
        Assert.Equal(["A", "B"], groups.Select(g => g.Name));
        var b = groups[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await app.Newsletters.CreateTestGroupLanguageAsync(1, b, new NewsletterLanguageCreation("de") { Subject = "Neu", Body = "<p>Hallo</p>" });
        Assert.Equal("Neu", (await app.Newsletters.GetTestGroupLanguageAsync(1, b, "de")).Subject);
        Assert.Equal("Neu!", (await app.Newsletters.UpdateTestGroupLanguageAsync(1, b, "de", new NewsletterContentUpdate { Subject = "Neu!" })).Subject);
        await app.Newsletters.DeleteTestGroupLanguageAsync(1, b, "de");
        Assert.Equal(2, (await ToListAsync(app.Newsletters.ListTestGroupsAsync(1)))[1].ContentIds!.Count);
    }
}
