using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Hosting;

/// <summary>The shared Customer.io answers (the shapes of <c>WireBodies.cs</c>) every API module builds its answers from.</summary>
internal static class Replies
{
    private static readonly WireJsonContext Json = WireJsonContext.Default;

    /// <summary><c>200 {}</c>: Track and Pipelines success, pre-serialized.</summary>
    public static Reply Ok { get; } = Reply.Fixed(new EmptyBody(), Json.EmptyBody);

    /// <summary><c>204</c> without a body (form submissions).</summary>
    public static Reply NoContent { get; } = Reply.Empty(StatusCodes.Status204NoContent);

    /// <summary><c>{"meta":{"error":".."}}</c>.</summary>
    public static Reply MetaError(int status, string message) => Reply.Json(new MetaErrorBody(new MetaError(message)), Json.MetaErrorBody, status);

    /// <summary><c>{"meta":{"errors":[".."]}}</c>.</summary>
    public static Reply MetaErrors(int status, string message) => Reply.Json(new MetaErrorsBody(new MetaErrors([message])), Json.MetaErrorsBody, status);

    /// <summary><c>{"errors":[{"reason","field","message"}]}</c>.</summary>
    public static Reply V2Error(int status, OperationError error) =>
        Reply.Json(new V2ErrorsBody([new V2Error(null, error.Reason, error.Field, error.Message)]), Json.V2ErrorsBody, status);

    /// <summary><c>{"errors":[{"batch_index"?,"reason","field","message"}, ...]}</c>.</summary>
    public static Reply V2Errors(int status, IReadOnlyList<(int? Index, OperationError Error)> errors)
    {
        var items = new V2Error[errors.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var (index, error) = errors[i];
            items[i] = new V2Error(index, error.Reason, error.Field, error.Message);
        }

        return Reply.Json(new V2ErrorsBody(items), Json.V2ErrorsBody, status);
    }
}
