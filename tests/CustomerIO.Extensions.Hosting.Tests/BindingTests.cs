using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CustomerIO.Extensions.Hosting.Tests;

/// <summary>Every key of the per-API shape reaches the options, from a JSON-like section and from environment variables.</summary>
public sealed class BindingTests
{
    [Fact]
    public void Every_setting_is_bound_from_configuration()
    {
        var settings = new Dictionary<string, string?>
        {
            ["CustomerIO:Region"] = "eu",
            ["CustomerIO:Timeout"] = "00:00:07",
            ["CustomerIO:TotalTimeout"] = "00:00:45",
            ["CustomerIO:ApplicationId"] = "Shop/2.1",
            ["CustomerIO:Retry:MaxRetries"] = "5",
            ["CustomerIO:Retry:BaseDelay"] = "00:00:00.300",
            ["CustomerIO:Retry:MaxDelay"] = "00:00:08",
            ["CustomerIO:Retry:MaxRetryAfter"] = "00:01:00",
            ["CustomerIO:Retry:RetryUnsafeOperations"] = "true",
            ["CustomerIO:Track:SiteId"] = "site-9",
            ["CustomerIO:Track:ApiKey"] = "key-9",
            ["CustomerIO:Track:Region"] = "us",
            ["CustomerIO:Track:Endpoint"] = "http://127.0.0.1:4010/",
            ["CustomerIO:Track:Timeout"] = "00:00:03",
            ["CustomerIO:Track:TotalTimeout"] = "00:00:30",
            ["CustomerIO:Track:ApplicationId"] = "Shop-Track/2.1",
            ["CustomerIO:Track:Retry:MaxRetries"] = "1",
            ["CustomerIO:Track:Retry:BaseDelay"] = "00:00:00.100",
            ["CustomerIO:Track:Retry:MaxDelay"] = "00:00:02",
            ["CustomerIO:Track:Retry:MaxRetryAfter"] = "00:00:10",
            ["CustomerIO:Track:Retry:RetryUnsafeOperations"] = "false",
            ["CustomerIO:Track:Queue:MaxBatchBytes"] = "200000",
            ["CustomerIO:Track:Queue:MaxBatchOperations"] = "300",
            ["CustomerIO:Track:Queue:FlushInterval"] = "00:00:02",
            ["CustomerIO:Track:Queue:MaxConcurrentUploads"] = "8",
            ["CustomerIO:Track:Queue:MaxQueueBytes"] = "1048576",
            ["CustomerIO:Track:Queue:MaxQueueOperations"] = "5000",
            ["CustomerIO:Track:Queue:FullMode"] = "DropOldest",
            ["CustomerIO:Track:Queue:EnqueueTimeout"] = "00:00:03",
            ["CustomerIO:Track:Queue:MaxRetryDuration"] = "00:05:00",
            ["CustomerIO:Track:Queue:MaxRetryDelay"] = "00:00:02",
            ["CustomerIO:Track:Queue:ShutdownTimeout"] = "00:00:20",
            ["CustomerIO:Track:Queue:DropLogInterval"] = "00:00:30",
            ["CustomerIO:Track:Queue:ReportDeliveries"] = "true",
            ["CustomerIO:App:ApiKey"] = "app-key-9",
            ["CustomerIO:App:Endpoint"] = "http://127.0.0.1:4010/app/",
            ["CustomerIO:App:Timeout"] = "00:00:30",
            ["CustomerIO:Pipelines:WriteKey"] = "write-key-9",
            ["CustomerIO:Pipelines:Region"] = "us",
            ["CustomerIO:Webhooks:SigningSecrets:0"] = "new-secret",
            ["CustomerIO:Webhooks:SigningSecrets:1"] = "old-secret",
        };
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        var o = host.Services.GetRequiredService<IOptionsMonitor<CustomerIOOptions>>().Get(Options.DefaultName);

        Assert.Equal(("eu", TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(45), "Shop/2.1"), (o.Region, o.Timeout, o.TotalTimeout, o.ApplicationId));
        Assert.Equal((5, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(8), TimeSpan.FromMinutes(1), true),
            (o.Retry.MaxRetries, o.Retry.BaseDelay, o.Retry.MaxDelay, o.Retry.MaxRetryAfter, o.Retry.RetryUnsafeOperations));
        var t = o.Track;
        Assert.Equal(("site-9", "key-9", "us", new Uri("http://127.0.0.1:4010/")), (t.SiteId, t.ApiKey, t.Region, t.Endpoint));
        Assert.Equal((TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30), "Shop-Track/2.1"), (t.Timeout, t.TotalTimeout, t.ApplicationId));
        Assert.Equal((1, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10), false),
            (t.Retry.MaxRetries, t.Retry.BaseDelay, t.Retry.MaxDelay, t.Retry.MaxRetryAfter, t.Retry.RetryUnsafeOperations));
        var q = t.Queue;
        Assert.Equal((200000, 300, TimeSpan.FromSeconds(2), 8, 1048576L, 5000), (q.MaxBatchBytes, q.MaxBatchOperations, q.FlushInterval, q.MaxConcurrentUploads, q.MaxQueueBytes, q.MaxQueueOperations));
        Assert.Equal((QueueFullMode.DropOldest, TimeSpan.FromSeconds(3), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30), true),
            (q.FullMode, q.EnqueueTimeout, q.MaxRetryDuration, q.ShutdownTimeout, q.DropLogInterval, q.ReportDeliveries));
        Assert.Equal(TimeSpan.FromSeconds(2), q.MaxRetryDelay);
        Assert.Equal(("app-key-9", new Uri("http://127.0.0.1:4010/app/"), TimeSpan.FromSeconds(30)), (o.App.ApiKey, o.App.Endpoint, o.App.Timeout));
        Assert.Equal(("write-key-9", "us"), (o.Pipelines.WriteKey, o.Pipelines.Region));
        Assert.Equal(["new-secret", "old-secret"], o.Webhooks.SigningSecrets);
    }

    [Fact]
    public void Sections_that_are_not_set_bind_nothing()
    {
        using var host = HostFactory.Build(HostFactory.Workspace(), (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        var o = host.Services.GetRequiredService<IOptionsMonitor<CustomerIOOptions>>().Get(Options.DefaultName);

        Assert.Equal((null, null, null, null, null), (o.Track.Region, o.Track.Endpoint, o.Track.Timeout, o.Track.TotalTimeout, o.Track.ApplicationId));
        Assert.Equal((null, null, null, null, null), (o.Track.Retry.MaxRetries, o.Track.Retry.BaseDelay, o.Track.Retry.MaxDelay, o.Track.Retry.MaxRetryAfter, o.Track.Retry.RetryUnsafeOperations));
        Assert.Equal((null, null, null), (o.App.ApiKey, o.App.Region, o.Pipelines.WriteKey));
        Assert.Empty(o.Webhooks.SigningSecrets);
    }

    [Fact]
    public async Task Environment_variables_bind_the_per_api_keys()
    {
        var prefix = $"CIOTEST_{Guid.NewGuid():N}_";
        (string Name, string Value)[] variables =
        [
            ("CustomerIO__Track__SiteId", "site-env"),
            ("CustomerIO__Track__ApiKey", "key-env"),
            ("CustomerIO__Track__Queue__MaxConcurrentUploads", "3"),
            ("CustomerIO__App__ApiKey", "app-env"),
            ("CustomerIO__App__Retry__MaxRetries", "9"),
            ("CustomerIO__Pipelines__WriteKey", "write-env"),
            ("CustomerIO__Webhooks__SigningSecrets__0", "new-env"),
            ("CustomerIO__Webhooks__SigningSecrets__1", "old-env"),
        ];
        try
        {
            foreach (var (name, value) in variables)
            {
                Environment.SetEnvironmentVariable(prefix + name, value);
            }

            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration.AddEnvironmentVariables(prefix);
            builder.Services.AddCustomerIO(builder.Configuration.GetSection("CustomerIO"));
            using var host = builder.Build();
            await host.StartAsync();

            var o = host.Services.GetRequiredService<IOptions<CustomerIOOptions>>().Value;
            Assert.Equal(("site-env", "key-env", 3), (o.Track.SiteId, o.Track.ApiKey, o.Track.Queue.MaxConcurrentUploads));
            Assert.Equal(("app-env", 9, "write-env"), (o.App.ApiKey, o.App.Retry.MaxRetries, o.Pipelines.WriteKey));
            Assert.Equal(["new-env", "old-env"], o.Webhooks.SigningSecrets);
            await host.StopAsync();
        }
        finally
        {
            foreach (var (name, _) in variables)
            {
                Environment.SetEnvironmentVariable(prefix + name, null);
            }
        }
    }
}
