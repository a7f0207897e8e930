namespace CustomerIO.Pipelines;

/// <summary>
/// What a Pipelines message may carry besides its type's own fields: its id and time (stamped by the SDK when left
/// unset), the <c>context</c> and the <c>integrations</c>.
/// </summary>
public sealed class PipelinesMessageOptions
{
    /// <summary>
    /// The message's <c>messageId</c>, Customer.io's de-duplication key: a message sent twice with one id is applied
    /// once. Default: a new UUID, stamped when the message is created (so a re-sent batch duplicates nothing).
    /// </summary>
    public string? MessageId { get; set; }

    /// <summary>When it happened (<c>timestamp</c>, sent as ISO-8601 in UTC). Default: when the message is created.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>
    /// The message's <c>context</c>: where it came from (<c>ip</c>, <c>locale</c>, <c>userAgent</c>, <c>page</c>,
    /// <c>campaign</c>, <c>app</c>, <c>device</c>, <c>os</c>, …; see <see cref="PipelinesContext"/>). The SDK adds
    /// <c>library</c> (its name and version) itself, and <c>device</c> for the device events, so neither may be
    /// given here.
    /// </summary>
    public PipelinesContext? Context { get; set; }

    /// <summary>Which destinations receive the message (<c>integrations</c>: a destination's name to true or false).</summary>
    public IReadOnlyDictionary<string, bool>? Integrations { get; set; }

    /// <summary>Says which options are set, never their values.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"PipelinesMessageOptions(messageId {(MessageId is null ? "generated" : "given")}, timestamp {(Timestamp is null ? "now" : "given")}, context {Context?.KeyCount ?? 0} keys, integrations {Integrations?.Count ?? 0})";
}
