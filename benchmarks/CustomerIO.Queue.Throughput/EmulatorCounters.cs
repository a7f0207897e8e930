using System.Text.Json;

namespace CustomerIO.Queue.Throughput;

/// <summary>Reads the emulator's own counters (<c>/_emulator/counters</c>) to cross-check what the client measured.</summary>
internal static class EmulatorCounters
{
    public static async Task<(long Accepted, long Duplicates)> ReadAsync(HttpClient http, Uri baseUri)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(baseUri, "_emulator/counters")));
        var root = document.RootElement;
        // Track's duplicates are events, Pipelines' messages: a run counts both.
        var messages = root.TryGetProperty("duplicate_messages", out var m) ? m.GetInt64() : 0;
        return (root.GetProperty("accepted_operations").GetInt64(), root.GetProperty("duplicate_events").GetInt64() + messages);
    }
}
