using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CustomerIO.Emulator.App;

/// <summary>
/// The App API under <c>/app/v1/</c> (Bearer App API key): transactional sends, broadcast triggers and
/// the reads the emulator has state for. Every other documented operation answers 501 by name;
/// unknown paths 404.
/// </summary>
internal sealed class AppApiModule(EmulatorRuntime runtime) : IEmulatorApiModule
{
    public const string Prefix = "/app/v1";
    private static readonly PathString AppPrefix = new("/app");
    private readonly ExpectedAuthorization _authorization = ExpectedAuthorization.Bearer(runtime.Options.AppApiKey);

    public EmulatorApi Api => EmulatorApi.App;

    public bool Owns(PathString path) => path.StartsWithSegments(AppPrefix);

    public bool IsAuthorized(HttpContext context) => _authorization.Matches(context);

    public Reply Unauthorized(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer realm=\"Customer.io App API\"";
        return Replies.MetaError(StatusCodes.Status401Unauthorized, "unauthorized: check the App API key");
    }

    public Reply Error(HttpContext context, int status, OperationError error) => Replies.MetaError(status, error.Message);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAppApi(runtime);

    /// <summary>Any other path: 501 naming the operation when the App API has it, else 404.</summary>
    public static Reply NotEmulated(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var name = path.StartsWith(Prefix + "/", StringComparison.Ordinal)
            ? AppOperationCatalog.Default.Find(context.Request.Method, path.AsSpan(Prefix.Length))
            : null;
        return name is null
            ? Replies.MetaError(StatusCodes.Status404NotFound, "not found")
            : Replies.MetaError(StatusCodes.Status501NotImplemented, name + " is not emulated");
    }
}
