using System.Text.Json;
using System.Text.RegularExpressions;

namespace CustomerIO.Emulator.App.Sends;

/// <summary>
/// The emulator's stand-in for Liquid, enough to inspect a stored message: <c>{{ trigger.key }}</c> reads the send's
/// <c>message_data</c> and <c>{{ customer.attribute }}</c> the person's attributes (and <c>id</c>, <c>email</c>);
/// anything unknown renders empty, as Liquid renders a missing variable. No filters, tags or nesting.
/// </summary>
internal static partial class LiquidText
{
    public static string? Render(string? template, JsonElement? messageData, EmulatedPerson? person)
    {
        if (template is null || !template.Contains("{{", StringComparison.Ordinal))
        {
            return template;
        }

        return Variable().Replace(template, match =>
        {
            var key = match.Groups["key"].Value;
            if (match.Groups["scope"].Value == "trigger")
            {
                return messageData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(key, out var value) ? Text(value) : string.Empty;
            }

            return key switch
            {
                "id" => person?.Id ?? string.Empty,
                "email" => person?.Email ?? string.Empty,
                _ => person is not null && person.Attributes.TryGetValue(key, out var attribute) ? Text(attribute) : string.Empty,
            };
        });
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => string.Empty,
        _ => value.GetRawText(),
    };

    [GeneratedRegex(@"\{\{\s*(?<scope>trigger|customer)\.(?<key>[A-Za-z0-9_]+)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();
}
