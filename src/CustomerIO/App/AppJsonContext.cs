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
internal sealed partial class AppJsonContext : JsonSerializerContext
{
    /// <summary>The context the App client uses: like <see cref="Default"/>, with non-ASCII text kept as UTF-8.</summary>
    public static AppJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
