using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Reads;

/// <summary>
/// The manual segments the Track API maintains (<c>/api/v1/segments/{id}/add_customers</c>): a segment exists
/// while it has members. Routed by <see cref="AppRoutes"/>: <c>GET /segments</c>, <c>/segments/{id}</c>,
/// <c>/segments/{id}/customer_count</c>, <c>/segments/{id}/membership</c> (paged, members ordered by cio id).
/// </summary>
internal sealed class SegmentReadHandlers(EmulatorState state)
{
    private static readonly AppJsonContext Json = AppJsonContext.Default;

    public Reply List(HttpContext context)
    {
        var ids = state.GetPeople().SelectMany(p => p.Segments).Distinct(StringComparer.Ordinal)
            .OrderBy(id => id.Length).ThenBy(id => id, StringComparer.Ordinal).ToList();
        return AppEndpoint.Finish(state, "app.list_segments", AppOutcome.Ok(new SegmentsAnswer([.. ids.Select(SegmentBody.Of)]), Json.SegmentsAnswer));
    }

    public Reply One(HttpContext context) =>
        WithSegment(context, "app.get_segment", (id, _) => AppOutcome.Ok(new SegmentAnswer(SegmentBody.Of(id)), Json.SegmentAnswer));

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

    private Reply WithSegment(HttpContext context, string operation, Func<string, List<EmulatedPerson>, AppOutcome> read)
    {
        var id = RawPath.Segment(context, 3);
        var members = state.GetPeople().Where(p => p.Segments.Contains(id)).ToList();
        return members.Count == 0
            ? Replies.MetaError(StatusCodes.Status404NotFound, "segment not found")
            : AppEndpoint.Finish(state, operation, read(id, members));
    }
}
