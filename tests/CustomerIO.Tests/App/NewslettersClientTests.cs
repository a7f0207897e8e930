using System.Net.Http;
using CustomerIO.App;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.App;

/// <summary>
/// The Newsletters and transactional template calls beyond their contract rows: answers read field by field, query
/// options written exactly, and every documented limit refused before anything is sent.
/// </summary>
public sealed class NewslettersClientTests
{
    [Fact]
    public async Task A_newsletter_is_read_with_its_channel_ids_and_times()
    {
        var newsletter = await TestAppClient.Create(new RecordingHandler().Enqueue(200, AppSamples.NewsletterAnswer)).Newsletters.GetAsync(128275);

        Assert.Equal((128275L, "Weekly Product Update", NewsletterType.Email, (long?)5), (newsletter.Id, newsletter.Name, newsletter.Type!.Value, newsletter.SubscriptionTopicId));
        Assert.Equal([45L], newsletter.ContentIds);
        Assert.Equal([42L, 99L], newsletter.RecipientSegmentIds);
        Assert.Equal((DateTimeOffset.FromUnixTimeSeconds(1481653929), DateTimeOffset.FromUnixTimeSeconds(1481653919)), (newsletter.SentAt!.Value, newsletter.Created!.Value));
    }

    [Fact]
    public async Task A_test_group_reads_content_ids_sent_as_numbers_or_as_text()
    {
        var groups = await ToListAsync(TestAppClient.Create(new RecordingHandler().Enqueue(200, AppSamples.NewsletterTestGroupsAnswer)).Newsletters.ListTestGroupsAsync(7));

        Assert.Equal([["25", "26"], ["27", "28"]], groups.Select(g => g.ContentIds!.ToArray()));
        Assert.Equal([("A", false, 0L), ("B", true, 2L)], groups.Select(g => (g.Name!, g.Winner, g.Id)));
    }

    [Fact]
    public async Task Metrics_are_read_by_metric_and_a_metric_the_answer_lacks_is_empty()
    {
        var handler = new RecordingHandler().Enqueue(200, AppSamples.PeriodMetricsAnswer).Enqueue(200, AppSamples.NewsletterLinkMetricsAnswer);
        var client = TestAppClient.Create(handler).Newsletters;

        var metrics = await client.GetMetricsAsync(7, new NewsletterMetricsOptions { Period = MetricPeriod.Weeks, Steps = 12, Type = NewsletterType.Sms });
        var links = await ToListAsync(client.GetLinkMetricsAsync(7, new LinkPeriodMetricsOptions { Unique = true }));

        Assert.Equal([1L, 2L], metrics.Get(MessageMetric.Sent));
        Assert.Equal([0L, 1L], metrics.Get(new MessageMetric("human_opened")));
        Assert.Empty(metrics.Get(MessageMetric.Bounced));
        Assert.Equal(MessageType.Email, metrics.Type);
        var link = Assert.Single(links);
        Assert.Equal((1234L, "https://docs.customer.io"), (link.Link!.Id, link.Link.Href!));
        Assert.Equal([1L, 3L], link.Metric!.Get(MessageMetric.Clicked));
        Assert.Equal(["/v1/newsletters/7/metrics?period=weeks&steps=12&type=twilio", "/v1/newsletters/7/metrics/links?unique=true"], handler.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task A_transactional_content_is_read_from_the_documented_array_or_from_one_object()
    {
        var handler = new RecordingHandler().Enqueue(200, AppSamples.TransactionalContentAnswer).Enqueue(200, """{"content":""" + AppSamples.TransactionalContentJson + "}");
        var client = TestAppClient.Create(handler).Transactional;

        var fromArray = await client.GetLanguageAsync(3, "fr");
        var fromObject = await client.UpdateContentAsync(3, 96, new TransactionalContentUpdate { Subject = "Your receipt" });

        foreach (var content in new[] { fromArray, fromObject })
        {
            Assert.Equal((96L, "fr", TransactionalContentType.Email, "Your receipt", (long?)null), (content.Id, content.Language!, content.Type!.Value, content.Subject!, content.ReplyToId));
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1552341999), content.Updated);
        }
    }

    [Fact]
    public async Task A_template_is_read_with_its_settings_and_times()
    {
        var template = await TestAppClient.Create(new RecordingHandler().Enqueue(200, AppSamples.TransactionalTemplateAnswer)).Transactional.GetAsync(2);

        Assert.Equal(("password reset", true, false, true), (template.Name!, template.SendToUnsubscribed!.Value, template.LinkTracking!.Value, template.OpenTracking!.Value));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1552341937), template.CreatedAt);
    }

    [Fact]
    public async Task Message_filters_are_written_as_the_api_names_them()
    {
        var handler = new RecordingHandler().Enqueue(200, AppSamples.MessagesPage).Enqueue(200, AppSamples.MessagesPage);
        var client = TestAppClient.Create(handler);
        var start = DateTimeOffset.FromUnixTimeSeconds(1700000000);

        await ToListAsync(client.Newsletters.ListMessagesAsync(7, new NewsletterMessageListOptions { Metric = MessageMetric.Opened, Start = start, End = start.AddDays(1), TrackedResponses = true }, limit: 10));
        await ToListAsync(client.Transactional.ListMessagesAsync(3, new TransactionalMessageListOptions { State = TransactionalDeliveryState.Failed, Metric = MessageMetric.Bounced }));

        Assert.Equal(
            ["/v1/newsletters/7/messages?metric=opened&start_ts=1700000000&end_ts=1700086400&get_tracked_responses=true&limit=10", "/v1/transactional/3/messages?metric=bounced&state=failed"],
            handler.Requests.Select(r => r.PathAndQuery));
    }

    [Theory]
    [InlineData("hours", 25, "Steps must be 1 to 24 for hours.")]
    [InlineData("days", 46, "Steps must be 1 to 45 for days.")]
    [InlineData("weeks", 13, "Steps must be 1 to 12 for weeks.")]
    [InlineData("months", 122, "Steps must be 1 to 121 for months.")]
    [InlineData("months", 0, "Steps must be 1 to 121 for months.")]
    public async Task Steps_beyond_the_period_s_maximum_are_refused_before_sending(string period, int steps, string message)
    {
        var handler = new RecordingHandler();
        var client = TestAppClient.Create(handler);

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.Transactional.GetMetricsAsync(3, new PeriodMetricsOptions { Period = new MetricPeriod(period), Steps = steps }));

        Assert.Equal(("options.Steps", message + " (Parameter 'options.Steps')"), (error.ParameterName, error.Message));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task The_most_steps_of_each_period_are_sent_and_a_period_the_sdk_does_not_know_is_only_held_to_one()
    {
        var handler = new RecordingHandler().Enqueue(200, AppSamples.PeriodMetricsAnswer).Enqueue(200, AppSamples.PeriodMetricsAnswer);
        var client = TestAppClient.Create(handler);

        await client.Transactional.GetMetricsAsync(3, new PeriodMetricsOptions { Steps = 45 });
        await client.Transactional.GetMetricsAsync(3, new PeriodMetricsOptions { Period = new MetricPeriod("quarters"), Steps = 400 });

        Assert.Equal(["/v1/transactional/3/metrics?steps=45", "/v1/transactional/3/metrics?period=quarters&steps=400"], handler.Requests.Select(r => r.PathAndQuery));
    }

    public static TheoryData<NewsletterCreation, string, string> BadCreations => new()
    {
        { new NewsletterCreation("N", NewsletterType.Email, AudienceFilter.Segment(1)) { Body = "B" }, "body.Subject", "A email newsletter needs Subject." },
        { new NewsletterCreation("N", NewsletterType.Sms, AudienceFilter.Segment(1)), "body.Body", "A twilio newsletter needs Body." },
        { new NewsletterCreation("N", NewsletterType.InApp, AudienceFilter.Segment(1)) { BodyJson = "[1]" }, "body.BodyJson", "BodyJson must be a JSON object, as text." },
        { new NewsletterCreation("N", NewsletterType.Webhook, AudienceFilter.Segment(1)) { Body = "{}", RequestMethod = HttpMethod.Post }, "body.Url", "A webhook newsletter needs Url." },
        { new NewsletterCreation("N", NewsletterType.Webhook, AudienceFilter.Segment(1)) { Body = "{}", RequestMethod = HttpMethod.Head, Url = new Uri("https://x.test") }, "body.RequestMethod", "A webhook's method is DELETE, GET, POST, PUT or PATCH." },
        { new NewsletterCreation(new string('n', 191), NewsletterType.Sms, AudienceFilter.Segment(1)) { Body = "B" }, "body.Name", "A newsletter name is at most 190 characters." },
        { new NewsletterCreation("N", NewsletterType.Sms, AudienceFilter.Segment(1)) { Body = "B", From = "a@b.c", FromId = 1 }, "body.FromId", "Set From or FromId, not both." },
        { new NewsletterCreation("N", NewsletterType.Sms, AudienceFilter.Segment(1)) { Body = "B", SendNow = true, ScheduledAt = DateTimeOffset.UnixEpoch.AddYears(60) }, "body.ScheduledAt", "Set SendNow or ScheduledAt, not both." },
        { new NewsletterCreation("N", NewsletterType.Sms, AudienceFilter.Segment(1)) { Body = "B", RateLimit = new(0, TimeSpan.FromHours(1)) }, "body.RateLimit.Messages", "A rate limit allows at least 1 message per period." },
        { new NewsletterCreation("N", NewsletterType.Sms, AudienceFilter.Segment(1)) { Body = "B", RateLimit = new(5, TimeSpan.FromMinutes(2)) }, "body.RateLimit.Period", "A rate limit's period is one minute, one hour or one day." },
    };

    [Theory]
    [MemberData(nameof(BadCreations))]
    public async Task A_creation_that_breaks_a_documented_rule_is_refused_before_sending(NewsletterCreation creation, string parameter, string message)
    {
        var handler = new RecordingHandler();

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => TestAppClient.Create(handler).Newsletters.CreateAsync(creation));

        Assert.Equal((parameter, message + " (Parameter '" + parameter + "')"), (error.ParameterName, error.Message));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Schedules_headers_and_languages_are_checked_before_sending()
    {
        var handler = new RecordingHandler().Enqueue(200, AppSamples.NewsletterAnswer);
        var client = TestAppClient.Create(handler).Newsletters;
        var daily = NewsletterSchedule.At(DateTimeOffset.UnixEpoch.AddYears(60), "America/New_York");
        daily.MatchRecipientTimezone = true;
        daily.RateLimit = new(10, TimeSpan.FromDays(1));

        Assert.Equal("sendAt", Assert.Throws<CustomerIOValidationException>(() => NewsletterSchedule.At(DateTimeOffset.UnixEpoch, "UTC")).ParameterName);
        Assert.Equal("body.RateLimit", (await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.ScheduleAsync(7, daily))).ParameterName);
        var spaced = new NewsletterContentUpdate { Headers = new Dictionary<string, string> { ["X-Tag"] = "two words" } };
        Assert.Equal("Header names and values must be non-empty ASCII text without spaces. (Parameter 'body.Headers')",
            (await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.UpdateContentAsync(7, 45, spaced))).Message);
        Assert.Equal("body.Language", (await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.CreateLanguageAsync(7, new NewsletterLanguageCreation(" ")))).ParameterName);
        Assert.Empty(handler.Requests);

        await client.ScheduleAsync(7, NewsletterSchedule.Unschedule());
        Assert.Equal("""{"scheduled_at":0}""", handler.Single.Body);
    }

    [Fact]
    public async Task Sending_or_scheduling_a_newsletter_is_not_repeated_after_an_ambiguous_failure_but_a_read_is()
    {
        var handler = new RecordingHandler().Enqueue(503, "{}").Enqueue(503, "{}").Enqueue(503, "{}").Enqueue(200, AppSamples.NewsletterAnswer);
        var client = TestAppClient.Create(handler, o =>
        {
            o.Retry.BaseDelay = TimeSpan.FromTicks(1);
            o.Retry.MaxDelay = TimeSpan.FromTicks(1);
        }).Newsletters;

        Assert.Equal(503, (int)(await Assert.ThrowsAsync<CustomerIOApiException>(() => client.SendAsync(7))).StatusCode);
        Assert.Equal(503, (int)(await Assert.ThrowsAsync<CustomerIOApiException>(() => client.ScheduleAsync(7, NewsletterSchedule.Unschedule()))).StatusCode);
        Assert.Equal(2, handler.Requests.Count);

        Assert.Equal(128275L, (await client.GetAsync(7)).Id);
        Assert.Equal(4, handler.Requests.Count);
    }

    [Fact]
    public async Task A_mocked_newsletters_client_answers_with_factory_models()
    {
        var client = new FakeNewsletters();

        var sent = await client.SendAsync(7);
        var metrics = await client.GetMetricsAsync(7);

        Assert.Equal((7L, NewsletterType.Email), (sent.Id, sent.Type!.Value));
        Assert.Equal([3L], metrics.Get(MessageMetric.Sent));
        Assert.Equal([2L], AppModelFactory.LinkMetric(1, "https://x.test", [2]).Metric!.Get(MessageMetric.Clicked));
        Assert.Equal("fr", AppModelFactory.TransactionalContent(4, "fr").Language);
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

    private sealed class FakeNewsletters : NewslettersClient
    {
        public override Task<Newsletter> SendAsync(long newsletterId, NewsletterSend? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(AppModelFactory.Newsletter(newsletterId, "Weekly", NewsletterType.Email, sentAt: DateTimeOffset.UnixEpoch));

        public override Task<MetricSeries> GetMetricsAsync(long newsletterId, NewsletterMetricsOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(AppModelFactory.MetricSeries(new Dictionary<string, IReadOnlyList<long>> { ["sent"] = [3] }));
    }
}
