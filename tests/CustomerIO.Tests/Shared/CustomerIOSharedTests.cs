using CustomerIO.Tests.Integration;

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
}
