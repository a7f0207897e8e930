using CustomerIO.App;
using CustomerIO.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerIO.Extensions.Hosting.Tests;

/// <summary><c>AddCustomerIO</c> registers the <see cref="AppClient"/> from <c>CustomerIO:App</c>, one per workspace.</summary>
public sealed class AppRegistrationTests
{
    [Fact]
    public void The_default_workspace_gives_one_app_client_from_its_app_section()
    {
        var settings = HostFactory.AllApis();
        settings["CustomerIO:App:Region"] = "eu";
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        var client = host.Services.GetRequiredService<AppClient>();

        Assert.Same(client, host.Services.GetRequiredService<AppClient>());
        Assert.Same(client, host.Services.GetRequiredService<ICustomerIOWorkspaces>().GetAppClient(""));
        Assert.Equal(new Uri("https://api-eu.customer.io/"), client.Endpoint);
    }

    [Fact]
    public void A_custom_app_endpoint_is_used()
    {
        var settings = HostFactory.AllApis();
        settings["CustomerIO:App:Endpoint"] = "http://127.0.0.1:4010/app/";
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        Assert.Equal(new Uri("http://127.0.0.1:4010/app/"), host.Services.GetRequiredService<AppClient>().Endpoint);
    }

    [Fact]
    public void Named_workspaces_have_their_own_app_clients_by_key()
    {
        var settings = HostFactory.AllApis("Us");
        foreach (var pair in HostFactory.AllApis("Eu"))
        {
            settings[pair.Key] = pair.Value;
        }

        settings["Eu:Region"] = "eu";
        using var host = HostFactory.Build(settings, (s, c) =>
        {
            s.AddCustomerIO("us", c.GetSection("Us"));
            s.AddCustomerIO("eu", c.GetSection("Eu"));
        });

        var eu = host.Services.GetRequiredKeyedService<AppClient>("eu");
        Assert.Equal(new Uri("https://api-eu.customer.io/"), eu.Endpoint);
        Assert.NotSame(eu, host.Services.GetRequiredKeyedService<AppClient>("us"));
    }

    [Fact]
    public void A_workspace_without_an_app_key_starts_and_names_the_key_when_the_client_is_asked_for()
    {
        using var host = HostFactory.Build(HostFactory.Workspace(), (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<AppClient>());

        Assert.Equal("The Customer.io workspace (default) has no App API key: set App:ApiKey in its section to use the AppClient.", error.Message);
    }

    [Fact]
    public void A_rate_limit_out_of_range_stops_the_host_naming_its_key()
    {
        var settings = HostFactory.AllApis();
        settings["CustomerIO:App:RateLimit:RequestsPerSecond"] = "0";
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<CustomerIOOptions>>().Get(""));

        Assert.Equal("CustomerIO:App:RateLimit:RequestsPerSecond RequestsPerSecond must be from 1 to 1000.", Assert.Single(error.Failures));
    }

    [Fact]
    public void The_rate_limit_is_bound_from_the_app_section()
    {
        var settings = HostFactory.AllApis();
        settings["CustomerIO:App:RateLimit:Enabled"] = "false";
        settings["CustomerIO:App:RateLimit:BroadcastTriggerInterval"] = "00:00:20";
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<CustomerIOOptions>>().Get("");

        Assert.False(options.App.RateLimit.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(20), options.App.RateLimit.BroadcastTriggerInterval);
        Assert.NotNull(host.Services.GetRequiredService<AppClient>());
    }
}
