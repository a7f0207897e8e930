using System.Text.Json;
using CustomerIO.Serialization;

namespace CustomerIO.Webhooks;

/// <summary>Reads a value documented as "any" that is a number or a string in practice, as text (a number keeps its digits).</summary>
internal sealed class NumberOrStringJsonConverter : TextOrNumberJsonConverter
{
    protected override string Refusal(JsonTokenType token) => "expected a number or a string";
}
