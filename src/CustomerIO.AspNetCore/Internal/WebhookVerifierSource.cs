using CustomerIO.Extensions.Hosting;
using CustomerIO.Webhooks;
using Microsoft.Extensions.Options;

namespace CustomerIO.AspNetCore.Internal;

/// <summary>
/// The verifier for the endpoint, built from the secrets in <see cref="CustomerIOWebhookOptions.SigningSecrets"/> or
/// the workspace's <c>Webhooks:SigningSecrets</c>, and rebuilt when configuration reloads with new secrets (a
/// rotation needs no restart).
/// </summary>
internal sealed class WebhookVerifierSource
{
    private readonly CustomerIOWebhookOptions _options;
    private readonly IOptionsMonitor<CustomerIOOptions> _workspaces;
    private readonly TimeProvider _time;
    private Snapshot? _current; // replaced whole, so a reader never sees half of an update

    public WebhookVerifierSource(CustomerIOWebhookOptions options, IOptionsMonitor<CustomerIOOptions> workspaces, TimeProvider time)
    {
        _options = options;
        _workspaces = workspaces;
        _time = time;
    }

    /// <summary>The verifier for the current secrets.</summary>
    /// <exception cref="CustomerIOValidationException">No secret is configured.</exception>
    public WebhookSignatureVerifier Get()
    {
        // The monitor answers the same instance until configuration changes: build once per instance.
        var source = _options.SigningSecrets is null ? _workspaces.Get(_options.WorkspaceName) : null;
        if (Volatile.Read(ref _current) is { } current && ReferenceEquals(current.Source, source))
        {
            return current.Verifier;
        }

        var secrets = _options.SigningSecrets ?? source?.Webhooks?.SigningSecrets ?? [];
        if (secrets.Count == 0)
        {
            var where = _options.WorkspaceName.Length == 0 ? "CustomerIO:Webhooks:SigningSecrets" : $"the '{_options.WorkspaceName}' workspace's Webhooks:SigningSecrets";
            throw new CustomerIOValidationException("SigningSecrets", $"No webhook signing secret is configured: set {where} (or CustomerIOWebhookOptions.SigningSecrets).");
        }

        var verifier = new WebhookSignatureVerifier(secrets, new WebhookSignatureVerifierOptions { Tolerance = _options.Tolerance, TimeProvider = _time });
        Volatile.Write(ref _current, new Snapshot(source, verifier));
        return verifier;
    }

    private sealed record Snapshot(CustomerIOOptions? Source, WebhookSignatureVerifier Verifier);
}
