using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Track.V1;
using CustomerIO.Emulator.Track.V2;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Shape = CustomerIO.Emulator.Track.V1.TrackV1Handlers.ErrorShape;

namespace CustomerIO.Emulator.Track;

/// <summary>Every Track route (v1, v2, unsubscribe) in one table; the handlers live in <c>V1/</c> and <c>V2/</c>.</summary>
internal static class TrackRoutes
{
    /// <summary>
    /// Whether a v1 path answers errors as <c>{"meta":{"errors":[..]}}</c>: the customer and event endpoints
    /// (<see cref="Shape.Errors"/> below); the others answer <c>{"meta":{"error":".."}}</c>.
    /// </summary>
    public static bool UsesErrorList(PathString path) =>
        path.StartsWithSegments("/api/v1/customers") || path.StartsWithSegments("/api/v1/events");

    public static void MapTrackApi(this IEndpointRouteBuilder endpoints, EmulatorRuntime runtime)
    {
        var h = new TrackV1Handlers(runtime);
        var v1 = endpoints.MapGroup("/api/v1");
        v1.MapPut("/customers/{identifier}", h.WithBody("v1.identify", Shape.Errors, h.Identify, allowEmpty: true));
        v1.MapDelete("/customers/{identifier}", h.WithoutBody("v1.delete", h.Delete));
        v1.MapPost("/customers/{identifier}/suppress", h.WithoutBody("v1.suppress", h.Suppress));
        v1.MapPost("/customers/{identifier}/unsuppress", h.WithoutBody("v1.unsuppress", h.Unsuppress));
        v1.MapPost("/customers/{identifier}/events", h.WithBody("v1.event", Shape.Errors, h.PersonEvent));
        v1.MapPost("/events", h.WithBody("v1.anonymous_event", Shape.Errors, h.AnonymousEvent));
        v1.MapPut("/customers/{identifier}/devices", h.WithBody("v1.add_device", Shape.Errors, h.AddDevice));
        v1.MapDelete("/customers/{identifier}/devices/{token}", h.WithoutBody("v1.delete_device", h.DeleteDevice));
        v1.MapPost("/merge_customers", h.WithBody("v1.merge", Shape.Error, h.Merge));
        v1.MapPost("/push/events", h.WithBody("v1.push_event", Shape.Error, h.PushEvent));
        v1.MapPost("/metrics", h.WithBody("v1.metric", Shape.Error, h.Metric));
        v1.MapPost("/segments/{segment_id}/add_customers", h.WithBody("v1.segment_add", Shape.Error, h.SegmentAdd));
        v1.MapPost("/segments/{segment_id}/remove_customers", h.WithBody("v1.segment_remove", Shape.Error, h.SegmentRemove));
        v1.MapPost("/forms/{form_id}/submit", h.WithBody("v1.form", Shape.Error, h.Form, noContent: true));
        v1.MapGet("/accounts/region", Reply.Handler(h.Region));
        endpoints.MapPost("/unsubscribe/{delivery_id}", h.WithBody("unsubscribe", Shape.Error, h.Unsubscribe));

        var v2 = new TrackV2Handlers(runtime);
        endpoints.MapPost("/api/v2/entity", Reply.Handler(v2.Entity));
        endpoints.MapPost("/api/v2/batch", Reply.Handler(v2.Batch));
    }
}
