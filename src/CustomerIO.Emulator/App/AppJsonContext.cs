using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerIO.Emulator.App.Exports;
using CustomerIO.Emulator.App.Reads;
using CustomerIO.Emulator.Hosting;

namespace CustomerIO.Emulator.App;

/// <summary>
/// Source-generated JSON for the App API's answer bodies (records in <c>AppBodies.cs</c> and <c>Reads/ReadBodies.cs</c>).
/// Unknown values are explicit nulls, as Customer.io answers them; the few optional fields are marked.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonNode))]
[JsonSerializable(typeof(SendAnswer))]
[JsonSerializable(typeof(TriggerAnswer))]
[JsonSerializable(typeof(CustomerResults))]
[JsonSerializable(typeof(MessagesPage))]
[JsonSerializable(typeof(MessageAnswer))]
[JsonSerializable(typeof(ActivitiesPage))]
[JsonSerializable(typeof(SegmentsAnswer))]
[JsonSerializable(typeof(SegmentAnswer))]
[JsonSerializable(typeof(CountAnswer))]
[JsonSerializable(typeof(MembershipPage))]
[JsonSerializable(typeof(SubscriptionPreferencesAnswer))]
[JsonSerializable(typeof(ExportAnswer))]
[JsonSerializable(typeof(ExportsAnswer))]
[JsonSerializable(typeof(DownloadAnswer))]
internal sealed partial class AppJsonContext : JsonSerializerContext;

/// <summary><c>{"delivery_id":"..","queued_at":unix}</c>: a transactional send.</summary>
internal sealed record SendAnswer(string DeliveryId, long QueuedAt);

/// <summary><c>{"id":n}</c>: a broadcast trigger.</summary>
internal sealed record TriggerAnswer(long Id);

/// <summary><c>{"id":..,"email":..,"cio_id":..}</c> (null where unknown).</summary>
internal sealed record PersonIdentifiers(string? Id, string? Email, string? CioId)
{
    public static PersonIdentifiers Of(EmulatedPerson person) => new(person.Id, person.Email, person.CioId);
}

/// <summary>
/// An id the App API answers as a number when it is one (<c>7</c>) and as text otherwise (<c>"welcome"</c>):
/// transactional message ids and segment ids, which the emulator stores as text.
/// </summary>
[JsonConverter(typeof(NumberOrTextConverter))]
internal readonly record struct NumberOrText(string Text);

/// <summary>Writes <see cref="NumberOrText"/>; the emulator never reads it.</summary>
internal sealed class NumberOrTextConverter : JsonConverter<NumberOrText>
{
    public override NumberOrText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("NumberOrText is only written.");

    public override void Write(Utf8JsonWriter writer, NumberOrText value, JsonSerializerOptions options)
    {
        if (long.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(value.Text);
        }
    }
}
