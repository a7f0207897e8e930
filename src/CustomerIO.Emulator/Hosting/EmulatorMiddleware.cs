using System.Diagnostics;
using System.Globalization;
using CustomerIO.Emulator.Faults;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Hosting;

/// <summary>
/// The front door of every API request: injected faults, authentication, emulated rate limits, then
/// the endpoint; finally the request log and status counters. Admin paths pass straight through.
/// </summary>
internal sealed class EmulatorMiddleware(RequestDelegate next, EmulatorRuntime runtime)
{
    public static readonly PathString AdminPrefix = new("/_emulator");

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(AdminPrefix))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var receivedAt = runtime.State.Now();
        var record = new RequestRecordFeature(runtime.Options.RequestBodyCaptureBytes);
        context.Features.Set(record);
        var module = runtime.FindModule(request.Path);
        var api = module?.Api ?? EmulatorRuntime.Classify(request.Path);
        var path = request.Path.Value ?? string.Empty;
        string? fault = null;
        var status = 0;
        try
        {
            var decision = runtime.Faults.Decide(api, path);
            if (!decision.IsNone)
            {
                fault = decision.Label;
                runtime.State.Counters.AddFault();
                if (decision.Latency > TimeSpan.Zero)
                {
                    await Task.Delay(decision.Latency, runtime.Options.TimeProvider, context.RequestAborted).ConfigureAwait(false);
                }

                if (decision.Abort)
                {
                    context.Abort();
                    return;
                }

                if (decision.Status is { } faultStatus)
                {
                    SetRetryAfter(context, decision.RetryAfterSeconds);
                    await Responses.MetaError(context, faultStatus, fault == "down" ? "emulated outage" : "emulated fault").ConfigureAwait(false);
                    status = faultStatus;
                    return;
                }
            }

            if (module is not null && !module.IsAuthorized(context))
            {
                await module.WriteUnauthorizedAsync(context).ConfigureAwait(false);
                status = context.Response.StatusCode;
                return;
            }

            if (runtime.Faults.CheckRateLimit(api, request.Method, path) is { } retryAfter)
            {
                fault = "rate_limit";
                runtime.State.Counters.AddFault();
                SetRetryAfter(context, retryAfter);
                await Responses.MetaError(context, StatusCodes.Status429TooManyRequests, "rate limit exceeded").ConfigureAwait(false);
                status = StatusCodes.Status429TooManyRequests;
                return;
            }

            await next(context).ConfigureAwait(false);
            status = context.Response.StatusCode;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            status = 0;
        }
        catch
        {
            // Kestrel answers 500 for an unhandled exception; log it as such.
            status = StatusCodes.Status500InternalServerError;
            throw;
        }
        finally
        {
            runtime.State.Counters.AddRequest(status);
            runtime.State.Requests.Add(new ReceivedRequest
            {
                Time = receivedAt,
                Api = api,
                Method = request.Method,
                Path = path,
                Query = request.QueryString.HasValue ? request.QueryString.Value : null,
                Status = status,
                Fault = fault,
                BodyLength = record.BodyLength,
                BodyPrefix = record.BodyPrefix,
                DurationMilliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            });
        }
    }

    private static void SetRetryAfter(HttpContext context, int? seconds)
    {
        if (seconds is { } value)
        {
            context.Response.Headers.RetryAfter = value.ToString(CultureInfo.InvariantCulture);
        }
    }
}
