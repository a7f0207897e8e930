using System.Text.Json;
using CustomerIO.Queue.Engine;
using CustomerIO.Serialization;

namespace CustomerIO.Pipelines.Wire;

/// <summary>
/// The batch-level fields a <c>/v1/batch</c> body may carry after its messages: <c>,"context":{…},"integrations":{…}</c>
/// (Customer.io's spec gives them the message's types). Written once per call, before the size check counts them.
/// </summary>
internal static class BatchTail
{
    /// <summary>The bytes that follow the batch's <c>]</c>: empty when neither is given.</summary>
    /// <exception cref="CustomerIOValidationException">The context is refused (see <see cref="ContextWriter.Check"/>), or a text is not valid Unicode.</exception>
    public static byte[] Write(PipelinesContext? context, IReadOnlyDictionary<string, bool>? integrations)
    {
        if (context is null && integrations is null)
        {
            return [];
        }

        if (context is not null)
        {
            ContextWriter.Check(context, nameof(context), deviceEvent: false);
        }

        var buffer = new ReusableBufferWriter(); // ArrayBufferWriter is not public on netstandard2.0
        using (var json = new Utf8JsonWriter(buffer, WireJson.WriterOptions))
        {
            json.WriteStartObject();
            if (context is not null)
            {
                json.WriteStartObject("context"u8);
                ContextWriter.Write(json, context, nameof(context));
                json.WriteEndObject();
                json.Flush();
                WireJson.RefuseReplacedSurrogates(buffer.WrittenSpan, nameof(context));
            }

            if (integrations is not null)
            {
                json.Flush();
                var start = buffer.WrittenCount;
                ContextWriter.WriteIntegrations(json, integrations);
                json.Flush();
                WireJson.RefuseReplacedSurrogates(buffer.WrittenSpan.Slice(start), nameof(integrations));
            }

            json.WriteEndObject();
        }

        // {"context":…,"integrations":…} becomes ,"context":…,"integrations":… (the body's own } closes it).
        var tail = buffer.WrittenSpan.Slice(0, buffer.WrittenCount - 1).ToArray();
        tail[0] = (byte)',';
        return tail;
    }
}
