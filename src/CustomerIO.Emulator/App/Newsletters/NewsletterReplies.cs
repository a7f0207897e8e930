using System.Text.Json.Nodes;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Newsletters;

/// <summary>
/// The answers of the newsletter routes: JSON objects (200), no content (204), 404 <c>{"meta":{"error":..}}</c> for a
/// newsletter, content, language or test group that does not exist, and the one-time send endpoints' documented error
/// shape for 400 and 422: <c>{"errors":[{"detail":".."}]}</c>. Every outcome is counted like the other App routes.
/// </summary>
internal static class NewsletterReplies
{
    public static Reply Ok(EmulatorState state, string operation, JsonObject body)
    {
        state.Counters.AddAccepted(operation);
        return Reply.Json(body, AppJsonContext.Default.JsonObject);
    }

    public static Reply NoContent(EmulatorState state, string operation)
    {
        state.Counters.AddAccepted(operation);
        return Replies.NoContent;
    }

    public static Reply NotFound(EmulatorState state, string what)
    {
        state.Counters.AddRejected(ErrorReasons.NotFound);
        return Replies.MetaError(StatusCodes.Status404NotFound, what + " not found");
    }

    public static Reply Invalid(EmulatorState state, OperationError error, int status = StatusCodes.Status400BadRequest)
    {
        state.Counters.AddRejected(error.Reason);
        var body = new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["detail"] = error.Message }) };
        return Reply.Json(body, AppJsonContext.Default.JsonObject, status);
    }

    /// <summary>The id in a path segment (<c>/app/v1/newsletters/{id}</c> is segment 3), or null when it is not a number.</summary>
    public static long? Id(HttpContext context, int segment) =>
        long.TryParse(RawPath.Segment(context, segment), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}
