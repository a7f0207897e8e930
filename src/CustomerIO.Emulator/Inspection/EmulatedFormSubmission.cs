using System.Text.Json;

namespace CustomerIO.Emulator;

/// <summary>A form submitted to <c>/api/v1/forms/{form_id}/submit</c>.</summary>
public sealed record EmulatedFormSubmission
{
    /// <summary>The form id from the path.</summary>
    public required string FormId { get; init; }

    /// <summary>The submitted <c>data</c> object.</summary>
    public required JsonElement Data { get; init; }

    /// <summary>When the emulator received it.</summary>
    public DateTimeOffset ReceivedAt { get; init; }
}
