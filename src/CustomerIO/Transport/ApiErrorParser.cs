using System.Text.Json;

namespace CustomerIO.Transport;

/// <summary>
/// Reads Customer.io's three error shapes: <c>{"meta":{"error":"…"}}</c>, <c>{"meta":{"errors":["…"]}}</c> and
/// <c>{"errors":[{"reason","field","message","batch_index"}]}</c> (also <c>{"errors":[{"detail","status"}]}</c>).
/// Never throws: a body it cannot read gives no errors.
/// </summary>
internal static class ApiErrorParser
{
    public static IReadOnlyList<CustomerIOApiError> Parse(byte[] body)
    {
        if (body.Length == 0)
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            var errors = new List<CustomerIOApiError>();
            if (root.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object)
            {
                if (meta.TryGetProperty("error", out var single) && single.ValueKind == JsonValueKind.String)
                {
                    errors.Add(new CustomerIOApiError(single.GetString()!));
                }

                if (meta.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in list.EnumerateArray())
                    {
                        errors.Add(item.ValueKind == JsonValueKind.String ? new CustomerIOApiError(item.GetString()!) : FromObject(item));
                    }
                }
            }

            if (root.TryGetProperty("errors", out var detailed) && detailed.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in detailed.EnumerateArray())
                {
                    errors.Add(item.ValueKind == JsonValueKind.String ? new CustomerIOApiError(item.GetString()!) : FromObject(item));
                }
            }

            return errors;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON, or JSON whose strings are not valid UTF-8: no messages to give.
            return [];
        }
    }

    private static CustomerIOApiError FromObject(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return new CustomerIOApiError(item.GetRawText());
        }

        var message = Text(item, "message") ?? Text(item, "detail") ?? string.Empty;
        int? index = item.TryGetProperty("batch_index", out var i) && i.ValueKind == JsonValueKind.Number && i.TryGetInt32(out var n) ? n : null;
        return new CustomerIOApiError(message, Text(item, "reason"), Text(item, "field"), index);
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
