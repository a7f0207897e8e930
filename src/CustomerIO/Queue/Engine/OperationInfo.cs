using System.Text.Json;

namespace CustomerIO.Queue.Engine;

/// <summary>Reads an operation's type, action and event id back from its JSON, for outcomes (rare: failures, awaited deliveries).</summary>
internal static class OperationInfo
{
    public static (string Type, string Action, string? EventId) Read(ReadOnlySpan<byte> json)
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

        return (type, action, id);
    }
}
