using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>An import of a CSV file: what it brings in, its state, and how many rows it applied.</summary>
public sealed class Import
{
    [JsonConstructor]
    internal Import()
    {
    }

    /// <summary>The import's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>The import's name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The import's description.</summary>
    [JsonInclude, JsonPropertyName("description")]
    public string? Description { get; internal set; }

    /// <summary>What it brings in.</summary>
    [JsonInclude, JsonPropertyName("type")]
    public ImportType? Type { get; internal set; }

    /// <summary>Where it is in its processing (<see cref="ImportState.Imported"/> when done).</summary>
    [JsonInclude, JsonPropertyName("state")]
    public ImportState? State { get; internal set; }

    /// <summary>Which rows it applies.</summary>
    [JsonInclude, JsonPropertyName("data_to_process")]
    public ImportDataToProcess? DataToProcess { get; internal set; }

    /// <summary>The former name of <see cref="DataToProcess"/>, still answered for people and event imports.</summary>
    [JsonInclude, JsonPropertyName("people_to_process")]
    public ImportDataToProcess? PeopleToProcess { get; internal set; }

    /// <summary>The column kind that identified people (not for object imports).</summary>
    [JsonInclude, JsonPropertyName("identifier")]
    public ImportIdentifier? Identifier { get; internal set; }

    /// <summary>The object type, for object imports.</summary>
    [JsonInclude, JsonPropertyName("object_type_id"), JsonConverter(typeof(LenientStringJsonConverter))]
    public string? ObjectTypeId { get; internal set; }

    /// <summary>The importable rows found in the file.</summary>
    [JsonInclude, JsonPropertyName("rows_to_import")]
    public long RowsToImport { get; internal set; }

    /// <summary>The rows applied.</summary>
    [JsonInclude, JsonPropertyName("rows_imported")]
    public long RowsImported { get; internal set; }

    /// <summary>Why it failed, when it did.</summary>
    [JsonInclude, JsonPropertyName("error")]
    public string? Error { get; internal set; }

    /// <summary>The export holding the rows' errors, when there are any.</summary>
    [JsonInclude, JsonPropertyName("error_export_id")]
    public long? ErrorExportId { get; internal set; }

    /// <summary>Where those errors download, when there are any.</summary>
    [JsonInclude, JsonPropertyName("error_download_url")]
    public Uri? ErrorDownloadUrl { get; internal set; }

    /// <summary>The export holding the rows' warnings, when there are any.</summary>
    [JsonInclude, JsonPropertyName("warning_export_id")]
    public long? WarningExportId { get; internal set; }

    /// <summary>Where those warnings download, when there are any.</summary>
    [JsonInclude, JsonPropertyName("warning_download_url")]
    public Uri? WarningDownloadUrl { get; internal set; }

    /// <summary>When it was created.</summary>
    [JsonInclude, JsonPropertyName("created_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>When it last changed.</summary>
    [JsonInclude, JsonPropertyName("updated_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? UpdatedAt { get; internal set; }
}

/// <summary><c>{"import":{..}}</c>.</summary>
internal sealed class ImportAnswer
{
    [JsonPropertyName("import")]
    public Import? Import { get; set; }
}
