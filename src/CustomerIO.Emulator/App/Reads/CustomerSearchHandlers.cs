using System.Globalization;
using System.Text.Json;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Reads;

/// <summary>
/// <c>POST /customers</c> (a search by a filter of <c>and</c>/<c>or</c>/<c>not</c>/<c>segment</c>/<c>attribute</c>,
/// paged like every list) and <c>GET /customers/{id}/segments</c> (routed by <see cref="AppRoutes"/>).
/// </summary>
internal sealed class CustomerSearchHandlers(EmulatorState state)
{
    private static readonly AppJsonContext Json = AppJsonContext.Default;

    public RequestDelegate Search => AppEndpoint.WithBody(state, "app.search_customers", (context, body, _, _) =>
    {
        if (Page.Parse(context, out var page) is { } pageError)
        {
            return AppOutcome.Fail(pageError);
        }

        using var document = JsonDocument.Parse(body.ToArray());
        if (!document.RootElement.TryGetProperty("filter", out var filter))
        {
            return AppOutcome.Fail(Errors.Required("filter"));
        }

        if (Check(filter, "filter") is { } error)
        {
            return AppOutcome.Fail(error);
        }

        var matches = state.GetPeople().Where(p => Matches(filter, p)).OrderBy(p => p.CioId, StringComparer.Ordinal).ToList();
        var identifiers = page.Of(matches, PersonIdentifiers.Of);
        return AppOutcome.Ok(new MembershipPage(identifiers, [.. identifiers.Select(p => p.Id)], page.Next(matches.Count)), Json.MembershipPage);
    });

    /// <summary>The segments a person is in (Track-managed and created ones alike).</summary>
    public Reply Segments(HttpContext context)
    {
        var identifier = RawPath.Segment(context, 3);
        var kind = context.Request.Query["id_type"].ToString() switch
        {
            "" or "id" => IdentifierKind.Id,
            "email" => IdentifierKind.Email,
            "cio_id" => IdentifierKind.CioId,
            _ => (IdentifierKind?)null,
        };
        if (kind is null)
        {
            return AppEndpoint.Finish(state, "app.get_customer_segments", AppOutcome.Fail(Errors.Invalid("id_type", "id_type must be id, email or cio_id")));
        }

        var person = state.People.Find(kind.Value, identifier) is { } found ? state.FindPerson("cio_" + found.CioId) : null;
        if (person is null)
        {
            return Replies.MetaError(StatusCodes.Status404NotFound, "customer not found");
        }

        var segments = person.Segments.Select(id => state.SegmentCatalog.Find(id) is { } r
            ? new SegmentBody(new NumberOrText(id), r.Name, r.Description ?? string.Empty, "manual", "finished")
            : SegmentBody.Of(id)).ToList();
        return AppEndpoint.Finish(state, "app.get_customer_segments", AppOutcome.Ok(new SegmentsAnswer(segments), Json.SegmentsAnswer));
    }

    /// <summary>A filter is an object with exactly one of and, or, not, segment, attribute, each well formed.</summary>
    internal static OperationError? Check(JsonElement filter, string path)
    {
        if (filter.ValueKind != JsonValueKind.Object || filter.EnumerateObject().Count() != 1)
        {
            return Errors.Invalid(path, path + " must be an object with exactly one of and, or, not, segment, attribute");
        }

        var property = filter.EnumerateObject().First();
        var inner = path + "." + property.Name;
        switch (property.Name)
        {
            case "and" or "or":
                if (property.Value.ValueKind != JsonValueKind.Array || property.Value.GetArrayLength() == 0)
                {
                    return Errors.Invalid(inner, inner + " must be a non-empty array of filters");
                }

                return property.Value.EnumerateArray().Select((f, i) => Check(f, string.Create(CultureInfo.InvariantCulture, $"{inner}[{i}]"))).FirstOrDefault(e => e is not null);
            case "not":
                return Check(property.Value, inner);
            case "segment":
                return property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number
                    ? null
                    : Errors.Invalid(inner, inner + " must be {\"id\": a segment id}");
            case "attribute":
                var value = property.Value;
                var valid = value.ValueKind == JsonValueKind.Object
                    && value.TryGetProperty("field", out var field) && field.ValueKind == JsonValueKind.String
                    && value.TryGetProperty("operator", out var op) && op.GetString() is "eq" or "exists"
                    && (op.GetString() == "exists" || value.TryGetProperty("value", out _));
                return valid ? null : Errors.Invalid(inner, inner + " must have a field, an operator eq or exists, and a value for eq");
            default:
                return Errors.Invalid(path, path + " must be an object with exactly one of and, or, not, segment, attribute");
        }
    }

    internal static bool Matches(JsonElement filter, EmulatedPerson person)
    {
        var property = filter.EnumerateObject().First();
        return property.Name switch
        {
            "and" => property.Value.EnumerateArray().All(f => Matches(f, person)),
            "or" => property.Value.EnumerateArray().Any(f => Matches(f, person)),
            "not" => !Matches(property.Value, person),
            "segment" => person.Segments.Contains(property.Value.GetProperty("id").GetRawText()),
            _ => MatchesAttribute(property.Value, person),
        };
    }

    private static bool MatchesAttribute(JsonElement attribute, EmulatedPerson person)
    {
        var field = attribute.GetProperty("field").GetString()!;
        string? actual = field switch
        {
            "id" => person.Id,
            "email" => person.Email ?? Text(person.Attributes.GetValueOrDefault("email")),
            _ => person.Attributes.TryGetValue(field, out var stored) ? Text(stored) : null,
        };
        if (attribute.GetProperty("operator").GetString() == "exists")
        {
            return actual is not null;
        }

        var expected = attribute.GetProperty("value");
        return actual is not null && actual == (expected.ValueKind == JsonValueKind.String ? expected.GetString() : expected.GetRawText());
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
