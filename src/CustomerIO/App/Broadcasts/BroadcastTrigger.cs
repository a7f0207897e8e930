using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>
/// A broadcast trigger (<c>POST /v1/campaigns/{broadcast_id}/triggers</c>): the broadcast's own audience, or at most
/// one other (<see cref="Audience"/>), with data for its Liquid. Customer.io takes one trigger per 10 seconds per
/// broadcast; the client waits its turn (<see cref="AppRateLimitOptions"/>).
/// </summary>
public sealed class BroadcastTrigger
{
    /// <summary>Who gets the broadcast; the broadcast's own audience when null.</summary>
    public BroadcastAudience? Audience { get; set; }

    /// <summary>Values the broadcast's Liquid reads as <c>{{ trigger.name }}</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; set; }

    /// <summary>With an email audience: an address several people share sends to each of them instead of being an error.</summary>
    public bool? EmailAddDuplicates { get; set; }

    /// <summary>With an email audience: addresses that match nobody are skipped instead of failing the trigger.</summary>
    public bool? EmailIgnoreMissing { get; set; }

    /// <summary>With an id audience: ids that match nobody are skipped instead of failing the trigger.</summary>
    public bool? IdIgnoreMissing { get; set; }

    internal byte[] ToJson(string parameterName)
    {
        var data = Data is null ? null : AttributeJson.Serialize(Data, parameterName + ".Data");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WireJson.WriterOptions))
        {
            writer.WriteStartObject();
            if (data is not null)
            {
                writer.WritePropertyName("data");
                writer.WriteRawValue(data, skipInputValidation: true);
            }

            Audience?.Write(writer);
            Flag(writer, "email_add_duplicates", EmailAddDuplicates);
            Flag(writer, "email_ignore_missing", EmailIgnoreMissing);
            Flag(writer, "id_ignore_missing", IdIgnoreMissing);
            writer.WriteEndObject();
        }

        var json = stream.ToArray();
        WireJson.RefuseReplacedSurrogates(json, parameterName);
        return json;
    }

    private static void Flag(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }
}

/// <summary>What Customer.io answers a trigger: the trigger's id, to read its state and errors later.</summary>
public sealed class BroadcastTriggerResult
{
    [JsonConstructor]
    internal BroadcastTriggerResult()
    {
    }

    /// <summary>The trigger's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }
}
