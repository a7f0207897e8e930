using System.Text.Json;
using CustomerIO.Queue.Engine;

namespace CustomerIO.Pipelines.Wire;

/// <summary>Reads a message's <c>type</c> and <c>messageId</c> back from its JSON, for outcomes (rare: failures and awaited ones).</summary>
internal static class MessageInfo
{
    public static OperationFacts Read(ReadOnlySpan<byte> json)
    {
        string type = "?";
        string? id = null;
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                var name = reader.ValueSpan;
                reader.Read();
                if (name.SequenceEqual("type"u8) && reader.TokenType == JsonTokenType.String)
                {
                    type = reader.GetString() ?? type;
                }
                else if (name.SequenceEqual("messageId"u8) && reader.TokenType == JsonTokenType.String)
                {
                    id = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        return new OperationFacts(type, type, id);
    }
}
