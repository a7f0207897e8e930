using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>
/// The App API's source-generated JSON: request bodies (written with the SDK's writer settings) and answers (unknown
/// fields ignored, since the API grows). Trimming- and AOT-safe.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SegmentsAnswer))]
[JsonSerializable(typeof(SegmentAnswer))]
[JsonSerializable(typeof(SegmentCountAnswer))]
[JsonSerializable(typeof(SegmentMembershipPage))]
[JsonSerializable(typeof(SegmentCreation))]
[JsonSerializable(typeof(CustomerSearch))]
[JsonSerializable(typeof(CustomerSearchPage))]
[JsonSerializable(typeof(MessagesPage))]
[JsonSerializable(typeof(MessageAnswer))]
[JsonSerializable(typeof(BroadcastTriggerErrorsPage))]
[JsonSerializable(typeof(BroadcastTriggerResult))]
[JsonSerializable(typeof(TransactionalSendResult))]
[JsonSerializable(typeof(ActivitiesPage))]
[JsonSerializable(typeof(CustomersByEmailAnswer))]
[JsonSerializable(typeof(SubscriptionPreferencesAnswer))]
[JsonSerializable(typeof(ExportsAnswer))]
[JsonSerializable(typeof(ExportAnswer))]
[JsonSerializable(typeof(ExportDownload))]
[JsonSerializable(typeof(CustomersExport))]
// Campaigns, Broadcasts (their actions and metrics), Messages' archived copy, Exports' deliveries export, Segments' usage
[JsonSerializable(typeof(CampaignsAnswer))]
[JsonSerializable(typeof(CampaignAnswer))]
[JsonSerializable(typeof(ActionsPage))]
[JsonSerializable(typeof(ActionAnswer))]
[JsonSerializable(typeof(ActionUpdate))]
[JsonSerializable(typeof(MetricsReport))]
[JsonSerializable(typeof(LinkMetricsAnswer))]
[JsonSerializable(typeof(JourneyMetricsAnswer))]
[JsonSerializable(typeof(BroadcastsAnswer))]
[JsonSerializable(typeof(BroadcastAnswer))]
[JsonSerializable(typeof(BroadcastTriggersAnswer))]
[JsonSerializable(typeof(BroadcastTriggerStatusAnswer))]
[JsonSerializable(typeof(ArchivedMessageAnswer))]
[JsonSerializable(typeof(DeliveriesExport))]
[JsonSerializable(typeof(SegmentUsage))]
// DesignStudio
[JsonSerializable(typeof(DesignStudioFoldersPage))]
[JsonSerializable(typeof(DesignStudioFolderAnswer))]
[JsonSerializable(typeof(DesignStudioFolderCreation))]
[JsonSerializable(typeof(DesignStudioFolderChanges))]
[JsonSerializable(typeof(DesignStudioComponentsPage))]
[JsonSerializable(typeof(DesignStudioComponentAnswer))]
[JsonSerializable(typeof(DesignStudioComponentCreation))]
[JsonSerializable(typeof(DesignStudioComponentChanges))]
[JsonSerializable(typeof(DesignStudioEmailsPage))]
[JsonSerializable(typeof(DesignStudioEmailAnswer))]
[JsonSerializable(typeof(DesignStudioEmailCreation))]
[JsonSerializable(typeof(DesignStudioEmailChanges))]
[JsonSerializable(typeof(DesignStudioEmailTranslationsAnswer))]
[JsonSerializable(typeof(DesignStudioEmailTranslationAnswer))]
[JsonSerializable(typeof(DesignStudioEmailTranslationCreation))]
[JsonSerializable(typeof(DesignStudioEmailTranslationChanges))]
// Assets
[JsonSerializable(typeof(AssetFilesPage))]
[JsonSerializable(typeof(AssetFileAnswer))]
[JsonSerializable(typeof(AssetFileChanges))]
[JsonSerializable(typeof(AssetFoldersPage))]
[JsonSerializable(typeof(AssetFolderAnswer))]
[JsonSerializable(typeof(AssetFolderCreation))]
[JsonSerializable(typeof(AssetFolderChanges))]
// Collections
[JsonSerializable(typeof(CollectionsAnswer))]
[JsonSerializable(typeof(CollectionAnswer))]
[JsonSerializable(typeof(CollectionCreation))]
[JsonSerializable(typeof(CollectionChanges))]
[JsonSerializable(typeof(CollectionContent))]
[JsonSerializable(typeof(CollectionContentReplacement))]
// Snippets
[JsonSerializable(typeof(SnippetsAnswer))]
[JsonSerializable(typeof(SnippetAnswer))]
[JsonSerializable(typeof(SnippetDefinition))]
// ReportingWebhooks
[JsonSerializable(typeof(ReportingWebhooksAnswer))]
[JsonSerializable(typeof(ReportingWebhook))]
[JsonSerializable(typeof(ReportingWebhookDefinition))]
// SenderIdentities
[JsonSerializable(typeof(SenderIdentitiesPage))]
[JsonSerializable(typeof(SenderIdentityAnswer))]
[JsonSerializable(typeof(SenderIdentityUsage))]
// Customers (attributes, relationships), Objects, EmailSuppressions, LiveNotifications, SubscriptionCenter, Imports,
// DataIndex, Workspaces, OptOuts, Info
[JsonSerializable(typeof(CustomerAttributesAnswer))]
[JsonSerializable(typeof(CustomersAttributesAnswer))]
[JsonSerializable(typeof(CustomerAttributesLookup))]
[JsonSerializable(typeof(CustomerRelationshipsPage))]
[JsonSerializable(typeof(ObjectTypesAnswer))]
[JsonSerializable(typeof(ObjectSearch))]
[JsonSerializable(typeof(ObjectSearchPage))]
[JsonSerializable(typeof(ObjectAttributesAnswer))]
[JsonSerializable(typeof(ObjectRelationshipsPage))]
[JsonSerializable(typeof(EmailSuppressionSearch))]
[JsonSerializable(typeof(SuppressionsPage))]
[JsonSerializable(typeof(DomainSuppressionsPage))]
[JsonSerializable(typeof(LiveNotificationStart))]
[JsonSerializable(typeof(LiveNotificationUpdate))]
[JsonSerializable(typeof(LiveNotificationEnd))]
[JsonSerializable(typeof(LiveNotificationAnswer))]
[JsonSerializable(typeof(LiveNotification))]
[JsonSerializable(typeof(SubscriptionTopicsAnswer))]
[JsonSerializable(typeof(SubscriptionChannelsAnswer))]
[JsonSerializable(typeof(SubscriptionCenterToken))]
[JsonSerializable(typeof(CsvImport))]
[JsonSerializable(typeof(ImportAnswer))]
[JsonSerializable(typeof(DataIndexAttributes))]
[JsonSerializable(typeof(DataIndexEvents))]
[JsonSerializable(typeof(WorkspacesAnswer))]
[JsonSerializable(typeof(OptOutsPage))]
[JsonSerializable(typeof(IpAddressesAnswer))]
// Newsletters
[JsonSerializable(typeof(NewslettersPage))]
[JsonSerializable(typeof(NewsletterAnswer))]
[JsonSerializable(typeof(NewsletterContentsAnswer))]
[JsonSerializable(typeof(NewsletterContentAnswer))]
[JsonSerializable(typeof(NewsletterTestGroupsAnswer))]
[JsonSerializable(typeof(PeriodMetricsAnswer))]
[JsonSerializable(typeof(NewsletterCreation))]
[JsonSerializable(typeof(NewsletterSend))]
[JsonSerializable(typeof(NewsletterSchedule))]
[JsonSerializable(typeof(NewsletterLanguageCreation))]
[JsonSerializable(typeof(NewsletterContentUpdate))]
// Transactional templates
[JsonSerializable(typeof(TransactionalTemplatesAnswer))]
[JsonSerializable(typeof(TransactionalTemplateAnswer))]
[JsonSerializable(typeof(TransactionalContentsAnswer))]
[JsonSerializable(typeof(TransactionalContentAnswer))]
[JsonSerializable(typeof(TransactionalContent))]
[JsonSerializable(typeof(IReadOnlyList<TransactionalContent>))]
[JsonSerializable(typeof(TransactionalContentUpdate))]
internal sealed partial class AppJsonContext : JsonSerializerContext
{
    /// <summary>The context the App client uses: like <see cref="Default"/>, with non-ASCII text kept as UTF-8.</summary>
    public static AppJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
