using CustomerIO.App;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.App;

/// <summary>The content areas' bodies refuse what the OpenAPI refuses, naming the parameter and the limit, before anything is sent.</summary>
public sealed class ContentValidationTests
{
    public static TheoryData<string, Func<AppClient, Task>, string, string> Refused => new()
    {
        { "snippet name over 150", c => c.Snippets.CreateAsync(new SnippetDefinition(new string('n', 151), "v")), "body.Name", "A snippet name must be at most 150 characters; this one has 151. (Parameter 'body.Name')" },
        { "blank snippet value", c => c.Snippets.UpdateAsync(new SnippetDefinition("n", " ")), "body.Value", "The snippet value must not be empty. (Parameter 'body.Value')" },
        { "webhook without events", c => c.ReportingWebhooks.CreateAsync(new ReportingWebhookDefinition("n", new Uri("https://e.example.com"), [])), "body.Events", "A reporting webhook needs at least one event. (Parameter 'body.Events')" },
        { "webhook to ftp", c => c.ReportingWebhooks.UpdateAsync(1, new ReportingWebhookDefinition("n", new Uri("ftp://e.example.com"), [ReportingWebhookEvent.EmailSent])), "body.EndpointUri", "A reporting webhook's endpoint must be an absolute http or https URL. (Parameter 'body.EndpointUri')" },
        { "collection with neither", c => c.Collections.UpdateAsync(1, new CollectionChanges()), "body", "A collection update needs a new name, new data or a new URL. (Parameter 'body')" },
        { "collection data not an array", c => c.Collections.CreateAsync(CollectionCreation.FromData("n", AppSamples.JsonElementOf("{}"))), "body.Data", "A collection's data must be a JSON array of objects; this one is Object. (Parameter 'body.Data')" },
        { "collection content not an object", c => c.Collections.UpdateContentAsync(1, new CollectionContentReplacement(AppSamples.JsonElementOf("[]"))), "body.Content", "A collection's content must be a JSON object; this one is Array. (Parameter 'body.Content')" },
        { "folder name with a dot", c => c.DesignStudio.CreateFolderAsync(new DesignStudioFolderCreation("a.b")), "body.Name", "A Design Studio folder name cannot hold any of < > : \" / \\ | ? * . (Parameter 'body.Name')" },
        { "folder name over 170", c => c.DesignStudio.UpdateFolderAsync("f", new DesignStudioFolderChanges { Name = new string('n', 171) }), "body.Name", "A Design Studio folder name must be at most 170 characters; this one has 171. (Parameter 'body.Name')" },
        { "empty component update", c => c.DesignStudio.UpdateComponentAsync("c", new DesignStudioComponentChanges()), "body", "A component update needs at least one new value. (Parameter 'body')" },
        { "email name over 255", c => c.DesignStudio.CreateEmailAsync(new DesignStudioEmailCreation(new string('n', 256))), "body.Name", "A Design Studio name must be at most 255 characters; this one has 256. (Parameter 'body.Name')" },
        { "transformers not an object", c => c.DesignStudio.UpdateEmailAsync("e", new DesignStudioEmailChanges { Transformers = AppSamples.JsonElementOf("1") }), "body.Transformers", "An email's transformers must be a JSON object; this one is Number. (Parameter 'body.Transformers')" },
        { "blank language", c => c.DesignStudio.CreateEmailLanguageAsync("e", new DesignStudioEmailTranslationCreation(" ")), "body.Language", "The language code must not be empty. (Parameter 'body.Language')" },
        { "empty asset update", c => c.Assets.UpdateFileAsync(1, new AssetFileChanges()), "body", "An asset file update needs a new name or a folder to move to. (Parameter 'body')" },
        { "empty path id", c => c.DesignStudio.GetEmailAsync(""), "emailId", "The email id must not be empty. (Parameter 'emailId')" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Is_refused_before_sending(string rule, Func<AppClient, Task> call, string parameter, string message)
    {
        var handler = new RecordingHandler();

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => call(TestAppClient.Create(handler)));

        Assert.True(parameter == error.ParameterName, rule + ": " + error.ParameterName);
        Assert.Equal(message, error.Message);
        Assert.Empty(handler.Requests);
    }
}
