using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>The people areas' clients mock like the others: subclassed, answering with the model factory.</summary>
public sealed class PeopleMockingTests
{
    [Fact]
    public async Task Subclassed_people_clients_answer_with_factory_models()
    {
        AppClient app = new FakeApp();

        var profile = await app.Customers.GetAttributesAsync("1");
        var import = await app.Imports.GetAsync(4);
        var notification = await app.LiveNotifications.GetAsync("01HV3Z5Y7K8M9N0P1Q2R3S4T5V");

        Assert.Equal(("pro", MobilePlatform.Ios), (profile.Attributes!["plan"], profile.Devices![0].Platform!.Value));
        Assert.Equal((ImportState.Imported, 2L), (import.State!.Value, import.RowsImported));
        Assert.Equal(LiveNotificationOperation.End, notification.LastDelivery!.Operation);
    }

    private sealed class FakeApp : AppClient
    {
        public override CustomersClient Customers { get; } = new FakeCustomers();

        public override ImportsClient Imports { get; } = new FakeImports();

        public override LiveNotificationsClient LiveNotifications { get; } = new FakeLiveNotifications();
    }

    private sealed class FakeCustomers : CustomersClient
    {
        public override Task<CustomerAttributes> GetAttributesAsync(CustomerIdentifier customerId, CancellationToken cancellationToken = default) =>
            Task.FromResult(AppModelFactory.CustomerAttributes(
                AppModelFactory.CustomerIdentifiers(id: "1"),
                new Dictionary<string, string> { ["plan"] = "pro" },
                [AppModelFactory.CustomerDevice("tok", MobilePlatform.Ios)]));
    }

    private sealed class FakeImports : ImportsClient
    {
        public override Task<Import> GetAsync(long importId, CancellationToken cancellationToken = default) =>
            Task.FromResult(AppModelFactory.Import(importId, ImportState.Imported, ImportType.People, rowsToImport: 2, rowsImported: 2));
    }

    private sealed class FakeLiveNotifications : LiveNotificationsClient
    {
        public override Task<LiveNotification> GetAsync(string instanceId, CancellationToken cancellationToken = default) =>
            Task.FromResult(AppModelFactory.LiveNotification(instanceId, LiveNotificationState.Ended, lastDelivery: AppModelFactory.LiveNotificationDelivery("d1", LiveNotificationOperation.End)));
    }
}
