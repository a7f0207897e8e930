using System.Text.Json;

namespace CustomerIO.Serialization;

/// <summary>
/// Reads an identifier the schema types as text but some answers carry as a number (Customer.io's own examples show
/// <c>"cio_id": 3000001</c>): either becomes the text, the number's own digits kept.
/// </summary>
internal sealed class LenientStringJsonConverter : TextOrNumberJsonConverter
{
    protected override string Refusal(JsonTokenType token) => $"An identifier must be text or a number, not {token}.";
}
