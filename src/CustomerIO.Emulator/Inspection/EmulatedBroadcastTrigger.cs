using System.Text.Json;

namespace CustomerIO.Emulator;

/// <summary>A broadcast triggered with <c>POST /v1/campaigns/{broadcast_id}/triggers</c>.</summary>
public sealed record EmulatedBroadcastTrigger
{
    /// <summary>The trigger id answered (<c>{"id":n}</c>).</summary>
    public long Id { get; init; }

    /// <summary>The broadcast id from the path.</summary>
    public required string BroadcastId { get; init; }

    /// <summary>The audience field used (<c>recipients</c>, <c>ids</c>, <c>emails</c>, <c>per_user_data</c>, <c>data_file_url</c>), or null for the broadcast's own audience.</summary>
    public string? Audience { get; init; }

    /// <summary>The audience value as sent, if any.</summary>
    public JsonElement? AudienceValue { get; init; }

    /// <summary>The <c>data</c> object (Liquid data), if sent.</summary>
    public JsonElement? Data { get; init; }

    /// <summary>When the emulator accepted it.</summary>
    public DateTimeOffset TriggeredAt { get; init; }

    /// <summary>When the emulator processed it (at once: it is accepted and processed in one step).</summary>
    public DateTimeOffset? ProcessedAt { get; init; }

    /// <summary>
    /// Its errors, as <c>GET /v1/campaigns/{broadcast_id}/triggers/{trigger_id}/errors</c> answers them
    /// (<c>line n: ...</c>): the recipients of an <c>ids</c>, <c>emails</c> or <c>per_user_data</c> audience that match
    /// nobody, unless <c>id_ignore_missing</c> / <c>email_ignore_missing</c> skipped them.
    /// </summary>
    public IReadOnlyList<string> Errors { get; init; } = [];
}
