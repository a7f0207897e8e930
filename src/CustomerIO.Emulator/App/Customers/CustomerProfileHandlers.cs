using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Reads;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Customers;

/// <summary>
/// The people reads beside <see cref="CustomerReadHandlers"/>: <c>POST /customers/attributes</c> (up to 100 profiles
/// at once, one <c>id_type</c> for all; unknown people are left out) and <c>GET /customers/{id}/relationships</c>
/// (the objects the Track API related the person to, paged).
/// </summary>
internal sealed class CustomerProfileHandlers(EmulatorState state)
{
    public const int MaxIds = 100;

    private readonly CustomerReadHandlers _reads = new(state);

    public RequestDelegate ManyAttributes => AppEndpoint.WithBody(state, "app.get_customers_attributes", (context, body, _, _) =>
    {
        IdentifierKind? kind = JsonAnswers.Query(context, "id_type") switch
        {
            "" or "id" => IdentifierKind.Id,
            "email" => IdentifierKind.Email,
            "cio_id" => IdentifierKind.CioId,
            _ => null,
        };
        if (kind is null)
        {
            return AppOutcome.Fail(Errors.Invalid("id_type", "id_type must be id, email or cio_id"));
        }

        using var document = JsonDocument.Parse(body.ToArray());
        if (!document.RootElement.TryGetProperty("ids", out var ids) || ids.ValueKind != JsonValueKind.Array)
        {
            return AppOutcome.Fail(Errors.Required("ids"));
        }

        var count = ids.GetArrayLength();
        if (count is 0 or > MaxIds || ids.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.String))
        {
            return AppOutcome.Fail(Errors.Invalid("ids", "ids must hold 1 to 100 identifiers, each a string"));
        }

        var customers = new JsonArray();
        foreach (var id in ids.EnumerateArray())
        {
            if (state.People.Find(kind.Value, id.GetString()) is { } found && state.FindPerson("cio_" + found.CioId) is { } person)
            {
                customers.Add(new JsonObject { ["customer"] = JsonAnswers.Profile(person) });
            }
        }

        return JsonAnswers.Ok(new JsonObject { ["customers"] = customers });
    });

    /// <summary>The objects the person is related to, in the order the relationships were made.</summary>
    public Reply Relationships(HttpContext context) => _reads.WithPerson(context, "app.get_customer_relationships", (context, person) =>
    {
        if (Page.Parse(context, out var page) is { } error)
        {
            return AppOutcome.Fail(error);
        }

        var objects = state.GetObjects().ToDictionary(o => (o.ObjectTypeId, o.ObjectId));
        var entries = page.Of(person.Relationships, r =>
        {
            var stored = objects.GetValueOrDefault((r.ObjectTypeId, r.ObjectId));
            return (JsonNode)new JsonObject
            {
                ["identifiers"] = new JsonObject { ["object_id"] = r.ObjectId, ["cio_object_id"] = stored?.CioObjectId },
                ["object_type_id"] = JsonAnswers.NumberOrText(r.ObjectTypeId),
                ["attributes"] = r.Attributes is { ValueKind: JsonValueKind.Object } attributes ? JsonAnswers.Node(attributes) : new JsonObject(),
                ["timestamps"] = Timestamps(stored),
            };
        });
        return JsonAnswers.Ok(new JsonObject { ["cio_relationships"] = new JsonArray([.. entries]), ["next"] = page.Next(person.Relationships.Count) });
    });

    /// <summary>When the object's attributes were last set: the emulator keeps one time per object, its last change.</summary>
    internal static JsonObject Timestamps(EmulatedObject? stored)
    {
        var timestamps = new JsonObject();
        foreach (var name in stored?.Attributes.Keys ?? [])
        {
            timestamps[name] = stored!.UpdatedAt.ToUnixTimeSeconds();
        }

        return timestamps;
    }
}
