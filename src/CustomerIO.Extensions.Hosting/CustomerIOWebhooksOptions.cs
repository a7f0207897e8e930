namespace CustomerIO.Extensions.Hosting;

/// <summary>
/// The <c>CustomerIO:Webhooks</c> section: the secrets incoming webhook signatures are checked with. Bound and
/// validated here; read by the <c>CustomerIO.AspNetCore</c> package's <c>MapCustomerIOWebhooks</c>.
/// </summary>
public sealed class CustomerIOWebhooksOptions
{
    /// <summary>
    /// The signing secrets, newest first. While a secret is rotated, list the new and the old one: a signature made
    /// with any of them is accepted (in configuration, <c>"SigningSecrets": [ "new", "old" ]</c>, or
    /// <c>CustomerIO__Webhooks__SigningSecrets__0</c> in environment variables).
    /// </summary>
    public IList<string> SigningSecrets { get; set; } = new List<string>();

    /// <summary>Describes the settings without the secrets.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"CustomerIOWebhooksOptions({SigningSecrets?.Count ?? 0} signing secrets)";
}
