using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CustomerIO.Emulator.Hosting;

/// <summary>
/// One emulated API (a folder: Track/, later App/ and Pipelines/). The middleware uses it to classify,
/// fault and authenticate requests; the module maps its own endpoints. Add an API by implementing
/// this and listing it in <see cref="EmulatorRuntime"/>.
/// </summary>
internal interface IEmulatorApiModule
{
    EmulatorApi Api { get; }

    /// <summary>Whether a request path belongs to this API.</summary>
    bool Owns(PathString path);

    /// <summary>Whether the request carries this API's credentials (true for paths that need none).</summary>
    bool IsAuthorized(HttpContext context);

    /// <summary>The 401 in this API's error shape (the module may set <c>WWW-Authenticate</c> on the response).</summary>
    Reply Unauthorized(HttpContext context);

    /// <summary>
    /// Answers an error no endpoint wrote (an undecodable path, an unknown route, a method the route does not
    /// take) in this API's error shape, so every answer of the API has a JSON body its clients can parse.
    /// </summary>
    Reply Error(HttpContext context, int status, OperationError error);

    /// <summary>Maps every route of the API: the module's one route table.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
