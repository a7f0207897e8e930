using CustomerIO.Telemetry;

namespace CustomerIO.Transport;

/// <summary>Builds the <c>User-Agent</c>: <c>CustomerIO-DotNet/&lt;version&gt;</c>, then the application's own token if given.</summary>
internal static class UserAgent
{
    public static readonly string Sdk = "CustomerIO-DotNet/" + CustomerIOTelemetry.Version;

    public static string For(string? applicationId) => applicationId is null ? Sdk : Sdk + " " + applicationId;
}
