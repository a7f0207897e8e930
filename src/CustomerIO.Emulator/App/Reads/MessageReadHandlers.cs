using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Reads;

/// <summary>
/// Transactional deliveries as App API messages, newest first (routed by <see cref="AppRoutes"/>): <c>GET /messages</c>
/// (paged; <c>type</c>, <c>campaign_id</c> and <c>action_id</c> filters), <c>/messages/{id}</c>, and <c>/transactional/{id}/messages</c> (paged).
/// </summary>
internal sealed class MessageReadHandlers(EmulatorState state)
{
    public Reply List(HttpContext context)
    {
        var query = context.Request.Query;
        var type = query["type"].ToString();
        var campaign = Id(query["campaign_id"].ToString());
        var action = Id(query["action_id"].ToString());
        return List(context, "app.get_messages", d => (type.Length == 0 || d.Type == type)
            && (campaign is null || d.CampaignId == campaign) && (action is null || d.ActionId == action));
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

    /// <summary>
    /// <c>GET /messages/{id}/archived_message</c>: the delivery's stored copy (recipient, subject and body as rendered);
    /// the fields the emulator does not keep (sender, copies, headers) are null.
    /// </summary>
    public Reply Archived(HttpContext context) =>
        state.FindDelivery(RawPath.Segment(context, 3)) is { } delivery
            ? AppEndpoint.Finish(state, "app.get_archived_message", AppOutcome.Ok(
                new System.Text.Json.Nodes.JsonObject
                {
                    ["archived_message"] = new System.Text.Json.Nodes.JsonObject
                    {
                        ["id"] = delivery.DeliveryId,
                        ["recipient"] = delivery.To,
                        ["subject"] = delivery.Subject,
                        ["body"] = delivery.Body,
                        ["preheader_text"] = null,
                        ["from"] = null,
                        ["reply_to"] = null,
                        ["cc"] = null,
                        ["bcc"] = null,
                        ["fake_bcc"] = false,
                        ["headers"] = null,
                        ["forgotten"] = false,
                        ["url"] = null,
                        ["request_method"] = null,
                    },
                },
                AppJsonContext.Default.JsonObject))
            : Replies.MetaError(StatusCodes.Status404NotFound, "message not found");

    // A filter id, or null when absent; a value that is not an id matches nothing.
    private static long? Id(string text) =>
        text.Length == 0 ? null : long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : -1;

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
