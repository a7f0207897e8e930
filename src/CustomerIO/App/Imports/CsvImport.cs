using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerIO.Validation;

namespace CustomerIO.App;

/// <summary>
/// An import of people, events, relationships or objects from a CSV file Customer.io downloads from
/// <see cref="DataFileUrl"/> (<c>POST /v1/imports</c>). Made by <see cref="People"/>, <see cref="Events"/>,
/// <see cref="Relationships"/> or <see cref="Objects"/>, which take what each kind requires.
/// </summary>
[JsonConverter(typeof(CsvImportJsonConverter))]
public sealed class CsvImport : IAppBody
{
    private CsvImport(ImportType type, string name, Uri dataFileUrl, ImportIdentifier? identifier, string? objectTypeId)
    {
        Type = type;
        Name = name;
        DataFileUrl = dataFileUrl;
        Identifier = identifier;
        ObjectTypeId = objectTypeId;
    }

    /// <summary>What it brings in.</summary>
    public ImportType Type { get; }

    /// <summary>A name to recognise it by.</summary>
    public string Name { get; }

    /// <summary>Where Customer.io downloads the CSV file from.</summary>
    public Uri DataFileUrl { get; }

    /// <summary>The column kind that identifies each row's person; null for object imports.</summary>
    public ImportIdentifier? Identifier { get; }

    /// <summary>The object type, for object imports.</summary>
    public string? ObjectTypeId { get; }

    /// <summary>Which rows are applied; <see cref="ImportDataToProcess.All"/> when omitted (events take only all and only_existing).</summary>
    public ImportDataToProcess? DataToProcess { get; set; }

    /// <summary>A description to recognise it by.</summary>
    public string? Description { get; set; }

    /// <summary>People and their attributes: one row per person, identified by <paramref name="identifier"/>'s column.</summary>
    /// <param name="name">A name for the import.</param>
    /// <param name="dataFileUrl">Where the CSV file is.</param>
    /// <param name="identifier"><see cref="ImportIdentifier.Id"/> or <see cref="ImportIdentifier.Email"/>.</param>
    /// <returns>The import.</returns>
    public static CsvImport People(string name, Uri dataFileUrl, ImportIdentifier identifier) => new(ImportType.People, name, dataFileUrl, identifier, null);

    /// <summary>Events of people: one row per event, its person identified by <paramref name="identifier"/>'s column.</summary>
    /// <param name="name">A name for the import.</param>
    /// <param name="dataFileUrl">Where the CSV file is.</param>
    /// <param name="identifier"><see cref="ImportIdentifier.Id"/> or <see cref="ImportIdentifier.Email"/>.</param>
    /// <returns>The import.</returns>
    public static CsvImport Events(string name, Uri dataFileUrl, ImportIdentifier identifier) => new(ImportType.Event, name, dataFileUrl, identifier, null);

    /// <summary>Relationships between people and objects, the person identified by <paramref name="identifier"/>'s column.</summary>
    /// <param name="name">A name for the import.</param>
    /// <param name="dataFileUrl">Where the CSV file is.</param>
    /// <param name="identifier"><see cref="ImportIdentifier.Id"/>, <see cref="ImportIdentifier.Email"/> or <see cref="ImportIdentifier.CioId"/>.</param>
    /// <returns>The import.</returns>
    public static CsvImport Relationships(string name, Uri dataFileUrl, ImportIdentifier identifier) => new(ImportType.Relationship, name, dataFileUrl, identifier, null);

    /// <summary>Objects of one type and their attributes.</summary>
    /// <param name="name">A name for the import.</param>
    /// <param name="dataFileUrl">Where the CSV file is.</param>
    /// <param name="objectTypeId">The object type (integers as text, from <c>1</c>).</param>
    /// <returns>The import.</returns>
    public static CsvImport Objects(string name, Uri dataFileUrl, string objectTypeId) => new(ImportType.Object, name, dataFileUrl, null, objectTypeId);

    void IAppBody.Validate(string parameterName)
    {
        Guard.NotEmpty(Name, parameterName + ".Name", "import name");
        if (DataFileUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new CustomerIOValidationException(parameterName + ".DataFileUrl", "The data file URL must be an absolute http or https URL.");
        }

        if (Type == ImportType.Object)
        {
            Guard.Text(ObjectTypeId, parameterName + ".ObjectTypeId", CustomerIOLimits.MaxIdentifierBytes, "object type id");
        }
        else if (Identifier is not { } identifier || identifier.Value.Length == 0
            || (identifier == ImportIdentifier.CioId ? Type != ImportType.Relationship : identifier != ImportIdentifier.Id && identifier != ImportIdentifier.Email))
        {
            throw new CustomerIOValidationException(parameterName + ".Identifier", Type == ImportType.Relationship
                ? "A relationship import identifies people by id, email or cio_id."
                : "A people or event import identifies people by id or email.");
        }

        if (Type == ImportType.Event && DataToProcess == ImportDataToProcess.OnlyNew)
        {
            throw new CustomerIOValidationException(parameterName + ".DataToProcess", "An event import takes only all or only_existing.");
        }
    }

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("import");
        writer.WriteStartObject();
        writer.WriteString("name", Name);
        writer.WriteString("data_file_url", DataFileUrl.AbsoluteUri);
        writer.WriteString("type", Type.Value);
        if (Identifier is { } identifier)
        {
            writer.WriteString("identifier", identifier.Value);
        }

        if (ObjectTypeId is not null)
        {
            writer.WriteString("object_type_id", ObjectTypeId);
        }

        if (DataToProcess is { } data)
        {
            writer.WriteString("data_to_process", data.Value);
        }

        if (Description is not null)
        {
            writer.WriteString("description", Description);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The kind only: names and URLs stay out of logs.</summary>
    /// <returns>For example <c>CsvImport(people)</c>.</returns>
    public override string ToString() => $"CsvImport({Type})";
}

/// <summary>Writes a <see cref="CsvImport"/>; it is never read.</summary>
internal sealed class CsvImportJsonConverter : JsonConverter<CsvImport>
{
    public override CsvImport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("An import is only written.");

    public override void Write(Utf8JsonWriter writer, CsvImport value, JsonSerializerOptions options) => value.Write(writer);
}
