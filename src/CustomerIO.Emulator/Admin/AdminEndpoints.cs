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
/// suppressions, requests, counters, reset and faults.
/// </summary>
internal static class AdminEndpoints
{
    /// <summary>The cap on admin bodies (fault profiles, webhook requests): far above any real one, far below Kestrel's.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints, EmulatorRuntime runtime)
    {
        var state = runtime.State;
        var json = EmulatorJsonContext.Default;
        var admin = endpoints.MapGroup(EmulatorMiddleware.AdminPrefix.Value!);
        admin.MapGet("/", context => Responses.Json(context, Info(runtime), json.EmulatorInfo));
        admin.MapGet("/people", context => Responses.Json(context, Limit(context, state.GetPeople()), json.IReadOnlyListEmulatedPerson));
        admin.MapGet("/people/{identifier}", context =>
            state.FindPerson(RawPath.Segment(context, 2)) is { } person
                ? Responses.Json(context, person, json.EmulatedPerson)
                : Responses.Json(context, new AdminMessage("person not found"), json.AdminMessage, StatusCodes.Status404NotFound));
        admin.MapGet("/events", context => Responses.Json(context, Limit(context, state.GetEvents(Query(context, "person"))), json.IReadOnlyListEmulatedEvent));
        admin.MapGet("/devices", context => Responses.Json(context, state.GetDevices(Query(context, "person")), json.IReadOnlyListEmulatedDevice));
        admin.MapGet("/objects", context => Responses.Json(context, Limit(context, state.GetObjects()), json.IReadOnlyListEmulatedObject));
        admin.MapGet("/metrics", context => Responses.Json(context, Limit(context, state.Metrics.Snapshot()), json.IReadOnlyListEmulatedDeliveryMetric));
        admin.MapGet("/deliveries", context => Responses.Json(context, Limit(context, state.Deliveries.Snapshot()), json.IReadOnlyListEmulatedDelivery));
        admin.MapGet("/broadcasts", context => Responses.Json(context, Limit(context, state.BroadcastTriggers.Snapshot()), json.IReadOnlyListEmulatedBroadcastTrigger));
        admin.MapGet("/forms", context => Responses.Json(context, Limit(context, state.Forms.Snapshot()), json.IReadOnlyListEmulatedFormSubmission));
        admin.MapGet("/suppressions", context => Responses.Json(context, state.Suppressed.Snapshot(), json.IReadOnlyListString));
        admin.MapGet("/requests", context => Responses.Json(context, Limit(context, state.Requests.Snapshot()), json.IReadOnlyListReceivedRequest));
        admin.MapGet("/counters", context => Responses.Json(context, state.GetCounters(), json.EmulatorCounters));
        admin.MapPost("/reset", context =>
        {
            state.Reset();
            return Responses.Json(context, new AdminMessage("reset"), json.AdminMessage);
        });
        admin.MapPost("/webhooks", context => SendWebhookAsync(context, runtime));
        admin.MapGet("/faults", context => Responses.Json(context, runtime.Faults.Profile, json.FaultProfile));
        admin.MapPut("/faults", context => SetFaultsAsync(context, runtime));
        admin.MapDelete("/faults", context =>
        {
            runtime.Faults.Set(FaultProfile.None);
            return Responses.Json(context, FaultProfile.None, json.FaultProfile);
        });
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

    private static async Task SetFaultsAsync(HttpContext context, EmulatorRuntime runtime)
    {
        var json = EmulatorJsonContext.Default;
        try
        {
            using var body = await PooledBody.ReadAsync(context.Request, MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
            if (body is null)
            {
                await TooLargeAsync(context).ConfigureAwait(false);
                return;
            }

            var profile = StrictJson.Deserialize(body.Span, json.FaultProfile) ?? throw new ArgumentException("the body must be a fault profile");
            runtime.Faults.Set(profile);
            await Responses.Json(context, runtime.Faults.Profile, json.FaultProfile).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            await Responses.Json(context, new AdminMessage(exception.Message), json.AdminMessage, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }
    }

    private static async Task SendWebhookAsync(HttpContext context, EmulatorRuntime runtime)
    {
        var json = EmulatorJsonContext.Default;
        try
        {
            using var body = await PooledBody.ReadAsync(context.Request, MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
            if (body is null)
            {
                await TooLargeAsync(context).ConfigureAwait(false);
                return;
            }

            var request = StrictJson.Deserialize(body.Span, json.WebhookRequest) ?? throw new ArgumentException("the body must name target_url, signing_secret and payload");
            if (!Uri.TryCreate(request.TargetUrl, UriKind.Absolute, out var target))
            {
                throw new ArgumentException("target_url must be an absolute URL");
            }

            var status = await runtime.Webhooks.SendAsync(target, request.SigningSecret, request.Payload.GetRawText(), context.RequestAborted).ConfigureAwait(false);
            await Responses.Json(context, new WebhookAnswer(status), json.WebhookAnswer).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            await Responses.Json(context, new AdminMessage(exception.Message), json.AdminMessage, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !context.RequestAborted.IsCancellationRequested)
        {
            await Responses.Json(context, new AdminMessage("the receiver did not answer: " + exception.Message), json.AdminMessage, StatusCodes.Status502BadGateway).ConfigureAwait(false);
        }
    }

    private static Task TooLargeAsync(HttpContext context) =>
        Responses.Json(context, new AdminMessage(Errors.BodyTooLarge(MaxBodyBytes).Message), EmulatorJsonContext.Default.AdminMessage, StatusCodes.Status413RequestEntityTooLarge);

    private static string? Query(HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var value) && value.Count > 0 ? value.ToString() : null;

    /// <summary>Applies <c>?limit=n</c> (the newest n items).</summary>
    private static IReadOnlyList<T> Limit<T>(HttpContext context, IReadOnlyList<T> items) =>
        int.TryParse(Query(context, "limit"), NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit < items.Count
            ? [.. items.Skip(items.Count - limit)]
            : items;
}
