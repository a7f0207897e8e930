using System.Globalization;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Reads;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Campaigns;

/// <summary>
/// The reads a campaign and a broadcast share (routed by <see cref="AppRoutes"/>): the list, one item, its actions
/// (a campaign's 10 a page, a broadcast's in one answer), one action, one language of it, and the messages it sent
/// (the deliveries the emulator stores with its id, newest first).
/// </summary>
internal sealed class ParentReadHandlers(EmulatorState state, ParentKind parent)
{
    private const int ActionsPerPage = 10;

    private ResourceStore Items => state.Resources[parent.Kind];

    private ResourceStore Actions => state.Resources[CampaignResources.Actions];

    public Reply List(HttpContext context) =>
        Ok("app.list_" + parent.Many, new JsonObject { [parent.Many] = new JsonArray([.. Items.All()]) });

    public Reply One(HttpContext context) =>
        Find(context) is { } item ? Ok("app.get_" + parent.One, new JsonObject { [parent.One] = item }) : Missing();

    public Reply ListActions(HttpContext context)
    {
        if (Find(context) is not { } item)
        {
            return Missing();
        }

        var actions = ActionsOf(ResourceStore.IdOf(item)!.Value);
        if (parent != ParentKind.Campaign)
        {
            return Ok("app.get_broadcast_actions", new JsonObject { ["actions"] = new JsonArray([.. actions.Select(ActionBody.Answer)]) });
        }

        if (Page.Parse(context, out var page, ActionsPerPage, ActionsPerPage) is { } error)
        {
            return AppEndpoint.Finish(state, "app.get_campaign_actions", AppOutcome.Fail(error));
        }

        return Ok("app.get_campaign_actions", new JsonObject
        {
            ["actions"] = new JsonArray([.. page.Of(actions, ActionBody.Answer)]),
            ["next"] = page.Next(actions.Count),
        });
    }

    public Reply Action(HttpContext context) =>
        WithAction(context, "app.get_" + parent.One + "_action", action => ActionBody.Answer(action));

    public Reply Language(HttpContext context) =>
        WithAction(context, "app.get_" + parent.One + "_action_language", action => ActionBody.Variant(action, RawPath.Segment(context, 7)));

    public Reply Messages(HttpContext context)
    {
        var operation = "app.get_" + parent.One + "_messages";
        if (Find(context) is not { } item)
        {
            return Missing();
        }

        if (Page.Parse(context, out var page) is { } error)
        {
            return AppEndpoint.Finish(state, operation, AppOutcome.Fail(error));
        }

        var id = ResourceStore.IdOf(item)!.Value;
        var type = context.Request.Query["type"].ToString();
        var metric = context.Request.Query["metric"].ToString();
        var reached = metric.Length == 0 ? null : DeliveryMetrics.Reached(state, metric);
        var messages = state.Deliveries.Snapshot()
            .Where(d => parent.Sent(d, id) && (type.Length == 0 || d.Type == type) && (reached is null || reached(d)))
            .Reverse()
            .ToList();
        var body = new MessagesPage(page.Of(messages, d => MessageBody.Of(state, d)), page.Next(messages.Count));
        return AppEndpoint.Finish(state, operation, AppOutcome.Ok(body, AppJsonContext.Default.MessagesPage));
    }

    /// <summary>The item the path names (segment 3), or null.</summary>
    public JsonObject? Find(HttpContext context) =>
        long.TryParse(RawPath.Segment(context, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? Items.Find(id) : null;

    /// <summary>The action the path names (segment 5) when it belongs to the item the path names, or null.</summary>
    public JsonObject? FindAction(HttpContext context) =>
        Find(context) is { } item
        && long.TryParse(RawPath.Segment(context, 5), NumberStyles.None, CultureInfo.InvariantCulture, out var actionId)
        && Actions.Find(actionId) is { } action
        && ActionBody.Parent(action, parent.ParentField) == ResourceStore.IdOf(item)
            ? action
            : null;

    /// <summary>The actions of an item, by id.</summary>
    public List<JsonObject> ActionsOf(long id) => [.. Actions.All().Where(a => ActionBody.Parent(a, parent.ParentField) == id)];

    public Reply Missing() => Replies.MetaError(StatusCodes.Status404NotFound, parent.NotFound);

    private Reply WithAction(HttpContext context, string operation, Func<JsonObject, JsonObject?> answer)
    {
        if (Find(context) is null)
        {
            return Missing();
        }

        if (FindAction(context) is not { } action)
        {
            return Replies.MetaError(StatusCodes.Status404NotFound, "action not found");
        }

        return answer(action) is { } body
            ? Ok(operation, new JsonObject { ["action"] = body })
            : AppEndpoint.Finish(state, operation, AppOutcome.Fail(Errors.Invalid("language", "the language does not exist for this action")));
    }

    private Reply Ok(string operation, JsonObject body) =>
        AppEndpoint.Finish(state, operation, AppOutcome.Ok(body, AppJsonContext.Default.JsonObject));
}
