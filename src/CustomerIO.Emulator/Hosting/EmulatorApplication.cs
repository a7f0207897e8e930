using System.Net;
using CustomerIO.Emulator.Admin;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomerIO.Emulator.Hosting;

/// <summary>
/// Builds the Kestrel application. Starts from an empty builder: no configuration files or
/// environment variables (ASPNETCORE_URLS cannot move it off loopback), no logging unless asked.
/// </summary>
internal static class EmulatorApplication
{
    /// <summary>Kestrel's own cap sits above the batch limit so oversized batches get a 413 with a body, not a reset.</summary>
    private const long MaxRequestBodyBytes = 16 * 1024 * 1024;

    public static WebApplication Build(EmulatorRuntime runtime, Action<ILoggingBuilder>? logging = null)
    {
        var options = runtime.Options;
        var address = ParseHost(options.Host);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(EmulatorApplication).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.Listen(address, options.Port);
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton(runtime);
        logging?.Invoke(builder.Logging);

        var app = builder.Build();
        app.UseMiddleware<EmulatorMiddleware>();
        app.UseRouting();
        foreach (var module in runtime.Modules)
        {
            module.MapEndpoints(app);
        }

        app.MapAdminApi(runtime);
        return app;
    }

    /// <summary>Starts the application and records the bound root URL (the port may have been 0).</summary>
    public static async Task StartAsync(WebApplication app, EmulatorRuntime runtime, CancellationToken cancellationToken)
    {
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no bound address.");
        runtime.BaseUri = new Uri(bound.TrimEnd('/') + "/");
    }

    private static IPAddress ParseHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host, out var address) ? address
        : throw new ArgumentException($"Host must be an IP address or localhost, not '{host}'.", nameof(host));
}
