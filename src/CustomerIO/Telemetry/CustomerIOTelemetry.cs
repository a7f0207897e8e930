using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace CustomerIO.Telemetry;

/// <summary>
/// The SDK's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named <c>CustomerIO</c>,
/// and the instruments the transport records to. Tags follow OpenTelemetry's HTTP conventions.
/// </summary>
internal static class CustomerIOTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "CustomerIO";

    public static readonly string Version = ReadVersion();

    public static readonly ActivitySource ActivitySource = new(Name, Version);

    public static readonly Meter Meter = new(Name, Version);

    /// <summary>Seconds from sending one attempt to reading its whole answer.</summary>
    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "customerio.client.request.duration", "s", "Duration of one HTTP attempt to a Customer.io API.");

    /// <summary>Retries scheduled after a failed attempt.</summary>
    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "customerio.client.request.retries", "{retry}", "Retries of Customer.io API requests.");

    private static string ReadVersion()
    {
        var assembly = typeof(CustomerIOTelemetry).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
