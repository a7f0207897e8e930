using System.Diagnostics;
using System.Globalization;
using CustomerIO.Emulator.Admin;
using CustomerIO.Emulator.Faults;
using CustomerIO.Emulator.Validation;
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
            await AdminAsync(context).ConfigureAwait(false);
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
                    await Replies.MetaError(faultStatus, fault == "down" ? "emulated outage" : "emulated fault").ExecuteAsync(context).ConfigureAwait(false);
                    status = faultStatus;
                    return;
                }
            }

            if (module is not null && !module.IsAuthorized(context))
            {
                await module.Unauthorized(context).ExecuteAsync(context).ConfigureAwait(false);
                status = context.Response.StatusCode;
                return;
            }

            if (runtime.Faults.CheckRateLimit(api, request.Method, path) is { } retryAfter)
            {
                fault = "rate_limit";
                runtime.State.Counters.AddFault();
                SetRetryAfter(context, retryAfter);
                await Replies.MetaError(StatusCodes.Status429TooManyRequests, "rate limit exceeded").ExecuteAsync(context).ConfigureAwait(false);
                status = StatusCodes.Status429TooManyRequests;
                return;
            }

            if (!RawPath.IsDecodable(context))
            {
                var error = Errors.PathNotUtf8();
                runtime.State.Counters.AddRejected(error.Reason);
                await WriteErrorAsync(context, module, StatusCodes.Status400BadRequest, error).ConfigureAwait(false);
                status = StatusCodes.Status400BadRequest;
                return;
            }

            await next(context).ConfigureAwait(false);
            if (UnansweredError(context) is { } unrouted)
            {
                await WriteErrorAsync(context, module, context.Response.StatusCode, unrouted).ConfigureAwait(false);
            }

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

    /// <summary>Admin paths are never faulted, authenticated or logged, but answer bad paths and unknown routes in JSON too.</summary>
    private async Task AdminAsync(HttpContext context)
    {
        if (!RawPath.IsDecodable(context))
        {
            await AdminError(context, StatusCodes.Status400BadRequest, Errors.PathNotUtf8()).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
        if (UnansweredError(context) is { } unrouted)
        {
            await AdminError(context, context.Response.StatusCode, unrouted).ConfigureAwait(false);
        }
    }

    private static Task AdminError(HttpContext context, int status, OperationError error) =>
        AdminEndpoints.Message(error.Message, status).ExecuteAsync(context);

    /// <summary>
    /// The error routing left without a body: 404 (no route) or 405 (the route takes other methods; routing set
    /// <c>Allow</c>). Answers written by an endpoint (which set a content type) are left alone.
    /// </summary>
    private static OperationError? UnansweredError(HttpContext context)
    {
        var response = context.Response;
        if (response.HasStarted || response.ContentType is not null || response.ContentLength is > 0)
        {
            return null;
        }

        return response.StatusCode switch
        {
            StatusCodes.Status404NotFound => Errors.NotFound(),
            StatusCodes.Status405MethodNotAllowed => Errors.MethodNotAllowed(context.Request.Method, response.Headers.Allow.ToString()),
            _ => null,
        };
    }

    /// <summary>In the API's own shape; paths outside every API answer the single-error v1 shape.</summary>
    private static Task WriteErrorAsync(HttpContext context, IEmulatorApiModule? module, int status, OperationError error) =>
        (module is not null ? module.Error(context, status, error) : Replies.MetaError(status, error.Message)).ExecuteAsync(context);

    private static void SetRetryAfter(HttpContext context, int? seconds)
    {
        if (seconds is { } value)
        {
            context.Response.Headers.RetryAfter = value.ToString(CultureInfo.InvariantCulture);
        }
    }
}
