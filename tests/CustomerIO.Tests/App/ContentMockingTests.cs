using CustomerIO.App;
using CustomerIO.Paging;

namespace CustomerIO.Tests.App;

/// <summary>Code that uses the content areas can be tested with subclassed area clients and the model factory, no network.</summary>
public sealed class ContentMockingTests
{
    [Fact]
    public async Task Subclassed_area_clients_answer_with_factory_models()
    {
        AppClient app = new FakeApp();

        var email = await app.DesignStudio.GetEmailAsync("e1");
        var snippets = new List<Snippet>();
        await foreach (var snippet in app.Snippets.ListAsync())
        {
            snippets.Add(snippet);
        }

        Assert.Equal(("Welcome", "Hello", 7L), (email.Name, email.Content!.Subject, email.Envelope!.FromId));
        Assert.Equal(["address"], snippets.Select(s => s.Name));
        Assert.Equal([ReportingWebhookEvent.EmailSent], AppModelFactory.ReportingWebhook(1, events: [ReportingWebhookEvent.EmailSent]).Events);
        Assert.Equal((3L, "logo.png"), (AppModelFactory.AssetFile(3, "logo.png").Id, AppModelFactory.AssetFile(3, "logo.png").Name));
    }

    private sealed class FakeApp : AppClient
    {
        public override DesignStudioClient DesignStudio { get; } = new FakeStudio();

        public override SnippetsClient Snippets { get; } = new FakeSnippets();
    }

    private sealed class FakeStudio : DesignStudioClient
    {
        public override Task<DesignStudioEmail> GetEmailAsync(string emailId, CancellationToken cancellationToken = default) =>
            Task.FromResult(AppModelFactory.DesignStudioEmail(emailId, "Welcome", content: AppModelFactory.DesignStudioEmailContent("Hello"), envelope: AppModelFactory.DesignStudioEmailEnvelope(fromId: 7)));
    }

    private sealed class FakeSnippets : SnippetsClient
    {
        public override CustomerIOPageable<Snippet> ListAsync(CancellationToken cancellationToken = default) =>
            CustomerIOPageable<Snippet>.FromPages([new CustomerIOPage<Snippet>([AppModelFactory.Snippet("address", "1234 Fake St")], null)]);
    }
}
