using System.Text.Json;

namespace CustomerIO.Queue.Engine;

/// <summary>What an outcome tells about an operation: its type and action, and its event id when it has one.</summary>
/// <param name="Type">The operation's type (<c>person</c>, <c>object</c>, <c>delivery</c>), or <c>?</c>.</param>
/// <param name="Action">The operation's action (<c>identify</c>, <c>event</c>, …), or <c>?</c>.</param>
/// <param name="EventId">The event's id, for an event; else null.</param>
internal readonly record struct OperationFacts(string Type, string Action, string? EventId);

/// <summary>Reads a Track v2 operation's type, action and event id back from its JSON, for outcomes (rare: failures, awaited deliveries).</summary>
internal static class OperationInfo
{
    public static OperationFacts Read(ReadOnlySpan<byte> json)
    {
        string type = "?", action = "?";
        string? id = null;
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                var name = reader.ValueSpan;
                reader.Read();
                if (name.SequenceEqual("type"u8))
                {
                    type = reader.GetString() ?? type;
                }
                else if (name.SequenceEqual("action"u8))
                {
                    action = reader.GetString() ?? action;
                }
                else if (name.SequenceEqual("id"u8) && reader.TokenType == JsonTokenType.String)
                {
                    id = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        return new OperationFacts(type, action, id);
    }
}
