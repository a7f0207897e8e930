using System.Globalization;
using System.Text.Json;
using CustomerIO.Emulator.Admin;

namespace CustomerIO.Emulator.Hosting;

/// <summary>Parses the program's arguments into options. Binding anything but loopback needs an explicit <c>--host</c>.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Customer.io emulator
          --port <n>              port to bind (default 4010; 0 picks a free one)
          --host <address>        address to bind (default 127.0.0.1)
          --sink                  sink mode: authenticate, parse, validate and count; keep no state
          --site-id <id>          Track site id (default emulator-site)
          --track-api-key <key>   Track API key (default emulator-track-key)
          --app-api-key <key>     App API key (default emulator-app-key)
          --write-key <key>       Pipelines write key (default emulator-write-key)
          --region <us|eu>        region the lookup reports (default us)
          --max-events <n>        events kept in the log (default 100000)
          --faults <file.json>    fault profile (same JSON as PUT /_emulator/faults)
          --seed <n>              seed for fault draws
          --fault-rate <0..1>     add a rule: this fraction of requests fail ...
          --fault-status <code>   ... with this status (default 503)
          --latency <ms>          add latency to every request (or to the faulted fraction with --fault-rate)
          --down <unavailable|abort>  start in an outage
          --rate-limits           enforce Customer.io's documented rate limits (incl. one trigger per broadcast per 10 s)
          --webhook-url <url>     post signed reporting webhooks (see --webhook-metrics) for each transactional delivery here
          --webhook-secret <s>    the signing secret for --webhook-url
          --webhook-metrics <m,m> the metrics posted per delivery, in order (default sent,delivered)
          --webhook-tamper <how>  spoil them: WrongSignature or StaleTimestamp (default None)
          --help                  this text
        """;

    /// <summary>Answers the options, or null when help was asked for. Throws <see cref="ArgumentException"/> on bad input.</summary>
    public static CustomerIOEmulatorOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new CustomerIOEmulatorOptions { Port = 4010 };
        var faults = FaultProfile.None;
        double? rate = null;
        int? status = null;
        int? latency = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            switch (arg)
            {
                case "--help" or "-h": return null;
                case "--port": options.Port = Int(Next(), arg); break;
                case "--host": options.Host = Next(); break;
                case "--sink": options.SinkMode = true; break;
                case "--site-id": options.SiteId = Next(); break;
                case "--track-api-key": options.TrackApiKey = Next(); break;
                case "--app-api-key": options.AppApiKey = Next(); break;
                case "--write-key": options.PipelinesWriteKey = Next(); break;
                case "--region": options.Region = Next(); break;
                case "--max-events": options.MaxStoredEvents = Int(Next(), arg); break;
                case "--faults": faults = LoadProfile(Next()); break;
                case "--seed": faults = faults with { Seed = Int(Next(), arg) }; break;
                case "--fault-rate": rate = double.Parse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture); break;
                case "--fault-status": status = Int(Next(), arg); break;
                case "--latency": latency = Int(Next(), arg); break;
                case "--down": faults = faults with { Down = Enum.Parse<DownMode>(Next(), ignoreCase: true) }; break;
                case "--rate-limits": faults = faults with { RateLimits = new RateLimitSettings() }; break;
                case "--webhook-url": options.ReportingWebhookUrl = Uri.TryCreate(Next(), UriKind.Absolute, out var url) ? url : throw new ArgumentException("--webhook-url needs an absolute URL."); break;
                case "--webhook-secret": options.ReportingWebhookSecret = Next(); break;
                case "--webhook-metrics": options.ReportingWebhookMetrics = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]; break;
                case "--webhook-tamper": options.ReportingWebhookTampering = Enum.Parse<ReportingWebhookTampering>(Next(), ignoreCase: true); break;
                default: throw new ArgumentException($"Unknown argument '{arg}'.");
            }
        }

        if (rate is not null || status is not null || latency is not null)
        {
            var rule = new FaultRule
            {
                Rate = rate ?? 1.0,
                Status = rate is not null || status is not null ? status ?? 503 : null,
                Latency = TimeSpan.FromMilliseconds(latency ?? 0),
            };
            faults = faults with { Rules = [.. faults.Rules, rule] };
        }

        options.Faults = faults;
        return options;
    }

    private static int Int(string value, string name) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : throw new ArgumentException($"{name} needs a number.");

    /// <summary>Read like <c>PUT /_emulator/faults</c>: unknown keys are refused by name.</summary>
    private static FaultProfile LoadProfile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return StrictJson.Deserialize(bytes, EmulatorJsonContext.Default.FaultProfile) ?? FaultProfile.None;
    }
}
