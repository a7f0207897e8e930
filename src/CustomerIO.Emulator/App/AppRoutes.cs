using CustomerIO.Emulator.App.Assets;
using CustomerIO.Emulator.App.Broadcasts;
using CustomerIO.Emulator.App.Campaigns;
using CustomerIO.Emulator.App.Collections;
using CustomerIO.Emulator.App.DesignStudio;
using CustomerIO.Emulator.App.Customers;
using CustomerIO.Emulator.App.DataIndex;
using CustomerIO.Emulator.App.EmailSuppressions;
using CustomerIO.Emulator.App.Imports;
using CustomerIO.Emulator.App.Info;
using CustomerIO.Emulator.App.LiveNotifications;
using CustomerIO.Emulator.App.Objects;
using CustomerIO.Emulator.App.OptOuts;
using CustomerIO.Emulator.App.SubscriptionCenter;
using CustomerIO.Emulator.App.Workspaces;
using CustomerIO.Emulator.App.Exports;
using CustomerIO.Emulator.App.Newsletters;
using CustomerIO.Emulator.App.Reads;
using CustomerIO.Emulator.App.ReportingWebhooks;
using CustomerIO.Emulator.App.Resources;
using CustomerIO.Emulator.App.Sends;
using CustomerIO.Emulator.App.SenderIdentities;
using CustomerIO.Emulator.App.Snippets;
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
        v1.MapGet("/campaigns/{broadcast_id}/triggers/{trigger_id}", Reply.Handler(triggers.TriggerStatus));
        v1.MapGet("/broadcasts/{broadcast_id}/triggers", Reply.Handler(triggers.Triggers));

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
        v1.MapGet("/messages/{message_id}/archived_message", Reply.Handler(messages.Archived));
        v1.MapGet("/transactional/{transactional_id}/messages", Reply.Handler(messages.OfTransactional));

        var exports = new ExportHandlers(runtime);
        v1.MapPost("/exports/customers", exports.CreateCustomers);
        v1.MapPost("/exports/deliveries", exports.CreateDeliveries);
        v1.MapGet("/exports", Reply.Handler(exports.List));
        v1.MapGet("/exports/{export_id}", Reply.Handler(exports.One));
        v1.MapGet("/exports/{export_id}/download", Reply.Handler(exports.Download));
        endpoints.MapGet(ExportHandlers.FileRoute, exports.File);

        // Campaigns and broadcasts (their reads, actions, languages, metrics and messages share one set of handlers),
        // and the segment usage they answer.
        CampaignResources.Define(runtime.State);
        CampaignJourneys.Start(runtime.State);
        foreach (var (parent, root, id) in new[] { (ParentKind.Campaign, "/campaigns", "{campaign_id}"), (ParentKind.Broadcast, "/broadcasts", "{broadcast_id}") })
        {
            var reads = new ParentReadHandlers(runtime.State, parent);
            var updates = new ParentUpdateHandlers(runtime.State, parent, reads);
            var metrics = new MetricsHandlers(runtime.State, parent, reads);
            var one = root + "/" + id;
            var action = one + "/actions/{action_id}";
            v1.MapGet(root, Reply.Handler(reads.List));
            v1.MapGet(one, Reply.Handler(reads.One));
            v1.MapGet(one + "/actions", Reply.Handler(reads.ListActions));
            v1.MapGet(action, Reply.Handler(reads.Action));
            v1.MapPut(action, updates.UpdateAction);
            v1.MapGet(action + "/language/{language}", Reply.Handler(reads.Language));
            v1.MapPut(action + "/language/{language}", updates.UpdateLanguage);
            v1.MapGet(one + "/messages", Reply.Handler(reads.Messages));
            v1.MapGet(one + "/metrics", Reply.Handler(metrics.Metrics));
            v1.MapGet(one + "/metrics/links", Reply.Handler(metrics.Links));
            v1.MapGet(action + "/metrics", Reply.Handler(metrics.ActionMetrics));
            v1.MapGet(action + "/metrics/links", Reply.Handler(metrics.ActionLinks));
            if (parent == ParentKind.Campaign)
            {
                v1.MapGet(one + "/journey_metrics", Reply.Handler(metrics.Journey));
            }
        }

        v1.MapGet("/segments/{segment_id}/used_by", Reply.Handler(new SegmentUsageHandler(runtime.State).UsedBy));
        // Sender identities (before Design Studio, whose envelopes name them)
        var senders = new SenderIdentityResources(runtime.State);
        v1.MapGet("/sender_identities", Reply.Handler(senders.List));
        v1.MapGet("/sender_identities/{id}", Reply.Handler(senders.Handlers.Get));
        v1.MapGet("/sender_identities/{id}/used_by", Reply.Handler(senders.UsedBy));

        // Design Studio
        var studio = new DesignStudioResources(runtime.State);
        var languages = new DesignStudioLanguageHandlers(runtime.State, studio);
        studio.EmailDeleted = languages.OnEmailDeleted;
        v1.MapResource("/design_studio/folders", studio.Folders, context => studio.List(studio.Folders, context));
        v1.MapResource("/design_studio/components", studio.Components, context => studio.List(studio.Components, context));
        v1.MapResource("/design_studio/emails", studio.Emails, context => studio.List(studio.Emails, context));
        v1.MapGet("/design_studio/emails/{email_id}/languages", Reply.Handler(languages.List));
        v1.MapPost("/design_studio/emails/{email_id}/languages", languages.Create);
        v1.MapGet("/design_studio/emails/{email_id}/languages/{language}", Reply.Handler(languages.Get));
        v1.MapPut("/design_studio/emails/{email_id}/languages/{language}", languages.Update);
        v1.MapDelete("/design_studio/emails/{email_id}/languages/{language}", Reply.Handler(languages.Delete));

        // Assets
        var assets = new AssetResources(runtime.State);
        v1.MapGet("/assets", Reply.Handler(assets.Files.List));
        v1.MapPost("/assets/files", assets.Upload);
        v1.MapGet("/assets/files/{id}", Reply.Handler(assets.Files.Get));
        v1.MapPut("/assets/files/{id}", assets.Files.Update);
        v1.MapDelete("/assets/files/{id}", Reply.Handler(assets.Files.Delete));
        v1.MapResource("/assets/folders", assets.Folders);

        // Collections
        var collections = new CollectionResources(runtime.State);
        v1.MapResource("/collections", collections.Handlers);
        v1.MapGet("/collections/{id}/content", Reply.Handler(collections.Content));
        v1.MapPut("/collections/{id}/content", collections.ReplaceContent);

        // Snippets
        var snippets = new SnippetResources(runtime.State);
        v1.MapGet("/snippets", Reply.Handler(snippets.Handlers.List));
        v1.MapPost("/snippets", snippets.Handlers.Create);
        v1.MapPut("/snippets", snippets.Upsert);
        v1.MapDelete("/snippets/{name}", Reply.Handler(snippets.Delete));

        // Reporting webhooks
        v1.MapResource("/reporting_webhooks", ReportingWebhookResources.Handlers(runtime.State));
        // Customers (profiles of many, relationships)
        var profiles = new CustomerProfileHandlers(runtime.State);
        v1.MapPost("/customers/attributes", profiles.ManyAttributes);
        v1.MapGet("/customers/{customer_id}/relationships", Reply.Handler(profiles.Relationships));

        // Objects
        var objects = new ObjectHandlers(runtime.State);
        v1.MapGet("/object_types", Reply.Handler(objects.Types));
        v1.MapPost("/objects", objects.Find);
        v1.MapGet("/objects/{object_type_id}/{object_id}/attributes", Reply.Handler(objects.Attributes));
        v1.MapGet("/objects/{object_type_id}/{object_id}/relationships", Reply.Handler(objects.Relationships));

        // EmailSuppressions
        var suppressions = new SuppressionHandlers(runtime.State);
        v1.MapGet("/esp/search_suppression/{email}", Reply.Handler(suppressions.Search));
        v1.MapGet("/esp/suppression/{suppression_type}", Reply.Handler(suppressions.List));
        v1.MapGet("/esp/domains/{domain_name}/suppression/{suppression_type}", Reply.Handler(suppressions.ListForDomain));
        v1.MapPost("/esp/suppression/{suppression_type}/{email}", Reply.Handler(suppressions.Create));
        v1.MapDelete("/esp/suppression/{suppression_type}/{email}", Reply.Handler(suppressions.Delete));

        // LiveNotifications
        var live = new LiveNotificationHandlers(runtime.State);
        v1.MapPost("/live_notifications/start", live.Start);
        v1.MapPost("/live_notifications/update", live.Update);
        v1.MapPost("/live_notifications/end", live.End);
        v1.MapGet("/live_notifications/{instance_id}", Reply.Handler(live.Get));

        // SubscriptionCenter
        var center = new SubscriptionCenterHandlers(runtime.State);
        v1.MapGet("/subscription_topics", Reply.Handler(center.ListTopics));
        v1.MapGet("/subscription_channels", Reply.Handler(center.ListChannels));
        v1.MapGet("/subscription_center/{customer_id}/token", Reply.Handler(center.Token));

        // Imports
        var imports = new ImportHandlers(runtime.State);
        v1.MapPost("/imports", imports.Create);
        v1.MapGet("/imports/{import_id}", Reply.Handler(imports.Get));

        // DataIndex, Workspaces, OptOuts, Info
        var dataIndex = new DataIndexHandlers(runtime.State);
        v1.MapPost("/data_index/attributes", dataIndex.Attributes);
        v1.MapPost("/data_index/events", dataIndex.Events);
        v1.MapGet("/workspaces", Reply.Handler(new WorkspaceHandlers(runtime.State).List));
        v1.MapGet("/optouts", Reply.Handler(new OptOutHandlers(runtime.State).List));
        v1.MapGet("/info/ip_addresses", Reply.Handler(new InfoHandlers(runtime.State).IpAddresses));
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
