using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CustomerIO.Emulator.Pipelines;

/// <summary>
/// The Pipelines API under <c>/cdp/v1/</c> (HTTP Basic: the write key as user, empty password). Permissive
/// like the real API: bad credentials are a 401 only with <c>X-Strict-Mode: 1</c>; otherwise the call
/// passes the front door and the handler answers <c>200 {}</c> and drops it (reason <c>unauthorized</c>).
/// </summary>
internal sealed class PipelinesApiModule(EmulatorRuntime runtime) : IEmulatorApiModule
{
    private static readonly PathString Prefix = new("/cdp");
    private readonly ExpectedAuthorization _authorization = ExpectedAuthorization.Basic(runtime.Options.PipelinesWriteKey, string.Empty);

    public EmulatorApi Api => EmulatorApi.Pipelines;

    public static bool IsStrict(HttpContext context) => context.Request.Headers["X-Strict-Mode"] == "1";

    public bool Owns(PathString path) => path.StartsWithSegments(Prefix);

    public bool HasCredentials(HttpContext context) => _authorization.Matches(context);

    public bool IsAuthorized(HttpContext context) => !IsStrict(context) || HasCredentials(context);

    public Reply Unauthorized(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"Customer.io Pipelines API\"";
        runtime.State.Counters.AddRejected(PipelinesHandlers.UnauthorizedReason);
        return Replies.V2Error(StatusCodes.Status401Unauthorized, PipelinesHandlers.Unauthorized);
    }

    /// <summary>In both modes: an unknown route or a bad path is not a payload the permissive mode would drop.</summary>
    public Reply Error(HttpContext context, int status, OperationError error) => Replies.V2Error(status, error);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapPipelinesApi(new PipelinesHandlers(runtime, this));
}
