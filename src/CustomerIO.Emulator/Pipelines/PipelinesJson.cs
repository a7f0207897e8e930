using System.Text.Json;
using CustomerIO.Emulator.Json;

namespace CustomerIO.Emulator.Pipelines;

/// <summary>Small readers over message sub-objects (<c>properties</c>, <c>traits</c>, <c>context.device</c>).</summary>
internal static class PipelinesJson
{
    /// <summary>The first of <paramref name="names"/> present in <paramref name="obj"/> as a string or number, as text; else null.</summary>
    public static string? Text(ReadOnlySpan<byte> buffer, JsonSlice obj, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            var value = Find(buffer, obj, name);
            if ((value.IsString && value.Length > 2) || value.IsNumber)
            {
                return value.GetString(buffer);
            }
        }

        return null;
    }

    /// <summary>The value of property <paramref name="name"/> of an object (default when absent or not an object).</summary>
    public static JsonSlice Find(ReadOnlySpan<byte> buffer, JsonSlice obj, string name)
    {
        if (!obj.IsObject)
        {
            return default;
        }

        var reader = obj.Reader(buffer);
        reader.Read();
        JsonSlice found = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(name);
            reader.Read();
            var value = JsonSlice.Capture(ref reader, obj.Start);
            if (match)
            {
                found = value;
            }
        }

        return found;
    }
}
