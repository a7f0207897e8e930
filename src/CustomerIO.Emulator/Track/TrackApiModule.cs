using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CustomerIO.Emulator.Track;

/// <summary>The Track API: v1 and v2 under <c>/api/</c> (HTTP Basic site id and key), and <c>/unsubscribe/</c> (no auth).</summary>
internal sealed class TrackApiModule(EmulatorRuntime runtime) : IEmulatorApiModule
{
    private static readonly PathString ApiPrefix = new("/api");
    private static readonly PathString UnsubscribePrefix = new("/unsubscribe");
    private static readonly PathString V2Prefix = new("/api/v2");
    private readonly ExpectedAuthorization _authorization = ExpectedAuthorization.Basic(runtime.Options.SiteId, runtime.Options.TrackApiKey);

    public EmulatorApi Api => EmulatorApi.Track;

    public bool Owns(PathString path) => path.StartsWithSegments(ApiPrefix) || path.StartsWithSegments(UnsubscribePrefix);

    public bool IsAuthorized(HttpContext context) =>
        context.Request.Path.StartsWithSegments(UnsubscribePrefix) || _authorization.Matches(context);

    public Reply Unauthorized(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"Customer.io Track API\"";
        return Replies.MetaError(StatusCodes.Status401Unauthorized, "unauthorized: check the site id and tracking API key");
    }

    /// <summary>v2 paths answer in the v2 shape; v1 paths in the shape their endpoints use.</summary>
    public Reply Error(HttpContext context, int status, OperationError error) =>
        context.Request.Path.StartsWithSegments(V2Prefix) ? Replies.V2Error(status, error)
        : TrackRoutes.UsesErrorList(context.Request.Path) ? Replies.MetaErrors(status, error.Message)
        : Replies.MetaError(status, error.Message);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapTrackApi(runtime);
}
