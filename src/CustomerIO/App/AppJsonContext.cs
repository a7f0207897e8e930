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
// Newsletters
[JsonSerializable(typeof(NewslettersPage))]
[JsonSerializable(typeof(NewsletterAnswer))]
[JsonSerializable(typeof(NewsletterContentsAnswer))]
[JsonSerializable(typeof(NewsletterContentAnswer))]
[JsonSerializable(typeof(NewsletterTestGroupsAnswer))]
[JsonSerializable(typeof(PeriodMetricsAnswer))]
[JsonSerializable(typeof(LinkPeriodMetricsAnswer))]
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
