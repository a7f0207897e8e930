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
}
