using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>The Snippets samples, shaped as the OpenAPI documents them.</summary>
internal static partial class AppSamples
{
    public const string SnippetJson = """{"name":"address","value":"<strong>My Company</strong><br/>1234 Fake St","updated_at":1582500000}""";

    public const string SnippetsAnswer = """{"snippets":[""" + SnippetJson + "]}";

    public const string SnippetAnswer = """{"snippet":""" + SnippetJson + "}";

    public const string SnippetDefinitionJson = """{"name":"address","value":"<strong>My Company</strong><br/>1234 Fake St"}""";

    public static SnippetDefinition SnippetDefinition => new("address", "<strong>My Company</strong><br/>1234 Fake St");
}
