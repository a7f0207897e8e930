using System.Text.Json.Serialization;
using CustomerIO.Paging;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>An address the email provider suppressed, and why.</summary>
public sealed class EmailSuppression
{
    [JsonConstructor]
    internal EmailSuppression()
    {
    }

    /// <summary>The suppressed address.</summary>
    [JsonInclude, JsonPropertyName("email")]
    public string? Email { get; internal set; }

    /// <summary>The reason the provider recorded.</summary>
    [JsonInclude, JsonPropertyName("reason")]
    public string? Reason { get; internal set; }

    /// <summary>The status code the provider recorded, as text (normally <c>550</c>).</summary>
    [JsonInclude, JsonPropertyName("status"), JsonConverter(typeof(LenientStringJsonConverter))]
    public string? Status { get; internal set; }

    /// <summary>When the provider suppressed the address.</summary>
    [JsonInclude, JsonPropertyName("created"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Created { get; internal set; }
}

/// <summary>What the provider's suppression lists hold for one address (<c>GET /v1/esp/search_suppression/{email}</c>).</summary>
public sealed class EmailSuppressionSearch
{
    [JsonConstructor]
    internal EmailSuppressionSearch()
    {
    }

    /// <summary>The category the suppressions belong to.</summary>
    [JsonInclude, JsonPropertyName("category")]
    public SuppressionCategory? Category { get; internal set; }

    /// <summary>The suppressions of the address; empty when it is on no list.</summary>
    [JsonInclude, JsonPropertyName("suppressions")]
    public IReadOnlyList<EmailSuppression>? Suppressions { get; internal set; }
}

/// <summary>Filters of <c>GET /v1/esp/suppression/{type}</c>.</summary>
public sealed class SuppressionListOptions : IAppQuery
{
    /// <summary>Only the suppressions of this sending domain.</summary>
    public string? Domain { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query) => AppQuery.Add(query, "domain", Domain);
}

/// <summary>Filters of <c>GET /v1/esp/domains/{domain}/suppression/{type}</c>.</summary>
public sealed class DomainSuppressionListOptions : IAppQuery
{
    /// <summary>Only this address: the answer holds at most one suppression.</summary>
    public string? Email { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query) => AppQuery.Add(query, "email", Email);
}

/// <summary><c>{"category":"..","suppressions":[..]}</c>: a page of <c>GET /v1/esp/suppression/{type}</c> (paged by offset).</summary>
internal sealed class SuppressionsPage : IPageAnswer<EmailSuppression>
{
    [JsonPropertyName("suppressions")]
    public IReadOnlyList<EmailSuppression>? Suppressions { get; set; }

    IReadOnlyList<EmailSuppression>? IPageAnswer<EmailSuppression>.Values => Suppressions;
}

/// <summary><c>{"category":"..","suppressions":[..],"next":".."}</c>: a page of one domain's suppressions.</summary>
internal sealed class DomainSuppressionsPage : ICursorPage<EmailSuppression>
{
    [JsonPropertyName("suppressions")]
    public IReadOnlyList<EmailSuppression>? Suppressions { get; set; }

    [JsonPropertyName("next"), JsonConverter(typeof(CursorJsonConverter))]
    public string? Next { get; set; }

    IReadOnlyList<EmailSuppression>? IPageAnswer<EmailSuppression>.Values => Suppressions;
}
