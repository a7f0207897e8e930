using CustomerIO.Tests.Integration;

namespace CustomerIO.Tests.Shared;

/// <summary><see cref="CustomerIOShared.AppClient"/> from <c>CUSTOMERIO_APP_API_KEY</c>: global state, so in the shared collection.</summary>
[Collection(nameof(CustomerIOSharedTests))]
public sealed class CustomerIOSharedAppTests : EmulatorTestBase
{
    public override async Task DisposeAsync()
    {
        await CustomerIOShared.ResetAsync();
        CustomerIOShared.Configure();
        await base.DisposeAsync();
    }

    [Fact]
    public void A_missing_app_key_is_named_and_a_track_only_app_needs_none()
    {
        CustomerIOShared.Configure(environment: name => name == "CUSTOMERIO_SITE_ID" || name == "CUSTOMERIO_API_KEY" ? "x" : null);

        var error = Assert.Throws<InvalidOperationException>(() => CustomerIOShared.AppClient);

        Assert.Equal("The environment variable CUSTOMERIO_APP_API_KEY is not set: it must hold the workspace's App API key.", error.Message);
        Assert.NotNull(CustomerIOShared.TrackClient);
    }

    [Fact]
    public async Task The_shared_app_client_sends_through_the_emulator()
    {
        var variables = new Dictionary<string, string?>
        {
            ["CUSTOMERIO_APP_API_KEY"] = Emulator.AppApiKey,
            ["CUSTOMERIO_APP_URL"] = Emulator.AppUri.ToString(),
            ["CUSTOMERIO_REGION"] = "eu",
        };
        CustomerIOShared.Configure(environment: name => variables.GetValueOrDefault(name));

        var result = await CustomerIOShared.AppClient.Transactional.SendEmailAsync(new CustomerIO.App.TransactionalEmail(3, "ann@example.com", "42"));

        Assert.Same(CustomerIOShared.AppClient, CustomerIOShared.AppClient);
        Assert.Equal(Emulator.AppUri, CustomerIOShared.AppClient.Endpoint);
        Assert.Single(Emulator.GetDeliveries(), d => d.DeliveryId == result.DeliveryId && d.To == "ann@example.com" && d.TransactionalMessageId == "3");
    }
}
