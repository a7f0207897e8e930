using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Campaigns;

/// <summary>
/// <c>PUT .../actions/{action_id}</c> and <c>PUT .../actions/{action_id}/language/{language}</c> of a campaign or a
/// broadcast: the changes checked (<see cref="ActionBody.Apply"/>) and stored, so later reads answer them; the updated
/// action (or language variant) answered.
/// </summary>
internal sealed class ParentUpdateHandlers(EmulatorState state, ParentKind parent, ParentReadHandlers reads)
{
    private ResourceStore Actions => state.Resources[CampaignResources.Actions];

    public RequestDelegate UpdateAction => AppEndpoint.WithBody(state, "app.update_" + parent.One + "_action", (context, body, _, now) =>
        Update(context, body, now, language: null));

    public RequestDelegate UpdateLanguage => AppEndpoint.WithBody(state, "app.update_" + parent.One + "_action_language", (context, body, _, now) =>
        Update(context, body, now, RawPath.Segment(context, 7)));

    private AppOutcome Update(HttpContext context, ReadOnlySpan<byte> body, DateTimeOffset now, string? language)
    {
        if (reads.Find(context) is null)
        {
            return AppOutcome.Fail(Errors.Invalid(parent.ParentField, parent.NotFound), StatusCodes.Status404NotFound);
        }

        if (reads.FindAction(context) is not { } found)
        {
            return AppOutcome.Fail(Errors.Invalid("action_id", "action not found"), StatusCodes.Status404NotFound);
        }

        if (language is not null && ActionBody.Variant(found, language) is null)
        {
            return AppOutcome.Fail(Errors.Invalid("language", "the language does not exist for this action"));
        }

        using var document = JsonDocument.Parse(body.ToArray());
        OperationError? error = null;
        var id = ResourceStore.IdOf(found)!.Value;
        var updated = Actions.Update(id, action =>
        {
            // The action's own language is the action itself; another language is one of its variants.
            var own = language is null || string.Equals(action["language"]?.GetValue<string>() ?? string.Empty, language, StringComparison.Ordinal);
            var target = own ? action : (JsonObject)((JsonObject)action[CampaignResources.Languages]!)[language!]!;
            error = ActionBody.Apply(target, document.RootElement);
            if (error is null)
            {
                ActionBody.Touch(action, now);
            }
        });
        if (error is { } refused)
        {
            return AppOutcome.Fail(refused);
        }

        var answer = language is null ? ActionBody.Answer(updated!) : ActionBody.Variant(updated!, language)!;
        return AppOutcome.Ok(new JsonObject { ["action"] = answer }, AppJsonContext.Default.JsonObject);
    }
}
