using System.Linq;

namespace CustomerIO.App;

/// <summary>
/// Settings of an <see cref="AppClient"/>. <see cref="CustomerIOClientOptions.Endpoint"/> is the App host root (the
/// SDK appends <c>v1/</c>), for example the emulator's <c>http://127.0.0.1:4010/app/</c>.
/// </summary>
public sealed class AppClientOptions : CustomerIOClientOptions
{
    /// <summary>
    /// The workspace a service-account token (<c>sa_live_…</c>) acts on, sent as <c>X-Workspace-Id</c> on the six
    /// transactional send endpoints, the only ones Customer.io documents for such tokens. Required with a
    /// service-account token; not needed with an App API key. Default: none.
    /// </summary>
    public string? WorkspaceId { get; set; }

    /// <summary>The client-side rate limits (on by default: 10 requests per second, one trigger per 10 s per broadcast).</summary>
    public AppRateLimitOptions RateLimit { get; set; } = new();

    /// <inheritdoc/>
    public override void Validate()
    {
        base.Validate();
        if (WorkspaceId is { } workspace && (workspace.Length == 0 || workspace.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))))
        {
            throw new ArgumentException("WorkspaceId must be the workspace's id, without spaces.", nameof(WorkspaceId));
        }

        if (RateLimit is null)
        {
            throw new ArgumentException("RateLimit must be set.", nameof(RateLimit));
        }

        RateLimit.Validate();
    }
}
