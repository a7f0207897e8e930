using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Resources;

/// <summary>The rules half of <see cref="ResourceHandlers"/>: bodies checked field by field and applied, times stamped, page numbers read.</summary>
internal sealed partial class ResourceHandlers
{
    /// <summary>Checks <paramref name="fields"/> against the kind's rules and copies them onto <paramref name="item"/>.</summary>
    public OperationError? Apply(JsonObject item, JsonObject fields, bool creating)
    {
        foreach (var (name, value) in fields)
        {
            var field = Kind.Fields.FirstOrDefault(f => f.Name == name);
            if (field is null)
            {
                if (Kind.RejectUnknownFields)
                {
                    return Errors.Invalid(name, "unknown field " + name);
                }

                continue;
            }

            if (Invalid(field, value) is { } error)
            {
                return error;
            }
        }

        if (creating)
        {
            foreach (var field in Kind.Fields.Where(f => f.Required))
            {
                if (!fields.TryGetPropertyValue(field.Name, out var value) || value is null)
                {
                    return Errors.Required(field.Name);
                }
            }
        }

        foreach (var (name, value) in fields)
        {
            if (Kind.Fields.Any(f => f.Name == name))
            {
                item[name] = value?.DeepClone();
            }
        }

        return null;
    }

    private static OperationError? Invalid(ResourceField field, JsonNode? value)
    {
        if (value is null)
        {
            return field.Nullable ? null : field.Required ? Errors.Required(field.Name) : Errors.Invalid(field.Name, field.Name + " must not be null");
        }

        var kind = value.GetValueKind();
        var ok = field.Type switch
        {
            FieldType.Text => kind == JsonValueKind.String,
            FieldType.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
            FieldType.Integer => kind == JsonValueKind.Number && long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            FieldType.TextList => value is JsonArray texts && texts.All(t => t?.GetValueKind() == JsonValueKind.String),
            FieldType.Object => kind == JsonValueKind.Object,
            _ => value is JsonArray objects && objects.All(o => o?.GetValueKind() == JsonValueKind.Object),
        };
        if (!ok)
        {
            return Errors.Invalid(field.Name, field.Name + " must be " + field.Type switch
            {
                FieldType.Text => "a string",
                FieldType.Boolean => "true or false",
                FieldType.Integer => "an integer",
                FieldType.TextList => "an array of strings",
                FieldType.Object => "an object",
                _ => "an array of objects",
            });
        }

        if (field.Type == FieldType.Text && (field.Required || field.NotBlank) && string.IsNullOrWhiteSpace(value.GetValue<string>()))
        {
            return Errors.Invalid(field.Name, field.Name + " cannot be blank");
        }

        if (field.Type == FieldType.Text && field.MaxLength > 0 && value.GetValue<string>().Length > field.MaxLength)
        {
            return Errors.Invalid(field.Name, string.Format(CultureInfo.InvariantCulture, "{0} cannot exceed {1} characters", field.Name, field.MaxLength));
        }

        return null;
    }

    private void Stamp(JsonObject item, DateTimeOffset now, bool creating)
    {
        if (creating && Kind.CreatedField is { } created)
        {
            item[created] = now.ToUnixTimeSeconds();
        }

        if (Kind.UpdatedField is { } updated)
        {
            item[updated] = now.ToUnixTimeSeconds();
        }
    }

    private static void Replace(JsonObject target, JsonObject source)
    {
        target.Clear();
        foreach (var (name, value) in source)
        {
            target[name] = value?.DeepClone();
        }
    }

    private OperationError? PageNumbers(HttpContext context, out int page, out int limit)
    {
        page = 1;
        limit = Kind.DefaultLimit;
        var query = context.Request.Query;
        if (query.TryGetValue("page", out var pageText) && pageText.ToString().Length > 0
            && (!int.TryParse(pageText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            return Errors.Invalid("page", "page must be at least 1");
        }

        if (query.TryGetValue("limit", out var limitText) && limitText.ToString().Length > 0
            && (!int.TryParse(limitText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > Kind.MaxLimit))
        {
            return Errors.Invalid("limit", string.Format(CultureInfo.InvariantCulture, "limit must be 1 to {0}", Kind.MaxLimit));
        }

        return null;
    }
}
