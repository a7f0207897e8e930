using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CustomerIO.Emulator.Track.V2;

/// <summary>
/// <c>POST /api/v2/entity</c> (one operation, at most 32768 bytes) and <c>POST /api/v2/batch</c>
/// (under 512000 bytes). Oversized bodies answer 413 with a v2 error body and are not read further.
/// </summary>
internal sealed class TrackV2Handlers(EmulatorRuntime runtime)
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v2/entity", context => HandleAsync(context, batch: false));
        endpoints.MapPost("/api/v2/batch", context => HandleAsync(context, batch: true));
    }

    private async Task HandleAsync(HttpContext context, bool batch)
    {
        var state = runtime.State;
        var limit = batch ? Limits.BatchBytesExclusive - 1 : Limits.OperationBytes;
        using var body = await PooledBody.ReadAsync(context.Request, limit, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            var tooLarge = batch ? Errors.BatchTooLarge() : Errors.OperationTooLarge();
            state.Counters.AddRejected(tooLarge.Reason);
            await Responses.V2Error(context, StatusCodes.Status413RequestEntityTooLarge, tooLarge).ConfigureAwait(false);
            return;
        }

        context.Features.Get<RequestRecordFeature>()?.CaptureBody(body.Span);
        var result = V2BatchProcessor.Process(state, body.Span, batch);
        if (result.RequestError is { } error)
        {
            await Responses.V2Error(context, StatusCodes.Status400BadRequest, error).ConfigureAwait(false);
        }
        else if (result.ItemErrors is { } errors)
        {
            await Responses.V2Errors(context, StatusCodes.Status207MultiStatus, errors).ConfigureAwait(false);
        }
        else
        {
            await Responses.Ok(context).ConfigureAwait(false);
        }
    }
}
