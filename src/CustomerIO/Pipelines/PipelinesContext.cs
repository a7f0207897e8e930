using System.Text;

namespace CustomerIO.Pipelines;

/// <summary>
/// A message's (or a batch's) <c>context</c>, typed from Customer.io's Pipelines spec: what the message came from
/// (<see cref="Ip"/>, <see cref="UserAgent"/>, <see cref="Page"/>, <see cref="App"/>, <see cref="Device"/>, …).
/// Written camelCase, each unset property left out; keys the spec does not type yet go in <see cref="Extra"/>.
/// </summary>
/// <remarks>
/// <c>context.library</c> is stamped by the SDK (its name and version) on every message, and a device event writes
/// <c>context.device</c> itself, so neither may be given for those. <see cref="ToString"/> names what is set, never a value.
/// </remarks>
public sealed class PipelinesContext
{
    /// <summary>The keys the typed properties write; an <see cref="Extra"/> key may be none of them.</summary>
    internal static readonly string[] TypedKeys = ["active", "ip", "locale", "userAgent", "channel", "campaign", "page", "app", "device", "network", "os"];

    /// <summary>Whether the user is active (<c>active</c>): false for a message the server sends on the user's behalf.</summary>
    public bool? Active { get; init; }

    /// <summary>The user's IP address (<c>ip</c>).</summary>
    public string? Ip { get; init; }

    /// <summary>The user's locale (<c>locale</c>), for example <c>fr-FR</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>The user agent of the user's browser or app (<c>userAgent</c>).</summary>
    public string? UserAgent { get; init; }

    /// <summary>What the message came through (<c>channel</c>): browser, server or mobile.</summary>
    public PipelinesChannel? Channel { get; init; }

    /// <summary>The campaign (UTM parameters) that brought the user (<c>campaign</c>).</summary>
    public PipelinesContextCampaign? Campaign { get; init; }

    /// <summary>The web page the message came from (<c>page</c>).</summary>
    public PipelinesContextPage? Page { get; init; }

    /// <summary>The mobile app the message came from (<c>app</c>).</summary>
    public PipelinesContextApp? App { get; init; }

    /// <summary>The user's device (<c>device</c>). Not for a device event, which writes its own.</summary>
    public PipelinesContextDevice? Device { get; init; }

    /// <summary>The device's network (<c>network</c>).</summary>
    public PipelinesContextNetwork? Network { get; init; }

    /// <summary>The device's operating system (<c>os</c>).</summary>
    public PipelinesContextOs? Os { get; init; }

    /// <summary>
    /// Context keys the typed properties do not cover (values written as JSON, like traits; a null value is left
    /// out). A key may not be one a typed property writes, nor <c>library</c>.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Extra { get; init; }

    /// <summary>How many top-level keys are set (the typed ones and <see cref="Extra"/>'s).</summary>
    internal int KeyCount =>
        (Active is null ? 0 : 1) + (Ip is null ? 0 : 1) + (Locale is null ? 0 : 1) + (UserAgent is null ? 0 : 1)
        + (Channel is null ? 0 : 1) + (Campaign is null ? 0 : 1) + (Page is null ? 0 : 1) + (App is null ? 0 : 1)
        + (Device is null ? 0 : 1) + (Network is null ? 0 : 1) + (Os is null ? 0 : 1) + (Extra?.Count ?? 0);

    /// <summary>Names the keys that are set, never their values.</summary>
    /// <returns>The description, for example <c>PipelinesContext(ip, page, extra 2 keys)</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("PipelinesContext(");
        var first = true;
        Add(text, ref first, Active is not null, "active");
        Add(text, ref first, Ip is not null, "ip");
        Add(text, ref first, Locale is not null, "locale");
        Add(text, ref first, UserAgent is not null, "userAgent");
        Add(text, ref first, Channel is not null, "channel");
        Add(text, ref first, Campaign is not null, "campaign");
        Add(text, ref first, Page is not null, "page");
        Add(text, ref first, App is not null, "app");
        Add(text, ref first, Device is not null, "device");
        Add(text, ref first, Network is not null, "network");
        Add(text, ref first, Os is not null, "os");
        Add(text, ref first, Extra is { Count: > 0 }, $"extra {Extra?.Count} keys");
        return text.Append(first ? "empty)" : ")").ToString();
    }

    private static void Add(StringBuilder text, ref bool first, bool set, string name)
    {
        if (set)
        {
            text.Append(first ? string.Empty : ", ").Append(name);
            first = false;
        }
    }
}
