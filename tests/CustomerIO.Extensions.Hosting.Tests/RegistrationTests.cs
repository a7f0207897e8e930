using CustomerIO.Extensions.Hosting;
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
        services.AddCustomerIO(o => { o.SiteId = "s"; o.ApiKey = "k"; });
        services.AddCustomerIO(o => { o.SiteId = "s"; o.ApiKey = "k"; });

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
    public void Every_setting_is_bound_from_configuration()
    {
        var settings = new Dictionary<string, string?>
        {
            ["CustomerIO:SiteId"] = "site-9",
            ["CustomerIO:ApiKey"] = "key-9",
            ["CustomerIO:Region"] = "eu",
            ["CustomerIO:TrackEndpoint"] = "http://127.0.0.1:4010/",
            ["CustomerIO:Timeout"] = "00:00:07",
            ["CustomerIO:TotalTimeout"] = "00:00:45",
            ["CustomerIO:ApplicationId"] = "Shop/2.1",
            ["CustomerIO:Retry:MaxRetries"] = "5",
            ["CustomerIO:Retry:BaseDelay"] = "00:00:00.300",
            ["CustomerIO:Retry:MaxDelay"] = "00:00:08",
            ["CustomerIO:Retry:MaxRetryAfter"] = "00:01:00",
            ["CustomerIO:Retry:RetryUnsafeOperations"] = "true",
            ["CustomerIO:Queue:MaxBatchBytes"] = "200000",
            ["CustomerIO:Queue:MaxBatchOperations"] = "300",
            ["CustomerIO:Queue:FlushInterval"] = "00:00:02",
            ["CustomerIO:Queue:MaxConcurrentUploads"] = "8",
            ["CustomerIO:Queue:MaxQueueBytes"] = "1048576",
            ["CustomerIO:Queue:MaxQueueOperations"] = "5000",
            ["CustomerIO:Queue:FullMode"] = "DropOldest",
            ["CustomerIO:Queue:EnqueueTimeout"] = "00:00:03",
            ["CustomerIO:Queue:MaxRetryDuration"] = "00:05:00",
            ["CustomerIO:Queue:ShutdownTimeout"] = "00:00:20",
            ["CustomerIO:Queue:DropLogInterval"] = "00:00:30",
            ["CustomerIO:Queue:ReportDeliveries"] = "true",
        };
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        var o = host.Services.GetRequiredService<IOptionsMonitor<CustomerIOOptions>>().Get(Options.DefaultName);

        Assert.Equal(("site-9", "key-9", "eu", new Uri("http://127.0.0.1:4010/")), (o.SiteId, o.ApiKey, o.Region, o.TrackEndpoint));
        Assert.Equal((TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(45), "Shop/2.1"), (o.Timeout, o.TotalTimeout, o.ApplicationId));
        Assert.Equal((5, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(8), TimeSpan.FromMinutes(1), true),
            (o.Retry.MaxRetries, o.Retry.BaseDelay, o.Retry.MaxDelay, o.Retry.MaxRetryAfter, o.Retry.RetryUnsafeOperations));
        var q = o.Queue;
        Assert.Equal((200000, 300, TimeSpan.FromSeconds(2), 8, 1048576L, 5000), (q.MaxBatchBytes, q.MaxBatchOperations, q.FlushInterval, q.MaxConcurrentUploads, q.MaxQueueBytes, q.MaxQueueOperations));
        Assert.Equal((QueueFullMode.DropOldest, TimeSpan.FromSeconds(3), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30), true),
            (q.FullMode, q.EnqueueTimeout, q.MaxRetryDuration, q.ShutdownTimeout, q.DropLogInterval, q.ReportDeliveries));
    }

    [Fact]
    public void A_configure_delegate_runs_after_binding()
    {
        Action<TrackOperationOutcome> onOutcome = _ => { };
        using var host = HostFactory.Build(HostFactory.Workspace(), (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO"), o =>
        {
            o.ApiKey = "from-code";
            o.Queue.OnOutcome = onOutcome;
        }));

        var o = host.Services.GetRequiredService<IOptionsMonitor<CustomerIOOptions>>().Get(Options.DefaultName);

        Assert.Equal(("site-1", "from-code"), (o.SiteId, o.ApiKey));
        Assert.Same(onOutcome, o.Queue.OnOutcome);
    }

    [Fact]
    public void A_container_disposed_synchronously_closes_the_queue_without_throwing()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCustomerIO(o => { o.SiteId = "s"; o.ApiKey = "k"; });
        var provider = services.BuildServiceProvider();
        var queue = provider.GetRequiredService<TrackQueue>();

        provider.Dispose();

        Assert.Equal(EnqueueStatus.Closed, queue.Track("after", "dispose").Status);
    }

    [Fact]
    public void Options_never_show_credentials()
    {
        var options = new CustomerIOOptions { SiteId = "site-secret", ApiKey = "key-secret" };

        Assert.DoesNotContain("secret", options.ToString(), StringComparison.Ordinal);
    }
}
