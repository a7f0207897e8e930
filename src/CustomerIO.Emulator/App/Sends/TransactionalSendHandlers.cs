using System.Text.Json;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.App.Newsletters;
using CustomerIO.Emulator.App.Transactional;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;
using CustomerIO.Emulator.App.Resources;

namespace CustomerIO.Emulator.App.Sends;

/// <summary>
/// <c>POST /app/v1/send/{email|push|sms|whatsapp|inbox_message|in_app}</c>: validates, creates the person
/// when missing (same store as the Track API; routed by <see cref="AppRoutes"/>), records the delivery and answers
/// <c>{"delivery_id":"..","queued_at":unix}</c>. A send from a seeded template without its own subject or body takes the
/// template's (<see cref="TransactionalTemplateStore.ContentFor"/>). Reporting webhooks, when configured, follow in the background.
/// </summary>
internal sealed class TransactionalSendHandlers(EmulatorRuntime runtime)
{
    private static readonly (SendChannel Channel, string Path)[] Channels =
    [
        (SendChannel.Email, "email"), (SendChannel.Push, "push"), (SendChannel.Sms, "sms"),
        (SendChannel.WhatsApp, "whatsapp"), (SendChannel.InboxMessage, "inbox_message"), (SendChannel.InApp, "in_app"),
    ];

    private EmulatorState State => runtime.State;

    public static string TypeName(SendChannel channel) => Array.Find(Channels, c => c.Channel == channel).Path;

    /// <summary>Every channel with its path under <c>/send/</c>.</summary>
    public static IReadOnlyList<(SendChannel Channel, string Path)> Routes => Channels;

    /// <summary>The endpoint of one channel.</summary>
    public RequestDelegate For(SendChannel channel, string path) =>
        AppEndpoint.WithBody(State, "app.send_" + path, (context, body, root, now) => Send(body, root, channel, now));

    private AppOutcome Send(ReadOnlySpan<byte> body, JsonSlice root, SendChannel channel, DateTimeOffset now)
    {
        var error = TransactionalSendParser.Parse(body, root, channel, now, out var send);
        if (error is { } e)
        {
            return AppOutcome.Fail(e);
        }

        var deliveryId = State.NewDeliveryId();
        var queuedAt = now.ToUnixTimeSeconds();
        if (!State.SinkMode)
        {
            var delivery = Record(body, ref send, deliveryId, now);
            State.Deliveries.Add(delivery);
            runtime.DeliveryWebhooks?.Enqueue(delivery);
        }

        return AppOutcome.Ok(new SendAnswer(deliveryId, queuedAt), AppJsonContext.Default.SendAnswer);
    }

    private EmulatedDelivery Record(ReadOnlySpan<byte> body, ref TransactionalSend send, string deliveryId, DateTimeOffset now)
    {
        var identifier = send.Identifier.GetString(body);
        var person = State.ResolveRecipient(send.Kind, identifier, now);
        var data = send.MessageData.IsObject ? send.MessageData.ToElement(body) : (JsonElement?)null;
        var profile = person is null ? null : State.FindPerson("cio_" + person.CioId);
        var template = send.Subject.IsPresent && send.Body.IsPresent ? null : TransactionalTemplateStore.ContentFor(State, Text(body, send.TemplateId), profile);
        return new EmulatedDelivery
        {
            DeliveryId = deliveryId,
            Type = TypeName(send.Channel),
            Identifiers = new Dictionary<string, string> { [IdentifierRules.Name(send.Kind)] = identifier },
            PersonCioId = person?.CioId,
            TransactionalMessageId = Text(body, send.TemplateId),
            To = Text(body, send.To),
            Subject = LiquidText.Render(Text(body, send.Subject) ?? ResourceJson.Text(template, "subject"), data, profile),
            Body = LiquidText.Render(Text(body, send.Body) ?? ResourceJson.Text(template, "body"), data, profile),
            AttachmentCount = send.AttachmentCount,
            MessageData = data,
            SendAt = send.SendAt,
            QueuedAt = now,
        };
    }

    private static string? Text(ReadOnlySpan<byte> body, JsonSlice slice) =>
        slice.IsString || slice.IsNumber ? slice.GetString(body) : null;
}
