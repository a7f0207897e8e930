using System.Globalization;
using System.Text.Json;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CustomerIO.Emulator.App.Reads;

/// <summary>
/// The manual segments the Track API maintains (<c>/api/v1/segments/{id}/add_customers</c>): a segment exists
/// while it has members. <c>GET /segments</c>, <c>/segments/{id}</c>, <c>/segments/{id}/customer_count</c>,
/// <c>/segments/{id}/membership</c> (paged, members ordered by cio id).
/// </summary>
internal sealed class SegmentReadHandlers(EmulatorState state)
{
    public void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("/segments", List);
        v1.MapGet("/segments/{segment_id}", context => WithSegment(context, "app.get_segment", (id, members) => AppOutcome.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("segment");
            WriteSegment(writer, id);
            writer.WriteEndObject();
        })));
        v1.MapGet("/segments/{segment_id}/customer_count", context => WithSegment(context, "app.get_segment_customer_count", (id, members) => AppOutcome.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("count", members.Count);
            writer.WriteEndObject();
        })));
        v1.MapGet("/segments/{segment_id}/membership", context => WithSegment(context, "app.get_segment_membership", (id, members) => Membership(context, members)));
    }

    private static void WriteSegment(Utf8JsonWriter writer, string id)
    {
        writer.WriteStartObject();
        if (long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteNumber("id", number);
        }
        else
        {
            writer.WriteString("id", id);
        }

        writer.WriteString("name", "Segment " + id);
        writer.WriteString("description", "A manual segment maintained through the Track API (emulated).");
        writer.WriteString("type", "manual");
        writer.WriteString("state", "finished");
        writer.WriteEndObject();
    }

    private static AppOutcome Membership(HttpContext context, List<EmulatedPerson> members)
    {
        if (Page.Parse(context, out var page) is { } error)
        {
            return AppOutcome.Fail(error);
        }

        return AppOutcome.Ok(writer =>
        {
            var slice = page.Of(members).ToList();
            writer.WriteStartObject();
            writer.WriteStartArray("identifiers");
            foreach (var person in slice)
            {
                writer.WriteStartObject();
                AppJson.WriteNullable(writer, "id", person.Id);
                AppJson.WriteNullable(writer, "email", person.Email);
                writer.WriteString("cio_id", person.CioId);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("ids");
            foreach (var person in slice)
            {
                AppJsonValue(writer, person.Id);
            }

            writer.WriteEndArray();
            page.WriteNext(writer, members.Count);
            writer.WriteEndObject();
        });
    }

    private static void AppJsonValue(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    private Task List(HttpContext context)
    {
        var ids = state.GetPeople().SelectMany(p => p.Segments).Distinct(StringComparer.Ordinal)
            .OrderBy(id => id.Length).ThenBy(id => id, StringComparer.Ordinal).ToList();
        return AppEndpoint.FinishAsync(context, state, "app.list_segments", AppOutcome.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("segments");
            foreach (var id in ids)
            {
                WriteSegment(writer, id);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
    }

    private Task WithSegment(HttpContext context, string operation, Func<string, List<EmulatedPerson>, AppOutcome> read)
    {
        var id = RawPath.Segment(context, 3);
        var members = state.GetPeople().Where(p => p.Segments.Contains(id)).ToList();
        return members.Count == 0
            ? Responses.MetaError(context, StatusCodes.Status404NotFound, "segment not found")
            : AppEndpoint.FinishAsync(context, state, operation, read(id, members));
    }
}
