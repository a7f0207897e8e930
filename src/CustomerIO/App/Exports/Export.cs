using System.Text.Json.Serialization;
using CustomerIO.Paging;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>An export of people or deliveries: its state, and when it is <c>done</c>, a file to download.</summary>
public sealed class Export
{
    [JsonConstructor]
    internal Export()
    {
    }

    /// <summary>The export's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>An id of the form <c>id:timestamp</c> that changes whenever the export changes.</summary>
    [JsonInclude, JsonPropertyName("deduplicate_id")]
    public string? DeduplicateId { get; internal set; }

    /// <summary>What the export holds: <c>customers</c> or <c>deliveries</c>.</summary>
    [JsonInclude, JsonPropertyName("type")]
    public ExportType? Type { get; internal set; }

    /// <summary>A description of the export.</summary>
    [JsonInclude, JsonPropertyName("description")]
    public string? Description { get; internal set; }

    /// <summary><c>done</c> (downloadable), <c>pending</c> or <c>failed</c>.</summary>
    [JsonInclude, JsonPropertyName("status")]
    public ExportStatus? Status { get; internal set; }

    /// <summary>Whether the export failed.</summary>
    [JsonInclude, JsonPropertyName("failed")]
    public bool Failed { get; internal set; }

    /// <summary>How many entries it holds (0 until done).</summary>
    [JsonInclude, JsonPropertyName("total")]
    public long Total { get; internal set; }

    /// <summary>How many times it was downloaded.</summary>
    [JsonInclude, JsonPropertyName("downloads")]
    public long Downloads { get; internal set; }

    /// <summary>The user who created it.</summary>
    [JsonInclude, JsonPropertyName("user_id")]
    public long? UserId { get; internal set; }

    /// <summary>The email of the user who created it.</summary>
    [JsonInclude, JsonPropertyName("user_email")]
    public string? UserEmail { get; internal set; }

    /// <summary>When it was created.</summary>
    [JsonInclude, JsonPropertyName("created_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>When it last changed.</summary>
    [JsonInclude, JsonPropertyName("updated_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? UpdatedAt { get; internal set; }
}

/// <summary>Where an export's file can be downloaded: a signed link, valid for 15 minutes, that needs no credentials.</summary>
public sealed class ExportDownload
{
    [JsonConstructor]
    internal ExportDownload()
    {
    }

    /// <summary>The link.</summary>
    [JsonInclude, JsonPropertyName("url")]
    public Uri? Url { get; internal set; }
}

/// <summary>An export of the people a filter matches (<c>POST /v1/exports/customers</c>).</summary>
public sealed class CustomersExport : IAppBody
{
    /// <summary>Describes the export.</summary>
    /// <param name="filters">The people to export.</param>
    public CustomersExport(AudienceFilter filters) => Filters = filters;

    /// <summary>The people to export.</summary>
    [JsonPropertyName("filters")]
    public AudienceFilter Filters { get; }

    /// <summary>Attributes to add as columns.</summary>
    [JsonPropertyName("attributes")]
    public IReadOnlyList<string>? Attributes { get; set; }

    void IAppBody.Validate(string parameterName)
    {
        if (Filters is null)
        {
            throw new CustomerIOValidationException(parameterName + ".Filters", "A customers export needs a filter.");
        }

        foreach (var attribute in Attributes ?? [])
        {
            Validation.Guard.Text(attribute, parameterName + ".Attributes", CustomerIOLimits.MaxAttributeNameBytes, "attribute name");
        }
    }
}

/// <summary><c>{"exports":[..]}</c>.</summary>
internal sealed class ExportsAnswer : IPageAnswer<Export>
{
    [JsonPropertyName("exports")]
    public IReadOnlyList<Export>? Exports { get; set; }

    IReadOnlyList<Export>? IPageAnswer<Export>.Values => Exports;
}

/// <summary><c>{"export":{..}}</c>.</summary>
internal sealed class ExportAnswer
{
    [JsonPropertyName("export")]
    public Export? Export { get; set; }
}
