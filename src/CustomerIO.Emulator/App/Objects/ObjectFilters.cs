using System.Text.Json;
using CustomerIO.Emulator.App.Customers;
using CustomerIO.Emulator.Validation;

namespace CustomerIO.Emulator.App.Objects;

/// <summary>
/// The object filter of <c>POST /objects</c>, as documented: exactly one of <c>and</c>/<c>or</c> (arrays of
/// <c>object_attribute</c> conditions), <c>not</c> (one condition) or <c>object_attribute</c>
/// (<c>field</c>, <c>operator</c> eq or exists, <c>type_id</c> matching the searched type, <c>value</c> with eq).
/// </summary>
internal static class ObjectFilters
{
    public static OperationError? Check(JsonElement filter, string typeId)
    {
        if (filter.ValueKind != JsonValueKind.Object || filter.EnumerateObject().Count() != 1)
        {
            return Errors.Invalid("filter", "filter must be an object with exactly one of and, or, not, object_attribute");
        }

        var property = filter.EnumerateObject().First();
        switch (property.Name)
        {
            case "and" or "or":
                if (property.Value.ValueKind != JsonValueKind.Array || property.Value.GetArrayLength() == 0)
                {
                    return Errors.Invalid("filter." + property.Name, $"filter.{property.Name} must be a non-empty array of conditions");
                }

                var i = 0;
                foreach (var item in property.Value.EnumerateArray())
                {
                    if (CheckCondition(item, $"filter.{property.Name}[{i++}]", typeId) is { } error)
                    {
                        return error;
                    }
                }

                return null;
            case "not":
                return CheckCondition(property.Value, "filter.not", typeId);
            case "object_attribute":
                return CheckCondition(filter, "filter", typeId);
            default:
                return Errors.Invalid("filter", "filter must be an object with exactly one of and, or, not, object_attribute");
        }
    }

    public static bool Matches(JsonElement filter, EmulatedObject candidate)
    {
        var property = filter.EnumerateObject().First();
        return property.Name switch
        {
            "and" => property.Value.EnumerateArray().All(c => MatchesCondition(c, candidate)),
            "or" => property.Value.EnumerateArray().Any(c => MatchesCondition(c, candidate)),
            "not" => !MatchesCondition(property.Value, candidate),
            _ => MatchesCondition(filter, candidate),
        };
    }

    private static OperationError? CheckCondition(JsonElement holder, string path, string typeId)
    {
        if (holder.ValueKind != JsonValueKind.Object || !holder.TryGetProperty("object_attribute", out var condition) || condition.ValueKind != JsonValueKind.Object)
        {
            return Errors.Invalid(path, path + " must be an object_attribute condition");
        }

        if (!condition.TryGetProperty("field", out var field) || field.ValueKind != JsonValueKind.String || field.GetString()!.Length == 0)
        {
            return Errors.Required(path + ".object_attribute.field");
        }

        if (!condition.TryGetProperty("operator", out var op) || op.GetString() is not ("eq" or "exists"))
        {
            return Errors.Invalid(path + ".object_attribute.operator", path + ".object_attribute.operator must be eq or exists");
        }

        if (!condition.TryGetProperty("type_id", out var type) || JsonAnswers.Text(type) != typeId)
        {
            return Errors.Invalid(path + ".object_attribute.type_id", path + ".object_attribute.type_id must be the searched object_type_id");
        }

        return op.GetString() == "eq" && !condition.TryGetProperty("value", out _)
            ? Errors.Required(path + ".object_attribute.value")
            : null;
    }

    private static bool MatchesCondition(JsonElement holder, EmulatedObject candidate)
    {
        var condition = holder.GetProperty("object_attribute");
        var found = candidate.Attributes.TryGetValue(condition.GetProperty("field").GetString()!, out var value);
        return condition.GetProperty("operator").GetString() == "exists"
            ? found
            : found && JsonAnswers.Text(value) == JsonAnswers.Text(condition.GetProperty("value"));
    }
}
