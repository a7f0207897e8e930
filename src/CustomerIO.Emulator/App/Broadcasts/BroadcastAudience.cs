using System.Text.Json;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Broadcasts;

/// <summary>
/// A broadcast trigger's audience: at most one of <c>recipients</c> (a non-empty filter object),
/// <c>ids</c>, <c>emails</c>, <c>per_user_data</c> (arrays) or <c>data_file_url</c>; none means
/// the broadcast's own audience.
/// </summary>
internal static class BroadcastAudience
{
    public static readonly byte[][] Names =
        ["recipients"u8.ToArray(), "ids"u8.ToArray(), "emails"u8.ToArray(), "per_user_data"u8.ToArray(), "data_file_url"u8.ToArray()];

    private static readonly byte[][] IdentifierNames = ["id"u8.ToArray(), "email"u8.ToArray()];

    /// <summary>Answers the error and its status (400, or 422 for an empty filter); sets <paramref name="index"/> to the audience used, or -1.</summary>
    public static (OperationError Error, int Status)? Check(ReadOnlySpan<byte> buffer, ReadOnlySpan<JsonSlice> audiences, out int index)
    {
        index = -1;
        for (var i = 0; i < audiences.Length; i++)
        {
            if (!audiences[i].IsPresent || audiences[i].IsNull)
            {
                continue;
            }

            if (index >= 0)
            {
                return (Errors.Invalid("audience", "only one of recipients, ids, emails, per_user_data or data_file_url may be given"), StatusCodes.Status400BadRequest);
            }

            index = i;
        }

        if (index < 0)
        {
            return null;
        }

        var value = audiences[index];
        var error = index switch
        {
            0 => value.IsObject ? null : Errors.MustBeObject("recipients"),
            4 => value.IsString && Uri.TryCreate(value.GetString(buffer), UriKind.Absolute, out _) ? null : Errors.Invalid("data_file_url", "data_file_url must be an absolute URL"),
            _ => CheckArray(buffer, value, index),
        };
        if (error is { } e)
        {
            return (e, StatusCodes.Status400BadRequest);
        }

        return index == 0 && IsEmptyObject(buffer, value)
            ? (Errors.Invalid("recipients", "recipients must not be an empty filter"), StatusCodes.Status422UnprocessableEntity)
            : null;
    }

    private static OperationError? CheckArray(ReadOnlySpan<byte> buffer, JsonSlice value, int index)
    {
        var field = index switch { 1 => "ids", 2 => "emails", _ => "per_user_data" };
        if (!value.IsArray)
        {
            return Errors.Invalid(field, field + " must be an array");
        }

        var reader = value.Reader(buffer);
        reader.Read();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = JsonSlice.Capture(ref reader, value.Start);
            var valid = index switch
            {
                1 => (item.IsString || item.IsNumber) && item.Length > (item.IsString ? 2 : 0),
                2 => item.IsString && item.Length > 2,
                _ => item.IsObject && HasPersonIdentifier(buffer, item),
            };
            if (!valid)
            {
                return Errors.Invalid(field, index == 3 ? "per_user_data items must be objects with an id or an email" : field + " must hold non-empty strings");
            }
        }

        return null;
    }

    private static bool HasPersonIdentifier(ReadOnlySpan<byte> buffer, JsonSlice item)
    {
        Span<JsonSlice> f = stackalloc JsonSlice[2];
        JsonFields.Read(buffer, item, IdentifierNames, f);
        return (f[0].IsString || f[0].IsNumber) || f[1].IsString;
    }

    private static bool IsEmptyObject(ReadOnlySpan<byte> buffer, JsonSlice value)
    {
        var reader = value.Reader(buffer);
        reader.Read();
        return reader.Read() && reader.TokenType == JsonTokenType.EndObject;
    }
}
