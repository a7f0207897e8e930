using System.Globalization;
using CustomerIO.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CustomerIO.AspNetCore.Internal;

/// <summary>
/// One mapped webhook endpoint: read the body once (bounded), verify its signature and age, parse it, claim its
/// event id, then run the handler (or queue it). Answers: 200 handled or already handled, 202 queued, 400 not a
/// reporting webhook, 401 refused signature, 413 body too long, 500 handler failed, 503 queue full or the same event
/// still being handled.
/// </summary>
internal sealed class WebhookEndpoint(
    CustomerIOWebhookOptions options,
    WebhookVerifierSource verifiers,
    IWebhookEventIdStore store,
    WebhookBackgroundQueue? background,
    WebhookHandler handler,
    ILogger logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var aborted = context.RequestAborted;
        using var body = await WebhookBody.ReadAsync(request, options.MaxBodyBytes, aborted).ConfigureAwait(false);
        if (body is null)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "BodyTooLarge", $"the body is over the {options.MaxBodyBytes.ToString(CultureInfo.InvariantCulture)}-byte limit.").ConfigureAwait(false);
            return;
        }

        var verdict = verifiers.Get().Verify(
            Header(request, WebhookSignatureVerifier.TimestampHeader),
            Header(request, WebhookSignatureVerifier.SignatureHeader),
            body.Memory.Span);
        if (!verdict.IsValid)
        {
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, verdict.Refusal.ToString(), verdict.Message).ConfigureAwait(false);
            return;
        }

        if (!ReportingWebhookParser.TryParse(body.Memory, out var webhookEvent, out var error))
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, "NotAWebhook", error).ConfigureAwait(false);
            return;
        }

        if (webhookEvent is UnrecognizedWebhookEvent unrecognized)
        {
            Log.Unrecognized(logger, unrecognized.EventId, unrecognized.ObjectType.Value, unrecognized.Metric.Value, unrecognized.Reason);
        }

        switch (await store.ClaimAsync(webhookEvent.EventId, aborted).ConfigureAwait(false))
        {
            case WebhookEventClaim.Handled:
                Log.Duplicate(logger, webhookEvent.EventId, webhookEvent.ObjectType.Value, webhookEvent.Metric.Value);
                await AnswerAsync(context, StatusCodes.Status200OK, "already handled").ConfigureAwait(false);
                return;
            case WebhookEventClaim.InProgress:
                // The first delivery may still fail, and its 500 would reach nobody: Customer.io gave up on it. A 2xx
                // now would lose the event; a 503 makes Customer.io come back when the outcome is known.
                Log.InProgress(logger, webhookEvent.EventId, webhookEvent.ObjectType.Value, webhookEvent.Metric.Value);
                context.Response.Headers.RetryAfter = "10";
                await AnswerAsync(context, StatusCodes.Status503ServiceUnavailable, "still being handled").ConfigureAwait(false);
                return;
        }

        if (background is not null)
        {
            await QueueAsync(context, background, webhookEvent).ConfigureAwait(false);
            return;
        }

        try
        {
            await handler(context.RequestServices, webhookEvent, aborted).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // Unclaimed, so the retry Customer.io makes after the 500 is handled rather than skipped as a duplicate.
            await store.ReleaseAsync(webhookEvent.EventId, CancellationToken.None).ConfigureAwait(false);
            Log.HandlerFailed(logger, exception, webhookEvent.EventId, webhookEvent.ObjectType.Value, webhookEvent.Metric.Value);
            if (!context.Response.HasStarted)
            {
                await AnswerAsync(context, StatusCodes.Status500InternalServerError, "the handler failed").ConfigureAwait(false);
            }

            return;
        }

        await store.CompleteAsync(webhookEvent.EventId, CancellationToken.None).ConfigureAwait(false);
        await AnswerAsync(context, StatusCodes.Status200OK, "handled").ConfigureAwait(false);
    }

    private async Task QueueAsync(HttpContext context, WebhookBackgroundQueue queue, ReportingWebhookEvent webhookEvent)
    {
        if (queue.TryEnqueue(webhookEvent, handler))
        {
            // Acknowledged: from Customer.io's side it is done, so later deliveries of it are duplicates.
            await store.CompleteAsync(webhookEvent.EventId, CancellationToken.None).ConfigureAwait(false);
            await AnswerAsync(context, StatusCodes.Status202Accepted, "queued").ConfigureAwait(false);
            return;
        }

        await store.ReleaseAsync(webhookEvent.EventId, CancellationToken.None).ConfigureAwait(false);
        Log.QueueFull(logger, webhookEvent.EventId, queue.Capacity);
        context.Response.Headers.RetryAfter = "1";
        await AnswerAsync(context, StatusCodes.Status503ServiceUnavailable, "the background queue is full").ConfigureAwait(false);
    }

    private Task RefuseAsync(HttpContext context, int status, string reason, string message)
    {
        Log.Refused(logger, status, reason, message);
        return AnswerAsync(context, status, message);
    }

    private static Task AnswerAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message, context.RequestAborted);
    }

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) && values.Count > 0 ? values.ToString() : null; // two values join with a comma: malformed, not missing
}
