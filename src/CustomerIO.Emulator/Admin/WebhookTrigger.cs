using System.Net.Http;
using System.Text.Json;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Validation;
using CustomerIO.Emulator.Webhooks;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Admin;

/// <summary>
/// <c>POST /_emulator/webhooks/trigger</c>: builds the reporting webhook Customer.io would post for an object type and
/// metric (<c>{"object_type":"email","metric":"clicked"}</c>), about a recorded delivery (<c>delivery_id</c>) or a
/// made-up one, signs it (or spoils it: <c>"tamper":"WrongSignature"</c> or <c>"StaleTimestamp"</c>) and posts it to
/// the configured receiver or <c>target_url</c>. Answers the receiver's status, the event id and the payload.
/// </summary>
internal static class WebhookTrigger
{
    private static long _next;

    public static async Task<Reply> HandleAsync(HttpContext context, EmulatorRuntime runtime)
    {
        var json = EmulatorJsonContext.Default;
        try
        {
            using var body = await PooledBody.ReadAsync(context.Request, AdminEndpoints.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
            if (body is null)
            {
                return AdminEndpoints.Message(Errors.BodyTooLarge(AdminEndpoints.MaxBodyBytes).Message, StatusCodes.Status413RequestEntityTooLarge);
            }

            var request = StrictJson.Deserialize(body.Span, json.WebhookTriggerRequest) ?? throw new ArgumentException("the body must name at least metric");
            var target = request.TargetUrl is { } url
                ? Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : throw new ArgumentException("target_url must be an absolute URL")
                : runtime.Options.ReportingWebhookUrl ?? throw new ArgumentException("no receiver: give target_url and signing_secret, or start the emulator with a reporting webhook URL");
            var secret = request.SigningSecret ?? (request.TargetUrl is null ? runtime.Options.ReportingWebhookSecret : null)
                ?? throw new ArgumentException("signing_secret is required with target_url");
            if (string.IsNullOrWhiteSpace(request.Metric))
            {
                throw new ArgumentException("metric must not be empty");
            }

            if (Delivery(request, runtime) is not { } delivery)
            {
                return AdminEndpoints.Message("delivery not found", StatusCodes.Status404NotFound);
            }

            var eventId = request.EventId ?? $"emevt{Interlocked.Increment(ref _next):D12}";
            var payload = DeliveryWebhookPayload.Build(delivery, request.Metric, runtime.Options.TimeProvider.GetUtcNow().ToUnixTimeSeconds(), eventId);
            var status = await runtime.Webhooks.SendAsync(target, secret, payload, request.Tamper, context.RequestAborted).ConfigureAwait(false);
            using var sent = JsonDocument.Parse(payload);
            return Reply.Json(new WebhookTriggerAnswer(status, eventId, sent.RootElement.Clone()), json.WebhookTriggerAnswer);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            return AdminEndpoints.Message(exception.Message, StatusCodes.Status400BadRequest);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !context.RequestAborted.IsCancellationRequested)
        {
            return AdminEndpoints.Message("the receiver did not answer: " + exception.Message, StatusCodes.Status502BadGateway);
        }
    }

    /// <summary>The recorded delivery named (its channel unless object_type says otherwise), or a made-up one.</summary>
    private static EmulatedDelivery? Delivery(WebhookTriggerRequest request, EmulatorRuntime runtime)
    {
        if (request.DeliveryId is { } id)
        {
            var recorded = runtime.State.Deliveries.Snapshot().LastOrDefault(d => d.DeliveryId == id);
            return recorded is null ? null : recorded with { Type = request.ObjectType ?? recorded.Type, To = request.Recipient ?? recorded.To };
        }

        var objectType = string.IsNullOrWhiteSpace(request.ObjectType) ? throw new ArgumentException("object_type is required without delivery_id") : request.ObjectType;
        var customerId = request.CustomerId ?? "emulated-person";
        return new EmulatedDelivery
        {
            DeliveryId = $"emwhk{Interlocked.Increment(ref _next):D12}",
            Type = objectType,
            Identifiers = new Dictionary<string, string>(StringComparer.Ordinal) { ["id"] = customerId },
            PersonCioId = runtime.State.FindPerson(customerId)?.CioId,
            To = request.Recipient,
            Subject = objectType == "email" ? "Emulated message" : null,
            QueuedAt = runtime.Options.TimeProvider.GetUtcNow(),
        };
    }
}
