using CustomerIO.Extensions.Hosting;
using CustomerIO.Track;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CustomerIO.Extensions.Hosting.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public async Task The_default_workspace_gives_one_client_and_one_queue_for_the_whole_app()
    {
        using var host = HostFactory.Build(HostFactory.Workspace(), (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        var client = host.Services.GetRequiredService<TrackClient>();
        var queue = host.Services.GetRequiredService<TrackQueue>();
        using var scope = host.Services.CreateScope();

        Assert.Same(client, scope.ServiceProvider.GetRequiredService<TrackClient>());
        Assert.Same(queue, scope.ServiceProvider.GetRequiredService<TrackQueue>());
        Assert.Same(client, host.Services.GetRequiredService<ICustomerIOWorkspaces>().GetTrackClient(""));
        Assert.Equal(new Uri("https://track.customer.io/"), client.Endpoint);
        await queue.CloseAsync();
    }

    [Fact]
    public void Registering_twice_adds_nothing_twice()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCustomerIO(o => { o.Track.SiteId = "s"; o.Track.ApiKey = "k"; });
        services.AddCustomerIO(o => { o.Track.SiteId = "s"; o.Track.ApiKey = "k"; });

        Assert.Single(services, d => d.ServiceType == typeof(TrackClient));
        Assert.Single(services, d => d.ServiceType == typeof(TrackQueue));
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "QueueDrainService");
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<CustomerIOOptions>));
    }

    [Fact]
    public async Task Named_workspaces_are_separate_and_resolvable_by_name_and_by_key()
    {
        var settings = HostFactory.Workspace("Us", "site-us", "key-us");
        foreach (var pair in HostFactory.Workspace("Eu", "site-eu", "key-eu"))
        {
            settings[pair.Key] = pair.Value;
        }

        settings["Eu:Region"] = "eu";
        using var host = HostFactory.Build(settings, (s, c) =>
        {
            s.AddCustomerIO("us", c.GetSection("Us"));
            s.AddCustomerIO("eu", c.GetSection("Eu"));
        });

        var workspaces = host.Services.GetRequiredService<ICustomerIOWorkspaces>();
        Assert.Equal(["eu", "us"], workspaces.Names.Order());
        Assert.Equal(new Uri("https://track-eu.customer.io/"), workspaces.GetTrackClient("eu").Endpoint);
        Assert.Equal(new Uri("https://track.customer.io/"), workspaces.GetTrackClient("us").Endpoint);
        Assert.Same(workspaces.GetTrackQueue("eu"), host.Services.GetRequiredKeyedService<TrackQueue>("eu"));
        Assert.Same(workspaces.GetTrackClient("us"), host.Services.GetRequiredKeyedService<TrackClient>("us"));
        Assert.Null(host.Services.GetService<TrackClient>());
        var error = Assert.Throws<InvalidOperationException>(() => workspaces.GetTrackClient("apac"));
        Assert.Equal("No Customer.io workspace is named 'apac'. Registered: us, eu. Register it with services.AddCustomerIO(\"apac\", ...).", error.Message);
        await workspaces.GetTrackQueue("eu").CloseAsync();
    }

    [Fact]
    public void A_configure_delegate_runs_after_binding()
    {
        Action<TrackOperationOutcome> onOutcome = _ => { };
        using var host = HostFactory.Build(HostFactory.Workspace(), (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO"), o =>
        {
            o.Track.ApiKey = "from-code";
            o.Track.Queue.OnOutcome = onOutcome;
        }));

        var o = host.Services.GetRequiredService<IOptionsMonitor<CustomerIOOptions>>().Get(Options.DefaultName);

        Assert.Equal(("site-1", "from-code"), (o.Track.SiteId, o.Track.ApiKey));
        Assert.Same(onOutcome, o.Track.Queue.OnOutcome);
    }

    [Fact]
    public void A_container_disposed_synchronously_closes_the_queue_without_throwing()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCustomerIO(o => { o.Track.SiteId = "s"; o.Track.ApiKey = "k"; });
        var provider = services.BuildServiceProvider();
        var queue = provider.GetRequiredService<TrackQueue>();

        provider.Dispose();

        Assert.Equal(EnqueueStatus.Closed, queue.Track("after", "dispose").Status);
    }

    [Fact]
    public void Options_never_show_credentials()
    {
        var options = new CustomerIOOptions
        {
            Track = { SiteId = "site-s3cr3t", ApiKey = "key-s3cr3t" },
            App = { ApiKey = "app-s3cr3t" },
            Pipelines = { WriteKey = "write-s3cr3t" },
            Webhooks = { SigningSecrets = { "signing-s3cr3t" } },
        };

        string[] descriptions = [options.ToString(), options.Track.ToString(), options.App.ToString(), options.Pipelines.ToString(), options.Webhooks.ToString(), options.Track.Retry.ToString()];
        Assert.DoesNotContain(descriptions, d => d.Contains("s3cr3t", StringComparison.Ordinal) || d.Length == 0);
    }
}
