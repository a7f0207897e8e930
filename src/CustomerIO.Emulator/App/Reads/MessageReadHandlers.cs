using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CustomerIO.Emulator.App.Reads;

/// <summary>
/// Transactional deliveries as App API messages, newest first: <c>GET /messages</c> (paged, <c>type</c>
/// filter), <c>/messages/{id}</c>, and <c>/transactional/{id}/messages</c> (paged).
/// </summary>
internal sealed class MessageReadHandlers(EmulatorState state)
{
    public void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("/messages", context =>
        {
            var type = context.Request.Query["type"].ToString();
            return List(context, "app.get_messages", d => type.Length == 0 || d.Type == type);
        });
        v1.MapGet("/transactional/{transactional_id}/messages", context =>
        {
            var template = RawPath.Segment(context, 3);
            return List(context, "app.get_transactional_message_deliveries", d => d.TransactionalMessageId == template);
        });
        v1.MapGet("/messages/{message_id}", context =>
        {
            var delivery = state.FindDelivery(RawPath.Segment(context, 3));
            return delivery is null
                ? Responses.MetaError(context, StatusCodes.Status404NotFound, "message not found")
                : AppEndpoint.FinishAsync(context, state, "app.get_message", AppOutcome.Ok(writer =>
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("message");
                    AppJson.WriteMessage(writer, state, delivery);
                    writer.WriteEndObject();
                }));
        });
    }

    private Task List(HttpContext context, string operation, Func<EmulatedDelivery, bool> filter)
    {
        if (Page.Parse(context, out var page) is { } error)
        {
            return AppEndpoint.FinishAsync(context, state, operation, AppOutcome.Fail(error));
        }

        var messages = state.Deliveries.Snapshot().Where(filter).Reverse().ToList();
        return AppEndpoint.FinishAsync(context, state, operation, AppOutcome.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("messages");
            foreach (var delivery in page.Of(messages))
            {
                AppJson.WriteMessage(writer, state, delivery);
            }

            writer.WriteEndArray();
            page.WriteNext(writer, messages.Count);
            writer.WriteEndObject();
        }));
    }
}
