using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>
/// An export of the deliveries of one newsletter, campaign, transactional message or action
/// (<c>POST /v1/exports/deliveries</c>): made with <see cref="OfNewsletter"/>, <see cref="OfCampaign"/>,
/// <see cref="OfTransactionalMessage"/> or <see cref="OfAction"/>, so exactly one source is named.
/// </summary>
public sealed class DeliveriesExport : IAppBody
{
    private DeliveriesExport()
    {
    }

    /// <summary>The newsletter exported.</summary>
    [JsonPropertyName("newsletter_id")]
    public long? NewsletterId { get; private set; }

    /// <summary>The campaign exported.</summary>
    [JsonPropertyName("campaign_id")]
    public long? CampaignId { get; private set; }

    /// <summary>The transactional message exported.</summary>
    [JsonPropertyName("transactional_message_id")]
    public long? TransactionalMessageId { get; private set; }

    /// <summary>The action exported.</summary>
    [JsonPropertyName("action_id")]
    public long? ActionId { get; private set; }

    /// <summary>Only this message template (content) of the source.</summary>
    [JsonPropertyName("template_id")]
    public long? TemplateId { get; set; }

    /// <summary>Only deliveries that reached this metric.</summary>
    [JsonPropertyName("metric")]
    public MessageMetric? Metric { get; set; }

    /// <summary>Include drafts beside sent messages.</summary>
    [JsonPropertyName("drafts")]
    public bool? Drafts { get; set; }

    /// <summary>The start of the exported range.</summary>
    [JsonPropertyName("start"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Start { get; set; }

    /// <summary>The end of the exported range.</summary>
    [JsonPropertyName("end"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? End { get; set; }

    /// <summary>Recipient attributes to add as columns (not event or trigger properties).</summary>
    [JsonPropertyName("attributes")]
    public IReadOnlyList<string>? Attributes { get; set; }

    /// <summary>The deliveries of a newsletter.</summary>
    /// <param name="newsletterId">The newsletter's id.</param>
    /// <returns>The export to start.</returns>
    public static DeliveriesExport OfNewsletter(long newsletterId) => new() { NewsletterId = newsletterId };

    /// <summary>The deliveries of a campaign.</summary>
    /// <param name="campaignId">The campaign's id.</param>
    /// <returns>The export to start.</returns>
    public static DeliveriesExport OfCampaign(long campaignId) => new() { CampaignId = campaignId };

    /// <summary>The deliveries of a transactional message.</summary>
    /// <param name="transactionalMessageId">The transactional message's id.</param>
    /// <returns>The export to start.</returns>
    public static DeliveriesExport OfTransactionalMessage(long transactionalMessageId) => new() { TransactionalMessageId = transactionalMessageId };

    /// <summary>The deliveries of one action of a campaign or broadcast.</summary>
    /// <param name="actionId">The action's id.</param>
    /// <returns>The export to start.</returns>
    public static DeliveriesExport OfAction(long actionId) => new() { ActionId = actionId };

    void IAppBody.Validate(string parameterName)
    {
        if (Start is { } start && End is { } end && end < start)
        {
            throw new CustomerIOValidationException(parameterName + ".End", "A deliveries export's range must not end before it starts.");
        }

        foreach (var attribute in Attributes ?? [])
        {
            Validation.Guard.Text(attribute, parameterName + ".Attributes", CustomerIOLimits.MaxAttributeNameBytes, "attribute name");
        }
    }
}
