using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Reads;

/// <summary>
/// Transactional deliveries as App API messages, newest first (routed by <see cref="AppRoutes"/>): <c>GET /messages</c>
/// (paged, <c>type</c> filter), <c>/messages/{id}</c>, and <c>/transactional/{id}/messages</c> (paged).
/// </summary>
internal sealed class MessageReadHandlers(EmulatorState state)
{
    public Reply List(HttpContext context)
    {
        var type = context.Request.Query["type"].ToString();
        return List(context, "app.get_messages", d => type.Length == 0 || d.Type == type);
    }

    public Reply OfTransactional(HttpContext context)
    {
        var template = RawPath.Segment(context, 3);
        return List(context, "app.get_transactional_message_deliveries", d => d.TransactionalMessageId == template);
    }

    public Reply One(HttpContext context) =>
        state.FindDelivery(RawPath.Segment(context, 3)) is { } delivery
            ? AppEndpoint.Finish(state, "app.get_message", AppOutcome.Ok(new MessageAnswer(MessageBody.Of(state, delivery)), AppJsonContext.Default.MessageAnswer))
            : Replies.MetaError(StatusCodes.Status404NotFound, "message not found");

    private Reply List(HttpContext context, string operation, Func<EmulatedDelivery, bool> filter)
    {
        if (Page.Parse(context, out var page) is { } error)
        {
            return AppEndpoint.Finish(state, operation, AppOutcome.Fail(error));
        }

        var messages = state.Deliveries.Snapshot().Where(filter).Reverse().ToList();
        var body = new MessagesPage(page.Of(messages, d => MessageBody.Of(state, d)), page.Next(messages.Count));
        return AppEndpoint.Finish(state, operation, AppOutcome.Ok(body, AppJsonContext.Default.MessagesPage));
    }
}
