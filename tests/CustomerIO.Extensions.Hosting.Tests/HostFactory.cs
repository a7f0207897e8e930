using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CustomerIO.Extensions.Hosting.Tests;

/// <summary>Builds hosts whose configuration comes from an in-memory dictionary, the way appsettings.json would.</summary>
internal static class HostFactory
{
    public static IHost Build(IDictionary<string, string?> settings, Action<IServiceCollection, IConfiguration> register)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        register(builder.Services, builder.Configuration);
        return builder.Build();
    }

    public static Dictionary<string, string?> Workspace(string section = "CustomerIO", string siteId = "site-1", string apiKey = "key-1", Uri? endpoint = null)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{section}:Track:SiteId"] = siteId,
            [$"{section}:Track:ApiKey"] = apiKey,
        };
        if (endpoint is not null)
        {
            settings[$"{section}:Track:Endpoint"] = endpoint.ToString();
        }

        return settings;
    }

    /// <summary>A workspace with every API section set, valid: the Track credentials, an App key, a Pipelines write key, a webhook secret.</summary>
    public static Dictionary<string, string?> AllApis(string section = "CustomerIO")
    {
        var settings = Workspace(section);
        settings[$"{section}:App:ApiKey"] = "app-key-1";
        settings[$"{section}:Pipelines:WriteKey"] = "write-key-1";
        settings[$"{section}:Webhooks:SigningSecrets:0"] = "signing-secret-1";
        return settings;
    }
}
