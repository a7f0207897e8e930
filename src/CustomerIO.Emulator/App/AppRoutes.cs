using CustomerIO.Emulator.App.Broadcasts;
using CustomerIO.Emulator.App.Exports;
using CustomerIO.Emulator.App.Newsletters;
using CustomerIO.Emulator.App.Reads;
using CustomerIO.Emulator.App.Sends;
using CustomerIO.Emulator.App.Transactional;
using CustomerIO.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CustomerIO.Emulator.App;

/// <summary>Every emulated App API route in one table; the catalog fallback answers the paths no route took.</summary>
internal static class AppRoutes
{
    public static void MapAppApi(this IEndpointRouteBuilder endpoints, EmulatorRuntime runtime)
    {
        var v1 = endpoints.MapGroup(AppApiModule.Prefix);
        var sends = new TransactionalSendHandlers(runtime);
        foreach (var (channel, path) in TransactionalSendHandlers.Routes)
        {
            v1.MapPost("/send/" + path, sends.For(channel, path));
        }

        var triggers = new BroadcastTriggerHandlers(runtime);
        v1.MapPost("/campaigns/{broadcast_id}/triggers", triggers.Endpoint);
        v1.MapGet("/campaigns/{broadcast_id}/triggers/{trigger_id}/errors", Reply.Handler(triggers.TriggerErrors));

        var customers = new CustomerReadHandlers(runtime.State);
        v1.MapGet("/customers", Reply.Handler(customers.ByEmail));
        v1.MapGet("/customers/{customer_id}/attributes", Reply.Handler(customers.Attributes));
        v1.MapGet("/customers/{customer_id}/messages", Reply.Handler(customers.Messages));
        v1.MapGet("/customers/{customer_id}/activities", Reply.Handler(customers.Activities));
        v1.MapGet("/customers/{customer_id}/subscription_preferences", Reply.Handler(customers.SubscriptionPreferences));
        v1.MapGet("/activities", Reply.Handler(customers.AllActivities));
        var search = new CustomerSearchHandlers(runtime.State);
        v1.MapPost("/customers", search.Search);
        v1.MapGet("/customers/{customer_id}/segments", Reply.Handler(search.Segments));

        var segments = new SegmentReadHandlers(runtime.State);
        v1.MapGet("/segments", Reply.Handler(segments.List));
        v1.MapPost("/segments", segments.Create);
        v1.MapGet("/segments/{segment_id}", Reply.Handler(segments.One));
        v1.MapDelete("/segments/{segment_id}", Reply.Handler(segments.Delete));
        v1.MapGet("/segments/{segment_id}/customer_count", Reply.Handler(segments.CustomerCount));
        v1.MapGet("/segments/{segment_id}/membership", Reply.Handler(segments.Membership));

        var messages = new MessageReadHandlers(runtime.State);
        v1.MapGet("/messages", Reply.Handler(messages.List));
        v1.MapGet("/messages/{message_id}", Reply.Handler(messages.One));
        v1.MapGet("/transactional/{transactional_id}/messages", Reply.Handler(messages.OfTransactional));

        var exports = new ExportHandlers(runtime);
        v1.MapPost("/exports/customers", exports.CreateCustomers);
        v1.MapGet("/exports", Reply.Handler(exports.List));
        v1.MapGet("/exports/{export_id}", Reply.Handler(exports.One));
        v1.MapGet("/exports/{export_id}/download", Reply.Handler(exports.Download));
        endpoints.MapGet(ExportHandlers.FileRoute, exports.File);

        // Newsletters
        var newsletterStore = new NewsletterStore(runtime.State);
        var newsletterSender = new NewsletterSender(runtime.State, newsletterStore);
        var newsletters = new NewsletterHandlers(runtime.State, newsletterStore, newsletterSender);
        var newsletterLanguages = new NewsletterLanguageHandlers(runtime.State, newsletterStore, newsletters);
        var newsletterSends = new NewsletterSendHandlers(runtime.State, newsletterStore, newsletterSender, newsletters);
        v1.MapGet("/newsletters", Reply.Handler(newsletters.List));
        v1.MapPost("/newsletters", newsletters.Create);
        v1.MapGet("/newsletters/{newsletter_id}", Reply.Handler(newsletters.One));
        v1.MapDelete("/newsletters/{newsletter_id}", Reply.Handler(newsletters.Delete));
        v1.MapGet("/newsletters/{newsletter_id}/contents", Reply.Handler(newsletters.Contents));
        v1.MapGet("/newsletters/{newsletter_id}/contents/{content_id}", Reply.Handler(newsletters.Content));
        v1.MapPut("/newsletters/{newsletter_id}/contents/{content_id}", newsletters.UpdateContent);
        v1.MapGet("/newsletters/{newsletter_id}/contents/{content_id}/metrics", Reply.Handler(newsletterSends.ContentMetrics));
        v1.MapGet("/newsletters/{newsletter_id}/contents/{content_id}/metrics/links", Reply.Handler(newsletterSends.ContentLinkMetrics));
        v1.MapGet("/newsletters/{newsletter_id}/metrics", Reply.Handler(newsletterSends.Metrics));
        v1.MapGet("/newsletters/{newsletter_id}/metrics/links", Reply.Handler(newsletterSends.LinkMetrics));
        v1.MapGet("/newsletters/{newsletter_id}/messages", Reply.Handler(newsletterSends.Messages));
        v1.MapPost("/newsletters/{newsletter_id}/send", newsletterSends.Send);
        v1.MapPost("/newsletters/{newsletter_id}/schedule", newsletterSends.Schedule);
        v1.MapPost("/newsletters/{newsletter_id}/language", newsletterLanguages.Create);
        v1.MapGet("/newsletters/{newsletter_id}/language/{language}", Reply.Handler(newsletterLanguages.Get));
        v1.MapPut("/newsletters/{newsletter_id}/language/{language}", newsletterLanguages.Update);
        v1.MapDelete("/newsletters/{newsletter_id}/language/{language}", Reply.Handler(newsletterLanguages.Delete));
        v1.MapGet("/newsletters/{newsletter_id}/test_groups", Reply.Handler(newsletterLanguages.TestGroups));
        v1.MapPost("/newsletters/{newsletter_id}/test_groups", Reply.Handler(newsletterLanguages.AddTestGroup));
        v1.MapPost("/newsletters/{newsletter_id}/test_group/{test_group_id}/language", newsletterLanguages.CreateInGroup);
        v1.MapGet("/newsletters/{newsletter_id}/test_group/{test_group_id}/language/{language}", Reply.Handler(newsletterLanguages.GetInGroup));
        v1.MapPut("/newsletters/{newsletter_id}/test_group/{test_group_id}/language/{language}", newsletterLanguages.UpdateInGroup);
        v1.MapDelete("/newsletters/{newsletter_id}/test_group/{test_group_id}/language/{language}", Reply.Handler(newsletterLanguages.DeleteInGroup));

        // Transactional templates (their messages are routed with the message reads above)
        var templates = new TransactionalTemplateHandlers(runtime.State, new TransactionalTemplateStore(runtime.State));
        v1.MapGet("/transactional", Reply.Handler(templates.List));
        v1.MapGet("/transactional/{transactional_id}", Reply.Handler(templates.One));
        v1.MapGet("/transactional/{transactional_id}/contents", Reply.Handler(templates.Contents));
        v1.MapGet("/transactional/{transactional_id}/language/{language}", Reply.Handler(templates.Language));
        v1.MapPut("/transactional/{transactional_id}/language/{language}", templates.UpdateLanguage);
        v1.MapPut("/transactional/{transactional_id}/content/{content_id}", templates.UpdateContent);
        v1.MapGet("/transactional/{transactional_id}/metrics", Reply.Handler(templates.Metrics));
        v1.MapGet("/transactional/{transactional_id}/metrics/links", Reply.Handler(templates.LinkMetrics));

        endpoints.Map("/app/{**rest}", Reply.Handler(AppApiModule.NotEmulated));
    }
}
