using CustomerIO.Track;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomerIO.Extensions.Hosting.Tests;

/// <summary>
/// Which sections are validated (Track always; App, Pipelines and Webhooks only when set), what becomes of the flat
/// shape of earlier previews, and that registering twice or by name changes none of it.
/// </summary>
public sealed class SectionValidationTests
{
    /// <summary>A key of the flat shape, and where the message says it lives now.</summary>
    public static TheoryData<string, string, string> MovedKeys => new()
    {
        { "SiteId", "site-1", "Track:SiteId" },
        { "ApiKey", "key-1", "Track:ApiKey" },
        { "TrackEndpoint", "http://127.0.0.1:4010/", "Track:Endpoint" },
        { "Queue:FlushInterval", "00:00:01", "Track:Queue" },
    };

    [Theory]
    [MemberData(nameof(MovedKeys))]
    public async Task A_key_of_the_flat_shape_is_refused_with_where_it_moved(string key, string value, string moved)
    {
        var settings = HostFactory.Workspace();
        settings["CustomerIO:" + key] = value;
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        var old = key.Split(':')[0];
        Assert.Equal([$"CustomerIO:{old} is not read: move it to CustomerIO:{moved}."], await ValidationTests.Failures(host));
    }

    [Fact]
    public async Task The_flat_shape_alone_names_every_moved_key_and_the_missing_track_ones()
    {
        var settings = new Dictionary<string, string?> { ["Crm:SiteId"] = "site-1", ["Crm:ApiKey"] = "key-1", ["Crm:Region"] = "eu" };
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO("crm", c.GetSection("Crm")));

        Assert.Equal(
            [
                "Crm:SiteId is not read: move it to Crm:Track:SiteId.",
                "Crm:ApiKey is not read: move it to Crm:Track:ApiKey.",
                "Crm:Track:SiteId is missing: set the workspace's site id.",
                "Crm:Track:ApiKey is missing: set the workspace's Track API key.",
            ],
            await ValidationTests.Failures(host));
    }

    [Fact]
    public async Task Sections_that_are_not_set_are_not_validated()
    {
        using var host = HostFactory.Build(HostFactory.Workspace(), (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        await host.StartAsync();
        await host.StopAsync();
    }

    [Theory]
    [InlineData("App:Region", "eu", "App:ApiKey is missing: set the workspace's App API key.")]
    [InlineData("App:Retry:MaxRetries", "2", "App:ApiKey is missing: set the workspace's App API key.")]
    [InlineData("Pipelines:Endpoint", "http://127.0.0.1:4010/cdp/", "Pipelines:WriteKey is missing: set the Data Pipelines source's write key.")]
    [InlineData("Pipelines:ApplicationId", "Shop/1.0", "Pipelines:WriteKey is missing: set the Data Pipelines source's write key.")]
    public async Task A_section_with_any_setting_needs_its_credential(string key, string value, string problem)
    {
        var settings = HostFactory.Workspace();
        settings["CustomerIO:" + key] = value;
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        Assert.Equal(["CustomerIO:" + problem], await ValidationTests.Failures(host));
    }

    [Fact]
    public async Task Registering_the_same_section_twice_reports_each_failure_once()
    {
        var settings = HostFactory.Workspace();
        settings["CustomerIO:App:Timeout"] = "00:00:00";
        using var host = HostFactory.Build(settings, (s, c) =>
        {
            s.AddCustomerIO(c.GetSection("CustomerIO"));
            s.AddCustomerIO(c.GetSection("CustomerIO"));
        });

        Assert.Single(host.Services.GetServices<IValidateOptions<CustomerIOOptions>>());
        Assert.Equal(
            ["CustomerIO:App:ApiKey is missing: set the workspace's App API key.", "CustomerIO:App:Timeout must be positive."],
            await ValidationTests.Failures(host));
    }

    [Fact]
    public async Task Registering_twice_binds_the_webhook_secrets_once()
    {
        using var host = HostFactory.Build(HostFactory.AllApis(), (s, c) =>
        {
            s.AddCustomerIO(c.GetSection("CustomerIO"));
            s.AddCustomerIO(c.GetSection("CustomerIO"));
        });

        // Binding a list appends, so a second bind of the same section would list each secret twice.
        Assert.Equal(["signing-secret-1"], host.Services.GetRequiredService<IOptions<CustomerIOOptions>>().Value.Webhooks.SigningSecrets);
        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task Named_workspaces_have_the_per_api_shape_each_named_by_its_own_section()
    {
        var settings = HostFactory.AllApis("Workspaces:Us");
        foreach (var pair in HostFactory.AllApis("Workspaces:Eu"))
        {
            settings[pair.Key] = pair.Value;
        }

        settings["Workspaces:Eu:Region"] = "eu";
        using (var valid = HostFactory.Build(settings, Register))
        {
            var options = valid.Services.GetRequiredService<IOptionsMonitor<CustomerIOOptions>>();
            Assert.Equal(("eu", "us"), (options.Get("eu").Region, options.Get("us").Region));
            Assert.Equal(("app-key-1", "app-key-1"), (options.Get("eu").App.ApiKey, options.Get("us").App.ApiKey));
            Assert.Equal(new Uri("https://track-eu.customer.io/"), valid.Services.GetRequiredKeyedService<TrackClient>("eu").Endpoint);
        }

        settings["Workspaces:Eu:App:ApiKey"] = "";
        settings["Workspaces:Us:Pipelines:Timeout"] = "00:00:00";
        using var host = HostFactory.Build(settings, Register);

        // One failure per workspace: the host reports them together, each workspace's under its own section.
        var error = await Assert.ThrowsAsync<AggregateException>(() => host.StartAsync());
        Assert.Equal(
            [
                "Workspaces:Eu:App:ApiKey is missing: set the workspace's App API key.",
                "Workspaces:Us:Pipelines:Timeout must be positive.",
            ],
            error.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures).Order(StringComparer.Ordinal));

        static void Register(IServiceCollection s, Microsoft.Extensions.Configuration.IConfiguration c)
        {
            s.AddCustomerIO("us", c.GetSection("Workspaces:Us"));
            s.AddCustomerIO("eu", c.GetSection("Workspaces:Eu"));
        }
    }
}
