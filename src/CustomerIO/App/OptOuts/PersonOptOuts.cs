using System.Text.Json.Serialization;
using CustomerIO.Paging;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>A person and the senders they opted out of, per channel (SMS, WhatsApp).</summary>
public sealed class PersonOptOuts
{
    [JsonConstructor]
    internal PersonOptOuts()
    {
    }

    /// <summary>The person's id.</summary>
    [JsonInclude, JsonPropertyName("customer_id"), JsonConverter(typeof(LenientStringJsonConverter))]
    public string? CustomerId { get; internal set; }

    /// <summary>The person's Customer.io id.</summary>
    [JsonInclude, JsonPropertyName("cio_id"), JsonConverter(typeof(LenientStringJsonConverter))]
    public string? CioId { get; internal set; }

    /// <summary>Each sender the person opted out of, on its channel.</summary>
    [JsonInclude, JsonPropertyName("optouts")]
    public IReadOnlyList<OptOut>? OptOuts { get; internal set; }
}

/// <summary>One opt-out: a sender on a channel.</summary>
public sealed class OptOut
{
    [JsonConstructor]
    internal OptOut()
    {
    }

    /// <summary>The channel.</summary>
    [JsonInclude, JsonPropertyName("channel")]
    public OptOutChannel? Channel { get; internal set; }

    /// <summary>The sender: a phone number (E.164), an alphanumeric sender id or a messaging-service SID.</summary>
    [JsonInclude, JsonPropertyName("from")]
    public string? From { get; internal set; }
}

/// <summary>Filters of <c>GET /v1/optouts</c>.</summary>
public sealed class OptOutListOptions : IAppQuery
{
    /// <summary>Only the opt-outs of this sender.</summary>
    public string? From { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query) => AppQuery.Add(query, "from", From);
}

/// <summary><c>{"optouts":[..],"next":".."}</c>.</summary>
internal sealed class OptOutsPage : ICursorPage<PersonOptOuts>
{
    [JsonPropertyName("optouts")]
    public IReadOnlyList<PersonOptOuts>? OptOuts { get; set; }

    [JsonPropertyName("next"), JsonConverter(typeof(CursorJsonConverter))]
    public string? Next { get; set; }

    IReadOnlyList<PersonOptOuts>? IPageAnswer<PersonOptOuts>.Values => OptOuts;
}
