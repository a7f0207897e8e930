using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>Code that uses the App client can be tested with a hand-written subclass and the model factory, no network.</summary>
public sealed class AppMockingTests
{
    [Fact]
    public async Task A_subclassed_client_answers_with_factory_models()
    {
        AppClient app = new FakeApp();

        var sent = await app.Transactional.SendEmailAsync(new TransactionalEmail(1, "a@example.com", "42"));
        var export = await app.Exports.GetAsync(7);
        var segments = new List<Segment>();
        await foreach (var segment in app.Segments.ListAsync())
        {
            segments.Add(segment);
        }

        Assert.Equal("dlv_fake", sent.DeliveryId);
        Assert.Equal(("done", 3L), (export.Status, export.Total));
        Assert.Equal(["VIP"], segments.Select(s => s.Name));
    }

    private sealed class FakeApp : AppClient
    {
        public override TransactionalClient Transactional { get; } = new FakeTransactional();

        public override ExportsClient Exports { get; } = new FakeExports();

        public override SegmentsClient Segments { get; } = new FakeSegments();
    }

    private sealed class FakeTransactional : TransactionalClient
    {
        public override Task<TransactionalSendResult> SendEmailAsync(TransactionalEmail email, CancellationToken cancellationToken = default) =>
            Task.FromResult(AppModelFactory.TransactionalSendResult("dlv_fake", DateTimeOffset.UnixEpoch));
    }

    private sealed class FakeExports : ExportsClient
    {
        public override Task<Export> GetAsync(long exportId, CancellationToken cancellationToken = default) =>
            Task.FromResult(AppModelFactory.Export(exportId, "customers", "done", 3));
    }

    private sealed class FakeSegments : SegmentsClient
    {
        public override CustomerIOPageable<Segment> ListAsync(CancellationToken cancellationToken = default) =>
            CustomerIOPageable<Segment>.FromPages([new CustomerIOPage<Segment>([AppModelFactory.Segment(7, "VIP")], null)]);
    }
}
