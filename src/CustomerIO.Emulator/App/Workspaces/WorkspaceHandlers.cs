using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Customers;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Workspaces;

/// <summary>
/// <c>GET /workspaces</c>: the one emulated workspace (id 1), its counts live rather than cached: people, objects,
/// object types, messages sent (the recorded deliveries) and billable ones (the email deliveries).
/// </summary>
internal sealed class WorkspaceHandlers(EmulatorState state)
{
    public const long WorkspaceId = 1;

    public Reply List(HttpContext context)
    {
        var objects = state.GetObjects();
        var deliveries = state.Deliveries.Snapshot();
        var workspace = new JsonObject
        {
            ["id"] = WorkspaceId,
            ["name"] = "Emulated workspace",
            ["messages_sent"] = deliveries.Count,
            ["billable_messages_sent"] = deliveries.Count(d => d.Type == "email"),
            ["people"] = state.People.All.Count,
            ["objects"] = objects.Count,
            ["object_types"] = objects.Select(o => o.ObjectTypeId).Distinct(StringComparer.Ordinal).Count(),
        };
        return JsonAnswers.Finish(state, "app.list_workspaces", JsonAnswers.Ok(new JsonObject { ["workspaces"] = new JsonArray(workspace) }));
    }
}
