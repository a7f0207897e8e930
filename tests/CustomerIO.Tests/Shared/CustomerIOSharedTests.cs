using CustomerIO.Tests.Integration;
using CustomerIO.Track;

namespace CustomerIO.Tests.Shared;

/// <summary>The process-wide instances are global state, so these tests run alone.</summary>
[CollectionDefinition(nameof(CustomerIOSharedTests), DisableParallelization = true)]
public sealed class CustomerIOSharedCollection;

[Collection(nameof(CustomerIOSharedTests))]
public sealed class CustomerIOSharedTests : EmulatorTestBase
{
    private Dictionary<string, string?> _variables = [];

    private void UseVariables(Dictionary<string, string?> variables)
    {
        _variables = variables;
        CustomerIOShared.Configure(environment: name => _variables.GetValueOrDefault(name));
    }

    private Dictionary<string, string?> EmulatorVariables() => new()
    {
        ["CUSTOMERIO_SITE_ID"] = Emulator.SiteId,
        ["CUSTOMERIO_API_KEY"] = Emulator.TrackApiKey,
        ["CUSTOMERIO_TRACK_URL"] = Emulator.TrackUri.ToString(),
    };

    public override async Task DisposeAsync()
    {
        await CustomerIOShared.ResetAsync();
        CustomerIOShared.Configure();
        await base.DisposeAsync();
    }

    [Fact]
    public void A_missing_variable_is_named()
    {
        UseVariables([]);
        var error = Assert.Throws<InvalidOperationException>(() => CustomerIOShared.TrackClient);
        Assert.Equal("The environment variable CUSTOMERIO_SITE_ID is not set: it must hold the workspace's site id.", error.Message);

        UseVariables(new() { ["CUSTOMERIO_SITE_ID"] = "site" });
        error = Assert.Throws<InvalidOperationException>(() => CustomerIOShared.TrackQueue);
        Assert.Equal("The environment variable CUSTOMERIO_API_KEY is not set: it must hold the workspace's Track API key.", error.Message);

        UseVariables(new() { ["CUSTOMERIO_SITE_ID"] = "site", ["CUSTOMERIO_API_KEY"] = "key", ["CUSTOMERIO_REGION"] = "mars" });
        error = Assert.Throws<InvalidOperationException>(() => CustomerIOShared.TrackClient);
        Assert.Equal("The environment variable CUSTOMERIO_REGION must be 'us' or 'eu'.", error.Message);
    }

    /// <summary>The keys of the APIs without a shared client yet: each variable, what reads it, and what is said when it is missing.</summary>
    public static TheoryData<string, string, string> OtherApiKeys => new()
    {
        { "CUSTOMERIO_APP_API_KEY", nameof(CustomerIOShared.AppApiKey), "the workspace's App API key" },
        { "CUSTOMERIO_PIPELINES_WRITE_KEY", nameof(CustomerIOShared.PipelinesWriteKey), "the Data Pipelines source's write key" },
    };

    [Theory]
    [MemberData(nameof(OtherApiKeys))]
    public void The_app_and_pipelines_keys_are_read_from_their_variables(string variable, string setting, string what)
    {
        UseVariables(new() { [variable] = "key-from-env" });
        Assert.Equal("key-from-env", Read(setting));

        var other = variable == "CUSTOMERIO_APP_API_KEY" ? "CUSTOMERIO_PIPELINES_WRITE_KEY" : "CUSTOMERIO_APP_API_KEY";
        foreach (var missing in new[] { null, "", "  " })
        {
            UseVariables(new() { [variable] = missing, [other] = "other-key" });
            var error = Assert.Throws<InvalidOperationException>(() => Read(setting));
            Assert.Equal($"The environment variable {variable} is not set: it must hold {what}.", error.Message);
        }
    }

    [Fact]
    public void The_track_instances_need_neither_the_app_nor_the_pipelines_key()
    {
        UseVariables(new() { ["CUSTOMERIO_SITE_ID"] = "site", ["CUSTOMERIO_API_KEY"] = "key" });

        Assert.Equal(new Uri("https://track.customer.io/"), CustomerIOShared.TrackClient.Endpoint);
        Assert.Equal("The environment variable CUSTOMERIO_APP_API_KEY is not set: it must hold the workspace's App API key.",
            Assert.Throws<InvalidOperationException>(() => CustomerIOShared.AppApiKey).Message);
    }

    [Fact]
    public void Each_key_is_read_from_its_own_variable()
    {
        UseVariables(new() { ["CUSTOMERIO_API_KEY"] = "track", ["CUSTOMERIO_APP_API_KEY"] = "app", ["CUSTOMERIO_PIPELINES_WRITE_KEY"] = "pipelines" });

        Assert.Equal(("app", "pipelines"), (CustomerIOShared.AppApiKey, CustomerIOShared.PipelinesWriteKey));
    }

    private static string Read(string setting) => setting == nameof(CustomerIOShared.AppApiKey) ? CustomerIOShared.AppApiKey : CustomerIOShared.PipelinesWriteKey;

    [Fact]
    public async Task Configure_is_refused_while_the_shared_instances_are_in_use()
    {
        UseVariables(EmulatorVariables());
        _ = CustomerIOShared.TrackClient;

        var error = Assert.Throws<InvalidOperationException>(() => CustomerIOShared.Configure());

        Assert.Equal("The shared Customer.io instances are in use: call CustomerIOShared.ResetAsync() before Configure.", error.Message);
        await CustomerIOShared.ResetAsync();
        CustomerIOShared.Configure();
    }

    [Fact]
    public void The_region_variable_picks_the_data_center()
    {
        UseVariables(new() { ["CUSTOMERIO_SITE_ID"] = "site", ["CUSTOMERIO_API_KEY"] = "key", ["CUSTOMERIO_REGION"] = "EU" });

        Assert.Equal(new Uri("https://track-eu.customer.io/"), CustomerIOShared.TrackClient.Endpoint);
    }

    [Fact]
    public async Task Concurrent_first_uses_share_one_instance_and_reset_makes_a_new_one()
    {
        UseVariables(EmulatorVariables());

        var queues = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => CustomerIOShared.TrackQueue)));
        var clients = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => CustomerIOShared.TrackClient)));

        Assert.Single(queues.Distinct());
        Assert.Single(clients.Distinct());
        queues[0].Track("shared-user", "hello");
        await CustomerIOShared.ResetAsync();

        Assert.Single(Emulator.GetEvents("shared-user"));
        Assert.Equal(EnqueueStatus.Closed, queues[0].Track("shared-user", "late").Status);
        Assert.NotSame(queues[0], CustomerIOShared.TrackQueue);
    }

    [Fact]
    public async Task The_pipelines_instances_come_from_the_write_key_and_reset_delivers_what_their_queue_holds()
    {
        UseVariables(new()
        {
            ["CUSTOMERIO_PIPELINES_WRITE_KEY"] = Emulator.PipelinesWriteKey,
            ["CUSTOMERIO_PIPELINES_URL"] = Emulator.PipelinesUri.ToString(),
        });

        var queue = CustomerIOShared.PipelinesQueue;
        Assert.Same(queue, CustomerIOShared.PipelinesQueue);
        Assert.Equal(Emulator.PipelinesUri, CustomerIOShared.PipelinesClient.Endpoint);
        Assert.True(queue.Track("pipelines-user", "hello").IsAccepted);
        await CustomerIOShared.ResetAsync();

        Assert.Single(Emulator.GetEvents("pipelines-user"));
        Assert.Equal(EnqueueStatus.Closed, queue.Track("pipelines-user", "late").Status);
        Assert.Equal("The environment variable CUSTOMERIO_SITE_ID is not set: it must hold the workspace's site id.",
            Assert.Throws<InvalidOperationException>(() => CustomerIOShared.TrackClient).Message);
    }

    [Fact]
    public void The_pipelines_client_names_a_missing_key_or_a_wrong_url_and_follows_the_region()
    {
        UseVariables(new() { ["CUSTOMERIO_SITE_ID"] = "site", ["CUSTOMERIO_API_KEY"] = "key" });
        Assert.Equal("The environment variable CUSTOMERIO_PIPELINES_WRITE_KEY is not set: it must hold the Data Pipelines source's write key.",
            Assert.Throws<InvalidOperationException>(() => CustomerIOShared.PipelinesClient).Message);

        UseVariables(new() { ["CUSTOMERIO_PIPELINES_WRITE_KEY"] = "k", ["CUSTOMERIO_PIPELINES_URL"] = "not a url" });
        Assert.Equal("The environment variable CUSTOMERIO_PIPELINES_URL must be an absolute URL.",
            Assert.Throws<InvalidOperationException>(() => CustomerIOShared.PipelinesQueue).Message);

        UseVariables(new() { ["CUSTOMERIO_PIPELINES_WRITE_KEY"] = "k", ["CUSTOMERIO_REGION"] = "eu" });
        Assert.Equal(new Uri("https://cdp-eu.customer.io/"), CustomerIOShared.PipelinesClient.Endpoint);
    }
}
