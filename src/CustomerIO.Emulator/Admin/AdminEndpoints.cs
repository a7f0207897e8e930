using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CustomerIO.Emulator.Admin;

/// <summary>
/// Inspection and control under <c>/_emulator/</c> (no auth, JSON, never faulted or logged): people,
/// events, devices, objects, metrics, transactional deliveries, broadcast triggers, forms,
/// suppressions, requests, counters, reset, faults, and reporting webhooks sent on demand.
/// </summary>
internal static class AdminEndpoints
{
    /// <summary>The cap on admin bodies (fault profiles, webhook requests): far above any real one, far below Kestrel's.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>Every admin route in one table.</summary>
    public static void MapAdminApi(this IEndpointRouteBuilder endpoints, EmulatorRuntime runtime)
    {
        var state = runtime.State;
        var json = EmulatorJsonContext.Default;
        var admin = endpoints.MapGroup(EmulatorMiddleware.AdminPrefix.Value!);
        admin.MapGet("/", Reply.Handler(_ => Reply.Json(Info(runtime), json.EmulatorInfo)));
        admin.MapGet("/people", Reply.Handler(context => Reply.Json(Limit(context, state.GetPeople()), json.IReadOnlyListEmulatedPerson)));
        admin.MapGet("/people/{identifier}", Reply.Handler(context =>
            state.FindPerson(RawPath.Segment(context, 2)) is { } person
                ? Reply.Json(person, json.EmulatedPerson)
                : Message("person not found", StatusCodes.Status404NotFound)));
        admin.MapGet("/events", Reply.Handler(context => Reply.Json(Limit(context, state.GetEvents(Query(context, "person"))), json.IReadOnlyListEmulatedEvent)));
        admin.MapGet("/devices", Reply.Handler(context => Reply.Json(state.GetDevices(Query(context, "person")), json.IReadOnlyListEmulatedDevice)));
        admin.MapGet("/objects", Reply.Handler(context => Reply.Json(Limit(context, state.GetObjects()), json.IReadOnlyListEmulatedObject)));
        admin.MapGet("/metrics", Reply.Handler(context => Reply.Json(Limit(context, state.Metrics.Snapshot()), json.IReadOnlyListEmulatedDeliveryMetric)));
        admin.MapGet("/deliveries", Reply.Handler(context => Reply.Json(Limit(context, state.Deliveries.Snapshot()), json.IReadOnlyListEmulatedDelivery)));
        admin.MapGet("/broadcasts", Reply.Handler(context => Reply.Json(Limit(context, state.BroadcastTriggers.Snapshot()), json.IReadOnlyListEmulatedBroadcastTrigger)));
        admin.MapGet("/forms", Reply.Handler(context => Reply.Json(Limit(context, state.Forms.Snapshot()), json.IReadOnlyListEmulatedFormSubmission)));
        admin.MapGet("/suppressions", Reply.Handler(_ => Reply.Json(state.Suppressed.Snapshot(), json.IReadOnlyListString)));
        admin.MapGet("/requests", Reply.Handler(context => Reply.Json(Limit(context, state.Requests.Snapshot()), json.IReadOnlyListReceivedRequest)));
        admin.MapGet("/counters", Reply.Handler(_ => Reply.Json(state.GetCounters(), json.EmulatorCounters)));
        admin.MapPost("/reset", Reply.Handler(_ =>
        {
            state.Reset();
            return Message("reset");
        }));
        admin.MapPost("/webhooks", Reply.Handler(context => SendWebhookAsync(context, runtime)));
        admin.MapPost("/webhooks/trigger", Reply.Handler(context => WebhookTrigger.HandleAsync(context, runtime)));
        admin.MapGet("/faults", Reply.Handler(_ => Reply.Json(runtime.Faults.Profile, json.FaultProfile)));
        admin.MapPut("/faults", Reply.Handler(context => SetFaultsAsync(context, runtime)));
        admin.MapDelete("/faults", Reply.Handler(_ =>
        {
            runtime.Faults.Set(FaultProfile.None);
            return Reply.Json(FaultProfile.None, json.FaultProfile);
        }));
    }

    public static EmulatorInfo Info(EmulatorRuntime runtime)
    {
        var root = runtime.BaseUri;
        var options = runtime.Options;
        return new EmulatorInfo(
            root.ToString(),
            root.ToString(),
            new Uri(root, "app/").ToString(),
            new Uri(root, "cdp/").ToString(),
            options.SiteId,
            options.TrackApiKey,
            options.AppApiKey,
            options.PipelinesWriteKey,
            options.SinkMode);
    }

    private static async Task<Reply> SetFaultsAsync(HttpContext context, EmulatorRuntime runtime)
    {
        var json = EmulatorJsonContext.Default;
        try
        {
            using var body = await PooledBody.ReadAsync(context.Request, MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
            if (body is null)
            {
                return Message(Errors.BodyTooLarge(MaxBodyBytes).Message, StatusCodes.Status413RequestEntityTooLarge);
            }

            var profile = StrictJson.Deserialize(body.Span, json.FaultProfile) ?? throw new ArgumentException("the body must be a fault profile");
            runtime.Faults.Set(profile);
            return Reply.Json(runtime.Faults.Profile, json.FaultProfile);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            return Message(exception.Message, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<Reply> SendWebhookAsync(HttpContext context, EmulatorRuntime runtime)
    {
        var json = EmulatorJsonContext.Default;
        try
        {
            using var body = await PooledBody.ReadAsync(context.Request, MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
            if (body is null)
            {
                return Message(Errors.BodyTooLarge(MaxBodyBytes).Message, StatusCodes.Status413RequestEntityTooLarge);
            }

            var request = StrictJson.Deserialize(body.Span, json.WebhookRequest) ?? throw new ArgumentException("the body must name target_url, signing_secret and payload");
            if (!Uri.TryCreate(request.TargetUrl, UriKind.Absolute, out var target))
            {
                throw new ArgumentException("target_url must be an absolute URL");
            }

            var status = await runtime.Webhooks.SendAsync(target, request.SigningSecret, request.Payload.GetRawText(), request.Tamper, context.RequestAborted).ConfigureAwait(false);
            return Reply.Json(new WebhookAnswer(status), json.WebhookAnswer);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            return Message(exception.Message, StatusCodes.Status400BadRequest);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !context.RequestAborted.IsCancellationRequested)
        {
            return Message("the receiver did not answer: " + exception.Message, StatusCodes.Status502BadGateway);
        }
    }

    /// <summary>A plain admin answer: <c>{"message":".."}</c>.</summary>
    public static Reply Message(string message, int status = StatusCodes.Status200OK) =>
        Reply.Json(new AdminMessage(message), EmulatorJsonContext.Default.AdminMessage, status);

    private static string? Query(HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var value) && value.Count > 0 ? value.ToString() : null;

    /// <summary>Applies <c>?limit=n</c> (the newest n items).</summary>
    private static IReadOnlyList<T> Limit<T>(HttpContext context, IReadOnlyList<T> items) =>
        int.TryParse(Query(context, "limit"), NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit < items.Count
            ? [.. items.Skip(items.Count - limit)]
            : items;
}
