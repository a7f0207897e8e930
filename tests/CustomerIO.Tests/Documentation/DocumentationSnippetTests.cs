using System.IO;
using System.Text.RegularExpressions;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.Documentation;

/// <summary>The guide's code blocks are the samples' code: a block that stops matching its snippet fails here.</summary>
public sealed class DocumentationSnippetTests
{
    private static readonly Regex Snippet = new(@"[ \t]*// <snippet:(?<name>[\w-]+)>\n(?<body>.*?)\n[ \t]*// </snippet:\k<name>>", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    [Fact]
    public void Every_snippet_of_the_patterns_sample_appears_verbatim_in_the_guide()
    {
        var root = Repository.Root;
        var guide = File.ReadAllText(Path.Combine(root, "docs", "from-the-typescript-patterns.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var snippets = Directory.GetFiles(Path.Combine(root, "samples", "CustomerIO.Samples.Patterns"), "*.cs")
            .SelectMany(file => Snippet.Matches(File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal)))
            .ToDictionary(m => m.Groups["name"].Value, m => Dedent(m.Groups["body"].Value));

        Assert.Equal(["pattern1-types", "pattern1-use", "pattern2-errors", "pattern2-options", "pattern3-queue", "pattern4-host", "pattern4-shared"], snippets.Keys.Order(StringComparer.Ordinal));
        var missing = snippets.Where(s => !guide.Contains("```csharp\n" + s.Value + "\n```", StringComparison.Ordinal)).Select(s => s.Key).ToArray();
        Assert.True(missing.Length == 0, "The guide no longer shows these snippets as they are in the sample: " + string.Join(", ", missing));
    }

    private static string Dedent(string body)
    {
        var lines = body.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
