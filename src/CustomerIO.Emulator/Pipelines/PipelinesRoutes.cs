using CustomerIO.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CustomerIO.Emulator.Pipelines;

/// <summary>Every Pipelines route in one table: one per single call, and the batch.</summary>
internal static class PipelinesRoutes
{
    public static void MapPipelinesApi(this IEndpointRouteBuilder endpoints, PipelinesHandlers handlers)
    {
        var v1 = endpoints.MapGroup("/cdp/v1");
        foreach (var call in PipelinesHandlers.Calls)
        {
            v1.MapPost("/" + PipelinesMessage.Name(call), Reply.Handler(context => handlers.Single(context, call)));
        }

        v1.MapPost("/batch", Reply.Handler(handlers.Batch));
    }
}
