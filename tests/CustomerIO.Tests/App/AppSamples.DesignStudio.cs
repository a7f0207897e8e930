using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>The Design Studio samples, shaped as the OpenAPI documents them.</summary>
internal static partial class AppSamples
{
    public const string DesignStudioFolderJson =
        """{"created":1714732800,"id":"123e4567-e89b-12d3-a456-426614174000","name":"Product Announcements","parent_folder_id":null,"updated":1714732800}""";

    public const string DesignStudioComponentJson =
        """{"content":"<footer>Bye</footer>","created":1773856017,"id":"e89b-12d3","name":"Custom footer","parent_folder_id":"123e4567-e89b-12d3-a456-426614174000","tag":"custom-footer","updated":1773856019}""";

    public const string DesignStudioEmailJson =
        """{"available_languages":["en","es"],"content":{"amp":null,"html":"<p>Hi {{customer.first_name}}</p>","preheader_text":"Welcome","subject":"Hello","text":"Hi"},"created":1773856017,"envelope":{"bcc":null,"fake_bcc":true,"from":"Cher Ami <test@example.com>","from_id":4534,"headers":[{"name":"X-Campaign","value":"welcome"}],"recipient":"{{customer.email}}","reply_to":null,"reply_to_id":null},"id":"sdflkj345","is_linked":false,"is_template":true,"name":"Welcome","parent_folder_id":null,"transformers":{"css_inliner":{"enabled":true}},"updated":1773856018}""";

    public const string DesignStudioEmailTranslationJson =
        """{"available_languages":["en","es"],"content":{"subject":"Hola","html":"<p>Hola</p>"},"created":1773856017,"envelope":{"from_id":4534},"id":"0b6c2a1e-5d1f-4a55-9d2b-6e2f0a9c7f01","is_linked":false,"is_template":false,"language":"es","language_group_id":"sdflkj345","parent_folder_id":null,"updated":1773856017}""";

    public const string DesignStudioFoldersPage = """{"folders":[""" + DesignStudioFolderJson + """],"meta":{"pagination":{"limit":1000,"page":1,"total":1}}}""";

    public const string DesignStudioComponentsPage = """{"components":[""" + DesignStudioComponentJson + """],"folders":[],"meta":{"pagination":{"limit":1000,"page":1,"total":1}}}""";

    public const string DesignStudioEmailsPage =
        """{"emails":[{"created":1714732800,"has_translations":true,"id":"sdflkj345","is_linked":false,"is_template":true,"name":"Welcome","parent_folder_id":null,"updated":1714732800}],"folders":[],"meta":{"pagination":{"limit":1000,"page":1,"total":1}}}""";

    public const string DesignStudioEmailTranslationsAnswer = """{"email_translations":[""" + DesignStudioEmailTranslationJson + "]}";

    public const string DesignStudioFolderAnswer = """{"folder":""" + DesignStudioFolderJson + "}";

    public const string DesignStudioComponentAnswer = """{"component":""" + DesignStudioComponentJson + "}";

    public const string DesignStudioEmailAnswer = """{"email":""" + DesignStudioEmailJson + "}";

    public const string DesignStudioEmailTranslationAnswer = """{"email_translation":""" + DesignStudioEmailTranslationJson + "}";

    public const string DesignStudioFolderCreationJson = """{"name":"Product Announcements","parent_folder_id":"123e4567-e89b-12d3-a456-426614174000"}""";

    public const string DesignStudioFolderChangesJson = """{"name":"Launches"}""";

    public const string DesignStudioComponentCreationJson = """{"name":"Custom footer","tag":"custom-footer","content":"<footer>Bye</footer>"}""";

    public const string DesignStudioComponentChangesJson = """{"content":"<footer>See you</footer>"}""";

    public const string DesignStudioEmailCreationJson =
        """{"name":"Welcome","is_template":true,"content":{"subject":"Hello","html":"<p>Hi</p>"},"envelope":{"from_id":4534,"headers":[{"name":"X-Campaign","value":"welcome"}]},"transformers":{"css_inliner":{"enabled":true}}}""";

    public const string DesignStudioEmailChangesJson = """{"name":"Welcome v2","content":{"subject":"Hello again"}}""";

    public const string DesignStudioEmailTranslationCreationJson = """{"language":"es","content":{"subject":"Hola"}}""";

    public const string DesignStudioEmailTranslationChangesJson = """{"envelope":{"reply_to_id":7,"fake_bcc":false}}""";

    public static DesignStudioFolderCreation DesignStudioFolderCreation => new("Product Announcements") { ParentFolderId = "123e4567-e89b-12d3-a456-426614174000" };

    public static DesignStudioFolderChanges DesignStudioFolderChanges => new() { Name = "Launches" };

    public static DesignStudioComponentCreation DesignStudioComponentCreation => new("Custom footer", "custom-footer", "<footer>Bye</footer>");

    public static DesignStudioComponentChanges DesignStudioComponentChanges => new() { Content = "<footer>See you</footer>" };

    public static DesignStudioEmailCreation DesignStudioEmailCreation => new("Welcome")
    {
        IsTemplate = true,
        Content = new() { Subject = "Hello", Html = "<p>Hi</p>" },
        Envelope = new() { FromId = 4534, Headers = [new("X-Campaign", "welcome")] },
        Transformers = JsonElementOf("""{"css_inliner":{"enabled":true}}"""),
    };

    public static DesignStudioEmailChanges DesignStudioEmailChanges => new() { Name = "Welcome v2", Content = new() { Subject = "Hello again" } };

    public static DesignStudioEmailTranslationCreation DesignStudioEmailTranslationCreation => new("es") { Content = new() { Subject = "Hola" } };

    public static DesignStudioEmailTranslationChanges DesignStudioEmailTranslationChanges => new() { Envelope = new() { ReplyToId = 7, FakeBcc = false } };
}
