using System.Text.Json;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Reads;

/// <summary>
/// Segments (routed by <see cref="AppRoutes"/>): the manual segments the Track API maintains
/// (<c>/api/v1/segments/{id}/add_customers</c>, existing while they have members) and those created here
/// (<c>POST /segments</c>, existing until deleted). <c>GET /segments</c>, <c>/segments/{id}</c>,
/// <c>/segments/{id}/customer_count</c>, <c>/segments/{id}/membership</c> (paged, members ordered by cio id),
/// <c>DELETE /segments/{id}</c>.
/// </summary>
internal sealed class SegmentReadHandlers(EmulatorState state)
{
    private static readonly AppJsonContext Json = AppJsonContext.Default;

    public Reply List(HttpContext context)
    {
        var ids = state.GetPeople().SelectMany(p => p.Segments).Concat(state.SegmentCatalog.All().Select(s => s.Id)).Distinct(StringComparer.Ordinal)
            .OrderBy(id => id.Length).ThenBy(id => id, StringComparer.Ordinal).ToList();
        return AppEndpoint.Finish(state, "app.list_segments", AppOutcome.Ok(new SegmentsAnswer([.. ids.Select(Body)]), Json.SegmentsAnswer));
    }

    public Reply One(HttpContext context) =>
        WithSegment(context, "app.get_segment", (id, _) => AppOutcome.Ok(new SegmentAnswer(Body(id)), Json.SegmentAnswer));

    public Reply CustomerCount(HttpContext context) =>
        WithSegment(context, "app.get_segment_customer_count", (_, members) => AppOutcome.Ok(new CountAnswer(members.Count), Json.CountAnswer));

    public Reply Membership(HttpContext context) => WithSegment(context, "app.get_segment_membership", (_, members) =>
    {
        if (Page.Parse(context, out var page) is { } error)
        {
            return AppOutcome.Fail(error);
        }

        var identifiers = page.Of(members, PersonIdentifiers.Of);
        var body = new MembershipPage(identifiers, [.. identifiers.Select(p => p.Id)], page.Next(members.Count));
        return AppOutcome.Ok(body, Json.MembershipPage);
    });

    /// <summary><c>POST /segments</c> with <c>{"segment":{"name":..,"description":..}}</c>: a new, empty manual segment.</summary>
    public RequestDelegate Create => AppEndpoint.WithBody(state, "app.create_segment", (_, body, _, now) =>
    {
        using var document = JsonDocument.Parse(body.ToArray());
        if (!document.RootElement.TryGetProperty("segment", out var segment) || segment.ValueKind != JsonValueKind.Object)
        {
            return AppOutcome.Fail(Errors.Required("segment"));
        }

        if (!segment.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
        {
            return AppOutcome.Fail(Errors.Required("segment.name"));
        }

        var description = segment.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        var record = state.SegmentCatalog.Create(name.GetString()!, description, now);
        return AppOutcome.Ok(new SegmentAnswer(Body(record.Id)), Json.SegmentAnswer);
    });

    public Reply Delete(HttpContext context)
    {
        var id = RawPath.Segment(context, 3);
        return state.DeleteSegment(id, state.Now())
            ? AppEndpoint.Finish(state, "app.delete_segment", new AppOutcome(StatusCodes.Status204NoContent, null, Replies.NoContent))
            : Replies.MetaError(StatusCodes.Status404NotFound, "segment not found");
    }

    private SegmentBody Body(string id) => state.SegmentCatalog.Find(id) is { } record
        ? new SegmentBody(new NumberOrText(id), record.Name, record.Description ?? string.Empty, "manual", "finished")
        : SegmentBody.Of(id);

    private Reply WithSegment(HttpContext context, string operation, Func<string, List<EmulatedPerson>, AppOutcome> read)
    {
        var id = RawPath.Segment(context, 3);
        var members = state.GetPeople().Where(p => p.Segments.Contains(id)).ToList();
        return members.Count == 0 && state.SegmentCatalog.Find(id) is null
            ? Replies.MetaError(StatusCodes.Status404NotFound, "segment not found")
            : AppEndpoint.Finish(state, operation, read(id, members));
    }
}
