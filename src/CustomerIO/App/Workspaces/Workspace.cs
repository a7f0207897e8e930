using System.Text.Json.Serialization;
using CustomerIO.Paging;

namespace CustomerIO.App;

/// <summary>A workspace of the account, with its counts (Customer.io caches them: up to two hours old).</summary>
public sealed class Workspace
{
    [JsonConstructor]
    internal Workspace()
    {
    }

    /// <summary>The workspace's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>The workspace's name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>Messages sent on any channel in the current billing period.</summary>
    [JsonInclude, JsonPropertyName("messages_sent")]
    public long MessagesSent { get; internal set; }

    /// <summary>Emails sent that count for billing in the current billing period.</summary>
    [JsonInclude, JsonPropertyName("billable_messages_sent")]
    public long BillableMessagesSent { get; internal set; }

    /// <summary>People profiles.</summary>
    [JsonInclude, JsonPropertyName("people")]
    public long People { get; internal set; }

    /// <summary>Object profiles.</summary>
    [JsonInclude, JsonPropertyName("objects")]
    public long Objects { get; internal set; }

    /// <summary>Object types.</summary>
    [JsonInclude, JsonPropertyName("object_types")]
    public long ObjectTypes { get; internal set; }
}

/// <summary><c>{"workspaces":[..]}</c>.</summary>
internal sealed class WorkspacesAnswer : IPageAnswer<Workspace>
{
    [JsonPropertyName("workspaces")]
    public IReadOnlyList<Workspace>? Workspaces { get; set; }

    IReadOnlyList<Workspace>? IPageAnswer<Workspace>.Values => Workspaces;
}
