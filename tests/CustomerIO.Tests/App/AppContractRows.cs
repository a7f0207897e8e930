using CustomerIO.App;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.App;

/// <summary>The contract rows written by hand (sends and triggers), beside the generated ones, and what both share.</summary>
internal static partial class AppContractRows
{
    public const string SendAnswer = """{"delivery_id":"dlv_1","queued_at":1700000000}""";

    /// <summary>Every row: the generated ones and the hand-written ones.</summary>
    public static readonly WireTable<AppClient> Table = new(
        (handler, configure) => TestAppClient.Create(handler, o => configure(o)),
        [.. Generated(), .. Hand(), .. CampaignsHand(), .. PeopleHand()]);

    /// <summary>Requests a list's first page only (the row's request), as a call would.</summary>
    public static async Task FirstPageAsync<T>(CustomerIOPageable<T> list)
    {
        await using var pages = list.AsPages().GetAsyncEnumerator();
        await pages.MoveNextAsync();
    }

    private static IEnumerable<WireRow<AppClient>> Hand() =>
    [
        Send(
            "Transactional.SendEmailAsync",
            c => c.Transactional.SendEmailAsync(new TransactionalEmail(12, "ann@example.com", CustomerIdentifier.Id("42"))
            {
                MessageData = new Dictionary<string, object?> { ["code"] = "1234" },
                Cc = "bo@example.com",
                Attachments = new EmailAttachments().Add("a.txt", "hi"u8.ToArray()),
            }),
            "/v1/send/email",
            """{"transactional_message_id":12,"identifiers":{"id":"42"},"message_data":{"code":"1234"},"to":"ann@example.com","cc":"bo@example.com","attachments":{"a.txt":"aGk="}}"""),
        Send(
            "Transactional.SendPushAsync",
            c => c.Transactional.SendPushAsync(new TransactionalPush("welcome", CustomerIdentifier.Email("ann@example.com")) { Title = "Hi", To = "last_used" }),
            "/v1/send/push",
            """{"transactional_message_id":"welcome","identifiers":{"email":"ann@example.com"},"to":"last_used","title":"Hi"}"""),
        Send(
            "Transactional.SendSmsAsync",
            c => c.Transactional.SendSmsAsync(new TransactionalSms(3, "+15551234567", CustomerIdentifier.CioId("a1")) { Tracked = false }),
            "/v1/send/sms",
            """{"transactional_message_id":3,"identifiers":{"cio_id":"a1"},"to":"+15551234567","tracked":false}"""),
        Send(
            "Transactional.SendWhatsAppAsync",
            c => c.Transactional.SendWhatsAppAsync(new TransactionalWhatsApp(4, "+15551234567", "42") { From = "+15550000000" }),
            "/v1/send/whatsapp",
            """{"transactional_message_id":4,"identifiers":{"id":"42"},"to":"+15551234567","from":"+15550000000"}"""),
        Send(
            "Transactional.SendInAppAsync",
            c => c.Transactional.SendInAppAsync(new TransactionalInApp(5, "42") { Language = "fr", QueueDraft = true }),
            "/v1/send/in_app",
            """{"transactional_message_id":5,"identifiers":{"id":"42"},"language":"fr","queue_draft":true}"""),
        Send(
            "Transactional.SendInboxMessageAsync",
            c => c.Transactional.SendInboxMessageAsync(new TransactionalInboxMessage(6, "42") { SendAt = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), DisableMessageRetention = true, SendToUnsubscribed = false, AutoCreate = true }),
            "/v1/send/inbox_message",
            """{"transactional_message_id":6,"identifiers":{"id":"42"},"send_at":1700000000,"disable_message_retention":true,"send_to_unsubscribed":false,"auto_create":true}"""),
        new(
            "Customers.FindByEmailAsync",
            c => c.Customers.FindByEmailAsync("ann+shop@example.com"),
            "GET", "/v1/customers?email=ann%2Bshop%40example.com", null, "/v1/customers", true)
        {
            Api = WireApi.App,
            Answer = (200, """{"results":[{"id":"42","email":"ann+shop@example.com","cio_id":"a1"}]}"""),
        },
        new(
            "Broadcasts.TriggerAsync",
            c => c.Broadcasts.TriggerAsync(7, new BroadcastTrigger { Audience = BroadcastAudience.Ids(["1", "2"]), Data = new Dictionary<string, object?> { ["headline"] = "Hi" }, IdIgnoreMissing = true }),
            "POST", "/v1/campaigns/7/triggers", """{"data":{"headline":"Hi"},"ids":["1","2"],"id_ignore_missing":true}""", "/v1/campaigns/{broadcast_id}/triggers", false)
        {
            Api = WireApi.App,
            Answer = (200, """{"id":99}"""),
        },
        new(
            "Newsletters.SendAsync",
            c => c.Newsletters.SendAsync(7),
            "POST", "/v1/newsletters/7/send", null, "/v1/newsletters/{newsletter_id}/send", false)
        {
            Api = WireApi.App,
            Answer = (200, AppSamples.NewsletterAnswer),
        },
        new(
            "Newsletters.SendAsync(rate limit)",
            c => c.Newsletters.SendAsync(7, new NewsletterSend { RateLimit = new(1000, TimeSpan.FromHours(1)), SpreadEvenly = true }),
            "POST", "/v1/newsletters/7/send", """{"rate_limit_spread":true,"rate_limit_email_rate":1000,"rate_limit_time_period":3600}""", "/v1/newsletters/{newsletter_id}/send", false)
        {
            Api = WireApi.App,
            Answer = (200, AppSamples.NewsletterAnswer),
        },
    ];

    private static WireRow<AppClient> Send(string name, Func<AppClient, Task> call, string path, string body) =>
        new(name, call, "POST", path, body, path, false) { Api = WireApi.App, Answer = (200, SendAnswer) };
}
