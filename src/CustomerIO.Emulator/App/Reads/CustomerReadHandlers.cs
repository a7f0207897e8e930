using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CustomerIO.Emulator.App.Reads;

/// <summary>
/// People reads over the shared people store: <c>GET /customers?email=</c>, and
/// <c>/customers/{id}/attributes|messages|activities</c> with <c>id_type</c> (id, email, cio_id; default id).
/// </summary>
internal sealed class CustomerReadHandlers(EmulatorState state)
{
    public void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("/customers", ByEmail);
        v1.MapGet("/customers/{customer_id}/attributes", context => WithPerson(context, "app.get_attributes", Attributes));
        v1.MapGet("/customers/{customer_id}/messages", context => WithPerson(context, "app.get_customer_messages", Messages));
        v1.MapGet("/customers/{customer_id}/activities", context => WithPerson(context, "app.get_customer_activities", Activities));
    }

    private Task ByEmail(HttpContext context)
    {
        var email = context.Request.Query["email"].ToString();
        if (email.Length == 0)
        {
            return AppEndpoint.FinishAsync(context, state, "app.get_customers_by_email", AppOutcome.Fail(Errors.Required("email")));
        }

        var person = state.People.Find(IdentifierKind.Email, email) is { } found ? state.FindPerson("cio_" + found.CioId) : null;
        return AppEndpoint.FinishAsync(context, state, "app.get_customers_by_email", AppOutcome.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            if (person is not null)
            {
                writer.WriteStartObject();
                AppJson.WriteNullable(writer, "id", person.Id);
                AppJson.WriteNullable(writer, "email", person.Email);
                writer.WriteString("cio_id", person.CioId);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
    }

    private Task WithPerson(HttpContext context, string operation, Func<HttpContext, EmulatedPerson, AppOutcome> read)
    {
        var identifier = RawPath.Segment(context, 3);
        IdentifierKind? kind = context.Request.Query["id_type"].ToString() switch
        {
            "" or "id" => IdentifierKind.Id,
            "email" => IdentifierKind.Email,
            "cio_id" => IdentifierKind.CioId,
            _ => null,
        };
        if (kind is null)
        {
            return AppEndpoint.FinishAsync(context, state, operation, AppOutcome.Fail(Errors.Invalid("id_type", "id_type must be id, email or cio_id")));
        }

        var person = state.People.Find(kind.Value, identifier) is { } found ? state.FindPerson("cio_" + found.CioId) : null;
        if (person is null)
        {
            return Responses.MetaError(context, StatusCodes.Status404NotFound, "customer not found");
        }

        return AppEndpoint.FinishAsync(context, state, operation, read(context, person));
    }

    private static AppOutcome Attributes(HttpContext context, EmulatedPerson person) => AppOutcome.Ok(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartObject("customer");
        AppJson.WriteNullable(writer, "id", person.Id);
        AppJson.WriteIdentifiers(writer, "identifiers", person.Id, person.Email, person.CioId);
        writer.WriteStartObject("attributes");
        AppJson.WriteNullable(writer, "id", person.Id);
        AppJson.WriteNullable(writer, "email", person.Email);
        writer.WriteString("cio_id", person.CioId);
        foreach (var (name, value) in person.Attributes)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("timestamps");
        writer.WriteNumber("cio_id", person.CreatedAt.ToUnixTimeSeconds());
        writer.WriteEndObject();
        writer.WriteStartArray("devices");
        foreach (var device in person.Devices)
        {
            writer.WriteStartObject();
            writer.WriteString("id", device.Token);
            AppJson.WriteNullable(writer, "platform", device.Platform);
            if (device.LastUsed is { } lastUsed)
            {
                writer.WriteNumber("last_used", lastUsed);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    /// <summary>The person's transactional deliveries, newest first.</summary>
    private AppOutcome Messages(HttpContext context, EmulatedPerson person)
    {
        if (Page.Parse(context, out var page) is { } error)
        {
            return AppOutcome.Fail(error);
        }

        var messages = state.Deliveries.Snapshot().Where(d => d.PersonCioId == person.CioId).Reverse().ToList();
        return AppOutcome.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("messages");
            foreach (var delivery in page.Of(messages))
            {
                AppJson.WriteMessage(writer, state, delivery);
            }

            writer.WriteEndArray();
            page.WriteNext(writer, messages.Count);
            writer.WriteEndObject();
        });
    }

    /// <summary>The person's stored events (event, page, screen), newest first; <c>type</c> and <c>name</c> filter.</summary>
    private AppOutcome Activities(HttpContext context, EmulatedPerson person)
    {
        if (Page.Parse(context, out var page) is { } error)
        {
            return AppOutcome.Fail(error);
        }

        var type = context.Request.Query["type"].ToString();
        var name = context.Request.Query["name"].ToString();
        var events = state.GetEvents("cio_" + person.CioId)
            .Where(e => (type.Length == 0 || e.Type == type) && (name.Length == 0 || e.Name == name))
            .Reverse()
            .ToList();
        return AppOutcome.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in page.Of(events))
            {
                writer.WriteStartObject();
                AppJson.WriteNullable(writer, "id", activity.Id);
                AppJson.WriteNullable(writer, "customer_id", person.Id);
                AppJson.WriteIdentifiers(writer, "customer_identifiers", person.Id, person.Email, person.CioId);
                writer.WriteString("type", activity.Type);
                writer.WriteString("name", activity.Name);
                writer.WriteNumber("timestamp", activity.Timestamp ?? activity.ReceivedAt.ToUnixTimeSeconds());
                writer.WritePropertyName("data");
                if (activity.Data is { } data)
                {
                    data.WriteTo(writer);
                }
                else
                {
                    writer.WriteNullValue();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            page.WriteNext(writer, events.Count);
            writer.WriteEndObject();
        });
    }
}
