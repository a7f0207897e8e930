namespace CustomerIO.Pipelines;

/// <summary>The optional properties of a <c>Report Delivery Event</c> (<see cref="PipelinesSemanticEvents.ReportDeliveryEvent"/>).</summary>
public sealed class PipelinesDeliveryReport
{
    /// <summary>Who the message went to (<c>properties.recipient</c>): an email address, a phone number, a device token.</summary>
    public string? Recipient { get; set; }

    /// <summary>Why the metric happened, for failures and bounces (<c>properties.reason</c>).</summary>
    public string? Reason { get; set; }

    /// <summary>The value of the action taken, for an in-app message's button (<c>properties.actionValue</c>).</summary>
    public string? ActionValue { get; set; }

    /// <summary>The link clicked (<c>properties.href</c>).</summary>
    public string? Href { get; set; }

    /// <summary>The user the report is sent as, when there is one (the report needs none).</summary>
    public PipelinesUser? User { get; set; }

    /// <summary>Says which properties are set, never their values.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"PipelinesDeliveryReport(recipient {(Recipient is null ? "unset" : "set")}, reason {(Reason is null ? "unset" : "set")}, actionValue {(ActionValue is null ? "unset" : "set")}, href {(Href is null ? "unset" : "set")})";
}
